import type { EntryState, NeedKind } from '../types';

/** The period dashboard as GET /api/report-periods/:id/dashboard returns it. */
export interface StateCounts {
  draft: number;
  submitted: number;
  accepted: number;
  returned: number;
  late: number;
}

export type CountsWithTotal = StateCounts & { total: number };

export interface DashboardOrganisation extends CountsWithTotal {
  organisation: { id: string; shortName: string; nameAz: string };
}

export interface DashboardSection extends CountsWithTotal {
  section: { code: string; title: string };
}

export interface HeatmapCell {
  organisationId: string;
  section: string;
  total: number;
  accepted: number;
  submitted: number;
  returned: number;
}

export interface Dashboard {
  period: { id: string; year: number; half: number | null; dueOn: string; status: 'open' | 'closed' };
  byState: StateCounts;
  byOrganisation: DashboardOrganisation[];
  bySection: DashboardSection[];
  heatmap: {
    organisations: { id: string; shortName: string }[];
    sections: { code: string; title: string }[];
    cells: HeatmapCell[];
  };
  endedWithoutDone: { measure: { id: string; code: string; text: string }; organisations: string[] }[];
  lateOrganisations: { id: string; shortName: string; late: number; missing: number }[];
  largestNeeds: { organisation: string; measure: string; kind: string; description: string; amount: number | null; currency: string | null }[];
}

/** The needs of a period as GET /api/report-periods/:id/needs returns them. */
export interface NeedRow {
  key: string;
  entryId: string;
  state: EntryState;
  organisation: { id: string; shortName: string; nameAz: string };
  measure: { id: string; code: string; text: string };
  section: { code: string; title: string };
  kind: string;
  description: string;
  amount: number | null;
  currency: string | null;
}

export interface Amount {
  currency: string | null;
  amount: number;
}

export interface Needs {
  items: NeedRow[];
  totals: { count: number; byKind: { kind: NeedKind; count: number; withAmount: number; amounts: Amount[] }[]; amounts: Amount[] };
  options: { organisations: { id: string; shortName: string; nameAz: string }[]; sections: { code: string; title: string }[] };
}

export interface NeedFilters {
  organisationId?: string;
  kind?: string;
  section?: string;
}
