/**
 * From a report's lines to its entries: sections at the headings, each section's paragraphs,
 * its listed events as activities, the figures of the rest of its text, and a warning wherever
 * the splitter had to guess.
 */
import { compareCodes } from '../../plans/import/codes.js';
import { buildVocabulary, type Vocabulary } from '../../plans/import/text-repair.js';
import { writtenYears } from './dates.js';
import { parseEvent, type EventIssue, type ParsedEvent } from './events.js';
import { findFigures } from './figures.js';
import { findSections, type Section } from './sections.js';
import type { SourceLine } from './source.js';
import type { SplitActivity, SplitEntry, SplitFigure, SplitReport, SplitWarning } from './split-report.js';
import { paragraphsText, toParagraphs } from './text.js';

/** Headings below this are reported as guesses. */
const SURE_HEADING = 0.9;

const EVENT_WARNINGS: Readonly<Record<EventIssue, { code: SplitWarning['code']; message: (title: string) => string }>> = {
  no_date: { code: 'event_without_date', message: (t) => `No date was recognised for the event "${t}".` },
  year_assumed: { code: 'event_year_assumed', message: (t) => `The date of the event "${t}" has no year; the year the report's dates mostly name was assumed.` },
  details_not_recognised: { code: 'event_details_not_recognised', message: (t) => `Part of the event "${t}" was read neither as place nor as participants.` },
  read_from_sentence: { code: 'event_read_from_sentence', message: (t) => `The event "${t}" was read from a sentence; check its title and place.` },
};

function activityOf({ issues: _issues, ...activity }: ParsedEvent): SplitActivity {
  return activity;
}

interface Built {
  entry: SplitEntry;
  warnings: Omit<SplitWarning, 'entry'>[];
}

/** A text cut at a word for a message. */
function short(text: string, max = 80): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return `${text.slice(0, space > 0 ? space : max)} …`;
}

function buildEntry(section: Section, vocabulary: Vocabulary, defaultYear: number | null): Built {
  const paragraphs = toParagraphs(section.lines, vocabulary);
  const activities: SplitActivity[] = [];
  const figures: SplitFigure[] = [];
  const warnings: Built['warnings'] = [];
  for (const paragraph of paragraphs) {
    const event = parseEvent(paragraph.text, { listed: paragraph.marker !== null, defaultYear });
    if (event !== null) {
      activities.push(activityOf(event));
      for (const issue of event.issues) {
        const params: Record<string, string | number> = { title: event.title };
        if (issue === 'year_assumed' && event.dateFrom !== null) params.year = Number(event.dateFrom.slice(0, 4));
        warnings.push({ code: EVENT_WARNINGS[issue].code, message: EVENT_WARNINGS[issue].message(short(event.title)), params });
      }
      continue;
    }
    for (const { labelUnclear, ...figure } of findFigures(paragraph.text)) {
      figures.push(figure);
      if (labelUnclear) warnings.push({ code: 'figure_label_unclear', message: `It is unclear what the figure ${figure.value} counts.`, params: { value: figure.value } });
    }
  }
  const { heading } = section;
  const text = paragraphsText(paragraphs);
  if (text === '') warnings.push({ code: 'entry_without_text', message: `No text follows the heading "${heading.heading}".` });
  if (heading.confidence < SURE_HEADING) {
    warnings.push({ code: 'heading_uncertain', message: `"${short(heading.heading)}" was taken for a sub-item heading; check it.`, params: { heading: heading.heading } });
  }
  return { entry: { measures: heading.measures, heading: heading.heading, text, activities, figures, confidence: heading.confidence }, warnings };
}

/** Measures reported twice, and measures out of the plan's order (often a misread heading). */
function orderWarnings(entries: readonly SplitEntry[]): SplitWarning[] {
  const warnings: SplitWarning[] = [];
  const seen = new Map<string, number>();
  let previous: string | undefined;
  entries.forEach((entry, index) => {
    for (const measure of entry.measures) {
      const first = seen.get(measure);
      if (first !== undefined) warnings.push({ code: 'duplicate_measure', message: `Measure ${measure} has a heading in entries ${first + 1} and ${index + 1}.`, entry: index, params: { measure, first } });
      else if (previous !== undefined && compareCodes(measure, previous) < 0) {
        warnings.push({ code: 'measure_out_of_order', message: `Measure ${measure} comes after ${previous}.`, entry: index, params: { measure, previous } });
      }
      seen.set(measure, first ?? index);
      previous = measure;
    }
  });
  return warnings;
}

export function splitLines(lines: readonly SourceLine[]): SplitReport {
  const vocabulary = buildVocabulary(lines.map((l) => l.text));
  const defaultYear = writtenYears(lines.map((l) => l.text).join('\n'))[0] ?? null;
  const { preamble, sections, unrecognised } = findSections(lines);
  const built = sections.map((section) => buildEntry(section, vocabulary, defaultYear));
  const entries = built.map((b) => b.entry);
  const warnings: SplitWarning[] = [];
  const preambleText = paragraphsText(toParagraphs(preamble, vocabulary));
  if (preambleText !== '' && entries.length > 0) {
    warnings.push({ code: 'text_before_first_heading', message: 'The text before the first heading belongs to no measure.', params: { characters: preambleText.length } });
  }
  for (const { line, section } of unrecognised) {
    warnings.push({ code: 'heading_not_recognised', message: `"${short(line)}" looks like a heading but was not recognised as one.`, ...(section >= 0 ? { entry: section } : {}), params: { line } });
  }
  built.forEach((b, entry) => warnings.push(...b.warnings.map((w) => ({ ...w, entry }))));
  warnings.push(...orderWarnings(entries));
  // The preview lists warnings beside their entries: in entry order, the document's own first.
  warnings.sort((a, b) => (a.entry ?? -1) - (b.entry ?? -1));
  return { entries, preamble: preambleText, warnings };
}
