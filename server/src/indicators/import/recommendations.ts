/**
 * The recommendations of an assessment: the summary table (A–Q) with the marks of survey
 * respondents and seminar groups who chose each among their three priorities, and the detailed
 * recommendations of chapter 3, bullet by bullet under the sentence that introduces their group.
 * Pure.
 *
 * The table's marks ("•") come as lines of their own after the recommendation's text: two lines
 * are the survey's cell and the seminar's cell; a single line could be either, so its count is
 * kept as "unplaced" rather than guessed.
 */
import { fold, joinLines, startsCapital, type Line } from './lines.js';
import type { AssessmentWarning, ParsedDetailedRecommendation, ParsedPriorityRecommendation, ParsedVotes } from './parsed-assessment.js';

const TABLE_HEADER = new Set(['tövsiyə', 'sorğu', 'seminar']);
const ITEM = /^([A-Z])\.\s*(.*)$/;
const MARKS = /^[•\s]*•[•\s]*$/;
const SECTION = /^3\.(\d{1,2})\.?(?:\s+(\S.*))?$/;
const BULLET = /^[●▪■◦]\s*(.*)$/;
/** Where chapter 3 ends: the annexes, or the next chapter's heading. */
const CHAPTER_END = (text: string) => /^əlavələr$/.test(fold(text)) || /^[4-9]\.\s+\p{Lu}/u.test(text);

function isTableStart(lines: readonly Line[], i: number): boolean {
  if (fold(lines[i]!.text) !== 'tövsiyə') return false;
  const next = lines.slice(i + 1, i + 4).map((l) => fold(l.text));
  return next.includes('sorğu') && next.includes('seminar');
}

function votesOf(marks: number[]): ParsedVotes {
  if (marks.length === 0) return { survey: 0, seminar: 0, unplaced: 0 };
  if (marks.length === 1) return { survey: null, seminar: null, unplaced: marks[0]! };
  return { survey: marks[0]!, seminar: marks.slice(1).reduce((a, b) => a + b, 0), unplaced: 0 };
}

export function parsePriorities(lines: readonly Line[]): { items: ParsedPriorityRecommendation[]; warnings: AssessmentWarning[]; end: number } {
  const start = lines.findIndex((_, i) => isTableStart(lines, i));
  if (start < 0) return { items: [], warnings: [], end: 0 };
  const items: ParsedPriorityRecommendation[] = [];
  let current: { code: string; text: string[]; marks: number[] } | null = null;
  const finish = () => {
    if (current) items.push({ code: current.code, text: joinLines(current.text), votes: votesOf(current.marks) });
    current = null;
  };
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (SECTION.test(line.text) || CHAPTER_END(line.text)) break;
    if (TABLE_HEADER.has(fold(line.text))) continue;
    if (MARKS.test(line.text)) {
      current?.marks.push((line.text.match(/•/g) ?? []).length);
      continue;
    }
    const item = ITEM.exec(line.text);
    const expected = String.fromCharCode('A'.charCodeAt(0) + items.length + (current ? 1 : 0));
    if (item && item[1] === expected) {
      finish();
      current = { code: item[1]!, text: item[2] ? [item[2]] : [], marks: [] };
      continue;
    }
    // Text after a row's marks would belong to no row: the table is over.
    if (current && current.marks.length === 0) current.text.push(line.text);
  }
  finish();
  const warnings: AssessmentWarning[] = items
    .filter((item) => item.votes.unplaced > 0)
    .map((item) => ({
      code: 'votes_column_unknown' as const,
      message: `Recommendation ${item.code}: ${item.votes.unplaced} mark(s) on one line; the copy does not say whether survey or seminar.`,
      params: { recommendation: item.code, marks: item.votes.unplaced },
    }));
  return { items, warnings, end: i };
}

interface Group {
  context: string;
}

/**
 * Text between two bullets is either the end of the first (a sentence cut by a page break) or the
 * sentence that introduces the next group, which ends with a colon; when both are there, the
 * introduction starts at the last line that begins a sentence.
 */
function splitPending(pending: readonly string[]): { continuation: string[]; introduction: string[] } {
  const joined = joinLines(pending);
  if (!joined.endsWith(':')) return { continuation: [...pending], introduction: [] };
  for (let k = pending.length - 1; k > 0; k--) {
    if (/[.!?]$/.test(pending[k - 1]!) && startsCapital(pending[k]!)) {
      return { continuation: pending.slice(0, k), introduction: pending.slice(k) };
    }
  }
  return { continuation: [], introduction: [...pending] };
}

export function parseDetailed(lines: readonly Line[], from = 0): ParsedDetailedRecommendation[] {
  const out: ParsedDetailedRecommendation[] = [];
  let section: { code: string; title: string } | null = null;
  let group: Group = { context: '' };
  let bullet: string[] | null = null;
  let pending: string[] = [];
  let count = 0;
  let awaitingTitle = false;

  const closeBullet = () => {
    if (bullet && section) {
      const text = joinLines(bullet);
      if (text) out.push({ code: `${section.code}.${++count}`, section, context: group.context, text });
    }
    bullet = null;
  };
  const settlePending = (atSectionEnd: boolean) => {
    if (!pending.length) return;
    if (!bullet) {
      group = { context: joinLines(pending) };
    } else if (atSectionEnd) {
      bullet.push(...pending);
    } else {
      const { continuation, introduction } = splitPending(pending);
      bullet.push(...continuation);
      if (introduction.length) {
        closeBullet();
        group = { context: joinLines(introduction) };
      }
    }
    pending = [];
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (CHAPTER_END(line.text)) break;
    const heading = SECTION.exec(line.text);
    if (heading) {
      settlePending(true);
      closeBullet();
      section = { code: `3.${heading[1]}`, title: heading[2] ?? '' };
      awaitingTitle = !heading[2];
      group = { context: '' };
      count = 0;
      continue;
    }
    if (!section) continue;
    if (awaitingTitle) {
      section = { code: section.code, title: line.text };
      awaitingTitle = false;
      continue;
    }
    const marker = BULLET.exec(line.text);
    if (marker) {
      settlePending(false);
      closeBullet();
      bullet = marker[1] ? [marker[1]] : [];
      continue;
    }
    pending.push(line.text);
  }
  settlePending(true);
  closeBullet();
  return out;
}
