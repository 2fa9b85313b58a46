/**
 * A measure as found (cells, raw texts) turned into what the contract holds: repaired text,
 * executors matched to the dictionary, periods, sub-actions; with the warnings it raises and how
 * sure the parser is of it.
 */
import { isUnrecognised, readExecutors, type ExecutorMatcher } from './executors.js';
import type { ImportWarning, ParsedMeasure, ParsedSubAction, WarningCode } from './parsed-plan.js';
import { parsePeriod, parsePeriodCell, periodText, unionPeriods, type PlanPeriod } from './period.js';
import type { RawMeasure, RawSubAction } from './table.js';
import { joinLines, repairText, type Vocabulary } from './text-repair.js';

export interface MeasureContext {
  matcher: ExecutorMatcher;
  vocabulary: Vocabulary;
  /** Line breaks in cells are the author's (see DocumentBlocks.breaks). */
  hardBreaks: boolean;
  plan: PlanPeriod | null;
}

/** Reasons to be less sure of a measure, and by how much each lowers its confidence. */
const PENALTIES = {
  text_repaired: 0.1,
  executor_not_recognised: 0.15,
  executor_misspelt: 0.05,
  measure_without_executors: 0.25,
  measure_without_period: 0.2,
  period_not_recognised: 0.25,
  layout_guessed: 0.2,
  code_guessed: 0.2,
  duplicate_measure_code: 0.2,
  measure_out_of_order: 0.1,
} as const;

export type Doubt = keyof typeof PENALTIES;

export const confidenceOf = (doubts: readonly Doubt[]): number =>
  Math.max(0, Math.round((1 - doubts.reduce((sum, d) => sum + PENALTIES[d], 0)) * 100) / 100);

export interface BuiltMeasure {
  measure: Omit<ParsedMeasure, 'confidence' | 'recommended'>;
  warnings: ImportWarning[];
  doubts: Doubt[];
}

const BULLET = /^\s*(?:[-–—•·*▪]|\(?[a-zа-яəığöüşç\d]{1,2}\))\s+/iu;
/** "… (İyun 2004)" or "… – Mütəmadi" at the end of a sub-action that has no deadline cell. */
const TRAILING_DEADLINE = /\s*(?:\(([^()]{3,40})\)|[–—-]\s+([^–—]{3,40}))\s*\.?$/u;

/** A cell as paragraphs: soft-wrapped lines joined, the author's line breaks kept. */
const paragraphsOf = (cell: string, ctx: MeasureContext): string =>
  ctx.hardBreaks ? cell : joinLines(cell.split('\n'), ctx.vocabulary).text;

interface SubActionReading {
  action: ParsedSubAction;
  repaired: boolean;
  /** The deadline as written when it was not recognised. */
  unread: string | null;
}

function readSubAction(raw: RawSubAction, ctx: MeasureContext): SubActionReading {
  const { text, repaired } = repairText(raw.text.replace(BULLET, ''), ctx.vocabulary);
  if (raw.period.trim() !== '') {
    const period = parsePeriodCell(paragraphsOf(raw.period, ctx), ctx.plan);
    return { action: { text, period }, repaired, unread: period === null ? periodText(raw.period) : null };
  }
  const m = TRAILING_DEADLINE.exec(text);
  const written = m?.[1] ?? m?.[2];
  const period = written === undefined ? null : parsePeriod(written, ctx.plan);
  const action = period === null || m === null ? { text, period: null } : { text: text.slice(0, m.index), period };
  return { action, repaired, unread: null };
}

/**
 * A measure's period: its own when its period cell is filled, else the span of its sub-actions'
 * deadlines when all are recognised. `unread` lists what is written but not recognised.
 */
function readPeriod(raw: RawMeasure, subs: readonly SubActionReading[], ctx: MeasureContext) {
  const written = raw.period.trim() !== '';
  const own = written ? parsePeriodCell(paragraphsOf(raw.period, ctx), ctx.plan) : null;
  const deadlines = subs.map((s) => s.action.period);
  const period = written
    ? own
    : deadlines.length > 0 && deadlines.every((p) => p !== null)
      ? unionPeriods(deadlines, [...new Set(deadlines.map((p) => p.text))].join('; '))
      : null;
  return {
    period,
    unread: [...(written && own === null ? [periodText(raw.period)] : []), ...subs.flatMap((s) => s.unread ?? [])],
    missing: !written && subs.every((s) => s.action.period === null && s.unread === null),
  };
}

type MeasureWarningCode = Extract<WarningCode, Doubt>;

export function buildMeasure(raw: RawMeasure, code: string, section: string, ctx: MeasureContext): BuiltMeasure {
  const warnings: ImportWarning[] = [];
  const doubts: Doubt[] = [];
  const warn = (warning: { code: MeasureWarningCode; message: string; params?: ImportWarning['params'] }): void => {
    warnings.push({ ...warning, measure: code });
    doubts.push(warning.code);
  };

  const text = repairText(raw.text, ctx.vocabulary);
  const subs = raw.subActions.map((s) => readSubAction(s, ctx));
  if (text.repaired || subs.some((s) => s.repaired)) {
    warn({ code: 'text_repaired', message: `The text of ${code} was rejoined across line breaks; check the hyphenation.` });
  }

  const executors = readExecutors(raw.executors.map((c) => paragraphsOf(c, ctx)).join('\n'), ctx.matcher);
  if (executors.length === 0) warn({ code: 'measure_without_executors', message: `No executing body is given for ${code}.` });
  for (const e of executors.filter(isUnrecognised)) {
    warn({ code: 'executor_not_recognised', message: `"${e.name}" (${code}) is not a known organisation.`, params: { name: e.name } });
  }
  if (executors.some((e) => e.matchScore !== undefined && e.matchScore < 1)) doubts.push('executor_misspelt');

  const { period, unread, missing } = readPeriod(raw, subs, ctx);
  for (const written of unread) {
    warn({ code: 'period_not_recognised', message: `The period "${written}" of ${code} is not recognised.`, params: { text: written } });
  }
  if (missing) warn({ code: 'measure_without_period', message: `No period is given for ${code}.` });
  return {
    measure: { code, section, text: text.text, executors, period, subActions: subs.map((s) => s.action) },
    warnings,
    doubts,
  };
}
