/** The reporting API as the web client sees it (the server's own types are not shared with the web). */
import type { Participant, Period as MeasurePeriod } from '../plans/types';

export const ACTIVITY_KINDS = ['training', 'awareness', 'meeting', 'legal_draft', 'inspection', 'research', 'international', 'assistance', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const NEED_KINDS = ['funding', 'equipment', 'training', 'legal_change', 'other'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const ENTRY_STATES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export const STATUSES = ['not_started', 'in_progress', 'done', 'continuing'] as const;
export type Status = (typeof STATUSES)[number];

export type EntryRole = 'executor' | 'involved' | 'recommended';

export interface Activity {
  /** The activity's own event in the register, once the entry is accepted. */
  id?: string;
  /** An event of the register this activity reports without being its own (held with another body). */
  eventId?: string;
  kind: ActivityKind;
  title: string;
  /** YYYY-MM-DD */
  dateFrom: string | null;
  dateTo: string | null;
  place: string | null;
  participants: number | null;
  women: number | null;
  men: number | null;
  partners: string[];
}

export interface Figure {
  label: string;
  value: number;
  unit: string | null;
}

export interface Need {
  kind: NeedKind;
  description: string;
  amount: number | null;
  currency: string | null;
}

export interface Counts {
  total: number;
  draft: number;
  submitted: number;
  accepted: number;
  returned: number;
  late: number;
}

export type PeriodKind = 'year' | 'half_year';

export interface ReportPeriod {
  id: string;
  plan: { id: string; title: string };
  kind: PeriodKind;
  year: number;
  half: 1 | 2 | null;
  startsOn: string;
  endsOn: string;
  dueOn: string;
  status: 'open' | 'closed';
  counts: Counts;
}

export interface PeriodList {
  items: ReportPeriod[];
  abilities: { create: boolean };
}

export interface PeriodOrganisation {
  id: string;
  shortName: string;
  nameAz: string;
  counts: Counts;
}

export interface PeriodDetail extends ReportPeriod {
  organisations: PeriodOrganisation[];
  abilities: { close: boolean; review: boolean };
}

export interface PeriodInput {
  planId: string;
  kind: PeriodKind;
  year: number;
  half?: 1 | 2;
  dueOn: string;
}

export interface EntrySummary {
  id: string;
  periodId: string;
  measure: { id: string; code: string; text: string; section: { code: string; title: string } };
  organisation: { id: string; shortName: string; nameAz: string };
  role: EntryRole;
  state: EntryState;
  status: Status;
  late: boolean;
  submittedVersion: number;
  updatedAt: string;
  narrative: string;
  /** With a search: plain text of the narrative around the first match. */
  excerpt: string | null;
  abilities: { edit: boolean; submit: boolean; review: boolean; reopen: boolean };
}

/** What a person writes in an entry; also what each submission keeps as its snapshot. */
export interface EntryContent {
  status: Status;
  narrative: string;
  activities: Activity[];
  figures: Figure[];
  needs: Need[];
}

export type EventKind = 'submitted' | 'accepted' | 'returned' | 'reopened';

export interface EntryEvent {
  id: string;
  kind: EventKind;
  version: number;
  comment: string | null;
  by: string | null;
  at: string;
  snapshot: EntryContent | null;
}

export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  createdAt: string;
}

export interface Entry extends Omit<EntrySummary, 'measure'>, EntryContent {
  revision: number;
  attachments: Attachment[];
  events: EntryEvent[];
  measure: EntrySummary['measure'] & { period: MeasurePeriod | null; participants: Participant[] };
}

export interface EntryFilters {
  periodId: string;
  organisationId?: string;
  state?: string;
  section?: string;
  mine?: boolean;
}

/** The search across every period's narratives. */
export interface EntrySearchFilters {
  q?: string;
  organisationId?: string;
  section?: string;
  year?: string;
}

export interface ImportedBlock {
  measures: string[];
  heading: string;
  text: string;
  activities: Activity[];
  figures: Figure[];
  entryIds: string[];
}

export interface ReportImportPreview {
  items: ImportedBlock[];
  unmatched: { measures: string[]; heading: string }[];
  warnings: { code: string; message: string; entry?: number }[];
}

export interface ImportApplyItem {
  entryId: string;
  narrative: string;
  activities: Activity[];
  figures: Figure[];
}
