/** Donors, their support and the needs-and-offers view, as the web client sees them. */

export const DONOR_KINDS = ['international_organisation', 'embassy', 'foundation', 'company', 'other'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

export const SUPPORT_KINDS = ['technical', 'material', 'financial', 'methodological', 'advisory'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export interface OrganisationRef {
  id: string;
  shortName: string;
  nameAz: string;
}

export interface MeasureRef {
  id: string;
  code: string;
  text: string;
}

export interface Amount {
  currency: string | null;
  amount: number;
}

export interface Support {
  id: string;
  donor: { id: string; name: string; kind: DonorKind };
  kind: SupportKind;
  description: string;
  amount: number | null;
  currency: string | null;
  startsOn: string | null;
  endsOn: string | null;
  organisations: OrganisationRef[];
  measures: MeasureRef[];
  matches: number;
  abilities: { edit: boolean; delete: boolean };
}

export interface DonorSummary {
  id: string;
  name: string;
  kind: DonorKind;
  country: string | null;
  website: string | null;
  notes: string;
  supportCount: number;
  amounts: Amount[];
  kinds: SupportKind[];
  abilities: { edit: boolean; delete: boolean; addSupport: boolean };
}

export interface Donor extends DonorSummary {
  supports: Support[];
}

export interface DonorList {
  items: DonorSummary[];
  abilities: { create: boolean };
}

export interface DonorInput {
  name: string;
  kind: DonorKind;
  country: string | null;
  website: string | null;
  notes: string;
}

export interface SupportInput {
  kind: SupportKind;
  description: string;
  amount: number | null;
  currency: string | null;
  startsOn: string | null;
  endsOn: string | null;
  organisationIds: string[];
  measureIds: string[];
}

export interface Match {
  id: string;
  supportId: string;
  donor: { id: string; name: string };
  supportKind: SupportKind;
  supportDescription: string;
  amount: number | null;
  currency: string | null;
  note: string;
}

export interface NeedRow {
  key: string;
  entryId: string;
  position: number;
  state: 'draft' | 'submitted' | 'accepted' | 'returned';
  organisation: OrganisationRef;
  measure: MeasureRef;
  section: { code: string; title: string };
  kind: string;
  description: string;
  amount: number | null;
  currency: string | null;
  matches: Match[];
}

export interface Resources {
  period: { id: string; year: number; half: number | null; startsOn: string; endsOn: string; plan: { id: string; title: string } };
  needs: NeedRow[];
  needTotals: { count: number; matched: number; amounts: Amount[] };
  supports: (Support & { current: boolean })[];
  unplacedMatches: (Match & { entryId: string; needKind: string; needDescription: string })[];
  measures: { total: number; withoutResources: (MeasureRef & { section: { code: string; title: string }; needs: number })[] };
  abilities: { match: boolean; manage: boolean };
}

export const RESOURCE_FILTER_KEYS = ['periodId', 'organisationId', 'kind', 'section', 'show'] as const;
export type ResourceFilterKey = (typeof RESOURCE_FILTER_KEYS)[number];
