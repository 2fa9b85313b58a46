/**
 * Events a report lists: "· title – 14-16 mart 2016-cı il, Bakı – 2 nəfər", "title (12.03.2021,
 * Bakı, iştirakçı sayı: 25)", "12.03.2021 – Bakı – title – 25 nəfər", "title, Gəncə, 25
 * iştirakçı". The last date of an item is its date (a title may name other days); what follows
 * it is read as place and participants; what precedes it, less a trailing place, is the title.
 */
import { findDates, type FoundDate } from './dates.js';
import { knownToponym, locationIn, participantsOf, readDetails, segments, totalOf, type Details, type Segment } from './details.js';
import { guessKind, namesEvent, type ActivityKind } from './kinds.js';

/** Why an event is uncertain; each becomes a warning. */
export type EventIssue = 'no_date' | 'year_assumed' | 'details_not_recognised' | 'read_from_sentence';

export interface ParsedEvent {
  title: string;
  dateFrom: string | null;
  dateTo: string | null;
  place: string | null;
  participants: number | null;
  participantsBySex?: { women: number | null; men: number | null };
  kind: ActivityKind | null;
  confidence: number;
  issues: EventIssue[];
}

export interface EventOptions {
  /** A list item or table row: an event even without a date when its title names one. */
  listed: boolean;
  /** The year of the report, for dates written without one. */
  defaultYear: number | null;
}

const EDGE = /^[\s,;:.–—―−-]+|[\s,;:–—―−(-]+$/gu;
const clean = (text: string): string => text.replace(EDGE, '').replace(/\s+/g, ' ');

/** Peels place and participant segments off the end of a title ("title, Bakı" before the date). */
function peelTrailing(head: string): { title: string; details: Details } {
  const parts = segments(head);
  const peeled: Segment[] = [];
  for (let i = parts.length - 1; i > 0; i--) {
    const part = parts[i];
    if (part === undefined || (participantsOf(part.text) === null && knownToponym(part.text) === null)) break;
    peeled.unshift(part);
  }
  const cut = peeled[0]?.start ?? head.length;
  return { title: clean(head.slice(0, cut)), details: readDetails(peeled) };
}

/** The details after the date and those peeled before it, as one. */
function combine(before: Details, after: Details): Details {
  return { place: after.place ?? before.place, participants: after.participants ?? before.participants, unknown: after.unknown };
}

interface Reading {
  title: string;
  date: FoundDate | null;
  details: Details;
  /** What was taken from a sentence rather than from the item's structure. */
  guessed: ('title' | 'place')[];
}

/** A sentence rather than a title: "… tarixində …", or ending in a verb ("keçirilmiş", "keçirilib"). */
const SENTENCE = /^tarix|(?:m[ıiuü]ş(?:d[ıiuü]r)?|[ıiuü]b)$/u;

function structured(text: string, date: FoundDate | null): Reading {
  if (date === null) return { ...peelTrailing(text), date, guessed: [] };
  const head = peelTrailing(text.slice(0, date.start));
  const details = combine(head.details, readDetails(segments(text.slice(date.end))));
  // Date first ("12.03.2021 – Bakı – Seminar – 25 nəfər", "12 mart 2022-ci il tarixində … seminar
  // keçirilmiş"): the unrecognised part is the title.
  if (head.title === '' && details.unknown.length > 0) {
    const after = details.unknown.map((s) => s.text).join(' – ');
    const sentence = SENTENCE.test(after);
    return { title: clean(after.replace(/^tarix\p{L}*\s*/u, '')), date, details: { ...details, unknown: [] }, guessed: sentence ? ['title'] : [] };
  }
  return { title: head.title, date, details, guessed: [] };
}

/** The item read by its structure; a town the title says it happened in when no place is given. */
function read(text: string, date: FoundDate | null): Reading {
  const reading = structured(text, date);
  const town = reading.details.place === null ? locationIn(reading.title) : null;
  if (town === null) return reading;
  return { ...reading, details: { ...reading.details, place: { place: town, known: true } }, guessed: [...reading.guessed, 'place'] };
}

/** A count of persons anywhere in text the structure did not explain ("… 25 nəfər iştirak etmişdir"). */
function looseParticipants(unknown: readonly Segment[]): number | null {
  for (const part of unknown) {
    const m = /(\d+)\s*(?:nəfər|iştirakçı)/u.exec(part.text);
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  return null;
}

function confidenceOf(reading: Reading, options: EventOptions): number {
  const { date, details } = reading;
  const dated = date !== null && date.from !== null;
  let confidence = dated ? 1 : 0.4;
  if (dated && date.yearAssumed) confidence -= 0.2;
  if (date?.precision === 'month') confidence -= 0.1;
  if (details.unknown.length > 0) confidence -= 0.25;
  if (details.place !== null && !details.place.known) confidence -= 0.1;
  confidence -= 0.15 * reading.guessed.length;
  if (!options.listed) confidence *= 0.8;
  return Math.round(Math.max(0.1, confidence) * 100) / 100;
}

function issuesOf(reading: Reading): EventIssue[] {
  const issues: EventIssue[] = [];
  if (reading.date === null || reading.date.from === null) issues.push('no_date');
  if (reading.date?.yearAssumed && reading.date.from !== null) issues.push('year_assumed');
  if (reading.details.unknown.length > 0) issues.push('details_not_recognised');
  if (reading.guessed.length > 0) issues.push('read_from_sentence');
  return issues;
}

/** Whether a reading is an event: a dated, well-formed line; in a list also a count or an event word. */
function isEvent(reading: Reading, text: string, options: EventOptions): boolean {
  if (reading.title === '') return false;
  if (options.listed) return reading.date !== null || reading.details.participants !== null || namesEvent(reading.title);
  const { details } = reading;
  const described = details.place !== null || details.participants !== null || /\(\s*$/.test(text.slice(0, reading.date?.start ?? 0));
  const wellFormed = details.unknown.length === 0 && reading.guessed.length === 0 && reading.title.split(' ').length >= 2;
  return reading.date !== null && text.length <= 300 && wellFormed && described;
}

/** The event a list item or a short paragraph describes, or null when it describes none. */
export function parseEvent(raw: string, options: EventOptions): ParsedEvent | null {
  const text = raw.trim().replace(/[\s;.,]+$/u, '');
  const date = findDates(text, options.defaultYear).at(-1) ?? null;
  const reading = read(text, date);
  if (!isEvent(reading, text, options)) return null;
  const { details } = reading;
  const participants = totalOf(details.participants) ?? looseParticipants(details.unknown);
  const bySex = details.participants !== null && (details.participants.women !== null || details.participants.men !== null);
  return {
    title: reading.title,
    dateFrom: date?.from ?? null,
    dateTo: date?.to ?? null,
    place: details.place?.place ?? null,
    participants,
    ...(bySex ? { participantsBySex: { women: details.participants?.women ?? null, men: details.participants?.men ?? null } } : {}),
    kind: guessKind(reading.title),
    confidence: confidenceOf(reading, options),
    issues: issuesOf(reading),
  };
}
