/**
 * Which measures of a plan are not finished, and so are candidates for the next plan. Pure.
 *
 * A measure's state is what its bodies reported in the latest reporting period that has entries
 * for it (a measure that ended earlier keeps the state of its last report). It is finished when
 * every body's entry there says "done". Measures "on a regular basis" (mütəmadi) never finish;
 * measures no body has reported on are not known to be finished.
 */

export type UnfinishedReason = 'ongoing' | 'not_done' | 'not_reported';

export interface MeasureState {
  id: string;
  periodKind: string | null;
}

export interface EntryState {
  measureId: string;
  periodId: string;
  /** The period's last day, "YYYY-MM-DD": later periods sort after. */
  endsOn: string;
  year: number;
  half: number | null;
  status: 'not_started' | 'in_progress' | 'done' | 'continuing';
}

export interface MeasureProgress {
  unfinished: boolean;
  reasons: UnfinishedReason[];
  lastPeriod: { id: string; year: number; half: number | null } | null;
  /** The distinct statuses the bodies gave in that period. */
  statuses: EntryState['status'][];
}

export function measureProgress(measures: readonly MeasureState[], entries: readonly EntryState[]): Map<string, MeasureProgress> {
  const latest = new Map<string, EntryState[]>();
  for (const entry of entries) {
    const current = latest.get(entry.measureId);
    if (!current || current[0]!.endsOn < entry.endsOn) latest.set(entry.measureId, [entry]);
    else if (current[0]!.periodId === entry.periodId) current.push(entry);
  }
  return new Map(
    measures.map((measure) => {
      const last = latest.get(measure.id) ?? [];
      const statuses = [...new Set(last.map((e) => e.status))];
      const reasons: UnfinishedReason[] = [];
      if (measure.periodKind === 'ongoing') reasons.push('ongoing');
      if (!last.length) reasons.push('not_reported');
      else if (statuses.some((s) => s !== 'done')) reasons.push('not_done');
      const first = last[0];
      return [
        measure.id,
        { unfinished: reasons.length > 0, reasons, lastPeriod: first ? { id: first.periodId, year: first.year, half: first.half } : null, statuses },
      ];
    }),
  );
}
