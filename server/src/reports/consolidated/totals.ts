/**
 * Totals of accepted report entries: activities by kind, participants, figures summed where they
 * share a label and unit. Pure, so the consolidated report and a dashboard count the same way.
 */
import type { Activity, Figure } from '../report-content.js';

export type ActivityKind = Activity['kind'];

/** The order activity kinds are listed in, everywhere. */
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['training', 'awareness', 'meeting', 'legal_draft', 'inspection', 'research', 'international', 'assistance', 'other'];

export interface FigureTotal {
  label: string;
  unit: string | null;
  value: number;
  /** How many entries' figures were added up. */
  count: number;
}

export interface Totals {
  /** Every kind, in ACTIVITY_KINDS order, with its count and participants (0 when none). */
  activitiesByKind: { kind: ActivityKind; count: number; participants: number }[];
  activities: number;
  participants: number;
  /** Participants of training activities. */
  trained: number;
  women: number;
  men: number;
  /** Figures with the identical label and unit, summed, in order of first appearance. */
  figures: FigureTotal[];
}

export interface TotalsInput {
  activities: readonly Pick<Activity, 'kind' | 'participants' | 'women' | 'men'>[];
  figures: readonly Figure[];
}

/** Sums without binary noise (0.1 + 0.2 = 0.3), to the precision anyone writes figures in. */
export const add = (a: number, b: number) => Math.round((a + b) * 1e6) / 1e6;

export function computeTotals(entries: readonly TotalsInput[]): Totals {
  const byKind = new Map<ActivityKind, { count: number; participants: number }>(ACTIVITY_KINDS.map((k) => [k, { count: 0, participants: 0 }]));
  const figures = new Map<string, FigureTotal>();
  const totals = { activities: 0, participants: 0, trained: 0, women: 0, men: 0 };
  for (const entry of entries) {
    for (const activity of entry.activities) {
      const kind = byKind.get(activity.kind) ?? byKind.get('other')!;
      const participants = activity.participants ?? 0;
      kind.count += 1;
      kind.participants += participants;
      totals.activities += 1;
      totals.participants += participants;
      if (activity.kind === 'training') totals.trained += participants;
      totals.women += activity.women ?? 0;
      totals.men += activity.men ?? 0;
    }
    for (const figure of entry.figures) {
      const unit = figure.unit || null;
      const key = JSON.stringify([figure.label, unit]);
      const total = figures.get(key);
      if (total) {
        total.value = add(total.value, figure.value);
        total.count += 1;
      } else {
        figures.set(key, { label: figure.label, unit, value: figure.value, count: 1 });
      }
    }
  }
  return {
    activitiesByKind: ACTIVITY_KINDS.map((kind) => ({ kind, ...byKind.get(kind)! })),
    ...totals,
    figures: [...figures.values()],
  };
}
