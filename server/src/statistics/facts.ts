/**
 * The de-identified facts statistics are built from, as the database functions
 * `case_statistics_facts()` and `proceeding_statistics_facts()` return them
 * (migrations/0006_cases.sql): one row per human (persons merged as duplicates are one), and per
 * criminal proceeding. No names, no case references, no date finer than a year.
 */
import { sql } from 'kysely';
import type { Tx } from '../db/database.js';

export interface CaseFact {
  /** Year of identification (the status decision), or of first contact before that. */
  readonly year: number;
  /** female | male | other | unknown */
  readonly sex: string;
  /** Age in that year, from the birth year or an estimate; null when unknown. */
  readonly age: number | null;
  /** ISO 3166-1 alpha-2, 'stateless' or 'unknown' (the first citizenship recorded). */
  readonly citizenship: string;
  /** HTCDS codes; empty when none was recorded. */
  readonly exploitation: readonly string[];
  readonly transnational: boolean | null;
  /** How the person was identified (IDENTIFICATION_CHANNELS). */
  readonly channel: string;
  /** potential | presumed | identified | not_victim */
  readonly status: string;
}

export interface Defendant {
  readonly sex: string;
  readonly convicted: boolean;
  readonly sentenceMonths: number | null;
}

export interface ProceedingFact {
  /** Year the proceeding was opened (or the case's first contact when not recorded). */
  readonly year: number;
  readonly stage: string;
  readonly defendants: readonly Defendant[];
  readonly proceedsTraced: number | null;
  readonly proceedsConfiscated: number | null;
  readonly compensationOrdered: number | null;
  readonly currency: string;
}

/** The statuses counted as victims: presumed (indicators found) and identified (decided). */
export const VICTIM_STATUSES = ['presumed', 'identified'] as const;

export const isVictim = (fact: CaseFact) => (VICTIM_STATUSES as readonly string[]).includes(fact.status);

const numberOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

/** Every person, once. Runs with the function owner's rights: statistics need no record scope. */
export async function caseFacts(tx: Tx): Promise<CaseFact[]> {
  const { rows } = await sql<{
    year: number;
    sex: string;
    age: number | null;
    citizenship: string;
    exploitation: string[] | null;
    transnational: boolean | null;
    channel: string;
    trafficking_status: string;
  }>`select * from case_statistics_facts()`.execute(tx);
  return rows.map((r) => ({
    year: Number(r.year),
    sex: r.sex,
    age: numberOrNull(r.age),
    citizenship: r.citizenship,
    exploitation: r.exploitation ?? [],
    transnational: r.transnational,
    channel: r.channel,
    status: r.trafficking_status,
  }));
}

function defendantsOf(value: unknown): Defendant[] {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (!Array.isArray(list)) return [];
  return list.map((d: { sex?: unknown; convicted?: unknown; sentenceMonths?: unknown }) => ({
    sex: typeof d.sex === 'string' ? d.sex : 'unknown',
    convicted: d.convicted === true,
    sentenceMonths: numberOrNull(d.sentenceMonths),
  }));
}

/** Every criminal proceeding, once even when several cases name it. */
export async function proceedingFacts(tx: Tx): Promise<ProceedingFact[]> {
  const { rows } = await sql<{
    year: number;
    stage: string;
    defendants: unknown;
    proceeds_traced: string | number | null;
    proceeds_confiscated: string | number | null;
    compensation_ordered: string | number | null;
    currency: string;
  }>`select * from proceeding_statistics_facts()`.execute(tx);
  return rows.map((r) => ({
    year: Number(r.year),
    stage: r.stage,
    defendants: defendantsOf(r.defendants),
    proceedsTraced: numberOrNull(r.proceeds_traced),
    proceedsConfiscated: numberOrNull(r.proceeds_confiscated),
    compensationOrdered: numberOrNull(r.compensation_ordered),
    currency: r.currency,
  }));
}
