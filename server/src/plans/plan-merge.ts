import { normalizeOrgName } from '../../../common/src/org-names.js';
import type { ExecutorRole, ParsedMeasure, ParsedPeriod, ParsedPlan } from './import/parsed-plan.js';

/**
 * What importing a parsed document into a plan would change. Pure: the preview shows it, the
 * import applies it, and applying it twice changes nothing the second time.
 */

export type ParticipantRole = ExecutorRole | 'recommended';

export interface ParticipantDraft {
  role: ParticipantRole;
  name: string;
  nameKey: string;
  organisationId: string | null;
  genericKey: string | null;
}

/** The parts of a stored plan that an import is compared with. */
export interface PlanSnapshot {
  id: string;
  hasAct: boolean;
  hasPeriod: boolean;
  notes: string[];
  chapterCount: number;
  sections: { code: string }[];
  measures: { id: string; code: string; text: string; hasPeriod: boolean; participants: { role: ParticipantRole; nameKey: string; organisationId: string | null }[]; knownVariants: string[] }[];
}

export interface MeasureAddition {
  measure: ParsedMeasure;
  participants: ParticipantDraft[];
}

export interface MeasureCompletion {
  measureId: string;
  code: string;
  participants: ParticipantDraft[];
  period: ParsedPeriod | null;
}

export interface WordingDifference {
  measureId: string;
  code: string;
  current: string;
  proposed: string;
}

export interface PlanChanges {
  /** Null when the document starts a new plan. */
  planId: string | null;
  setAct: boolean;
  setPeriod: boolean;
  addNotes: string[];
  addChapters: boolean;
  addSections: { code: string; title: string }[];
  addMeasures: MeasureAddition[];
  completeMeasures: MeasureCompletion[];
  wordingDifferences: WordingDifference[];
  unchangedMeasures: number;
}

/** A comparable form of a title or text: case, diacritics, quotes, dashes and spacing do not count. */
export function textKey(text: string): string {
  return normalizeOrgName(text);
}

export function participantsOf(measure: ParsedMeasure): ParticipantDraft[] {
  const executors = measure.executors.map((e) => ({
    role: e.role,
    name: e.name,
    nameKey: textKey(e.name),
    organisationId: e.organisationId,
    genericKey: e.genericKey ?? null,
  }));
  const recommended = measure.recommended.map((r) => ({
    role: 'recommended' as const,
    name: r.name,
    nameKey: textKey(r.name),
    organisationId: r.organisationId,
    genericKey: null,
  }));
  return [...executors, ...recommended];
}

function sameParticipant(a: { role: ParticipantRole; nameKey: string; organisationId: string | null }, b: typeof a): boolean {
  if (a.role !== b.role) return false;
  return a.organisationId && b.organisationId ? a.organisationId === b.organisationId : a.nameKey === b.nameKey;
}

export function computePlanChanges(parsed: ParsedPlan, existing: PlanSnapshot | null): PlanChanges {
  const changes: PlanChanges = {
    planId: existing?.id ?? null,
    setAct: Boolean(parsed.plan.act) && !existing?.hasAct,
    setPeriod: Boolean(parsed.plan.period) && !existing?.hasPeriod,
    addNotes: parsed.notes.filter((note) => !(existing?.notes ?? []).some((n) => textKey(n) === textKey(note))),
    addChapters: parsed.chapters.length > 0 && (existing?.chapterCount ?? 0) === 0,
    addSections: parsed.sections.filter((s) => !existing?.sections.some((e) => e.code === s.code)),
    addMeasures: [],
    completeMeasures: [],
    wordingDifferences: [],
    unchangedMeasures: 0,
  };
  const stored = new Map((existing?.measures ?? []).map((m) => [m.code, m]));
  for (const measure of parsed.measures) {
    const participants = participantsOf(measure);
    const current = stored.get(measure.code);
    if (!current) {
      changes.addMeasures.push({ measure, participants });
      continue;
    }
    const missing = participants.filter((p) => !current.participants.some((c) => sameParticipant(c, p)));
    const period = !current.hasPeriod && measure.period ? measure.period : null;
    const differs = textKey(current.text) !== textKey(measure.text) && !current.knownVariants.some((v) => textKey(v) === textKey(measure.text));
    if (missing.length || period) changes.completeMeasures.push({ measureId: current.id, code: measure.code, participants: missing, period });
    if (differs) changes.wordingDifferences.push({ measureId: current.id, code: measure.code, current: current.text, proposed: measure.text });
    if (!missing.length && !period && !differs) changes.unchangedMeasures += 1;
  }
  return changes;
}

export function hasChanges(changes: PlanChanges): boolean {
  return (
    changes.planId === null ||
    changes.setAct ||
    changes.setPeriod ||
    changes.addNotes.length > 0 ||
    changes.addChapters ||
    changes.addSections.length > 0 ||
    changes.addMeasures.length > 0 ||
    changes.completeMeasures.length > 0 ||
    changes.wordingDifferences.length > 0
  );
}
