/** The meetings API as the web client sees it (the server's own types are not shared with the web). */
import type { OrganisationKind } from '../../../common/src/roles';

export const MEETING_KINDS = ['commission', 'working_group', 'ad_hoc'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const STANDINGS = ['member', 'observer'] as const;
export type Standing = (typeof STANDINGS)[number];

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export interface OrganisationRef {
  id: string;
  shortName: string;
  nameAz: string;
  nameRu: string;
  nameEn: string;
}

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  title: string;
  /** YYYY-MM-DD */
  heldOn: string;
  /** HH:MM, Baku time */
  startsAt: string | null;
  place: string | null;
  onlineUrl: string | null;
  bodyCount: number;
  presentCount: number;
  decisionCount: number;
  ownStanding: Standing | null;
}

export interface MeetingList {
  items: MeetingSummary[];
  total: number;
  page: number;
  pageSize: number;
  abilities: { create: boolean };
}

export interface ActionItem {
  id: string;
  organisation: OrganisationRef;
  task: string;
  dueOn: string;
  status: ActionItemStatus;
  note: string;
  revision: number;
  overdue: boolean;
  closedAt: string | null;
  updatedAt: string;
  decision: { id: string; number: number; text: string };
  meeting: { id: string; kind: MeetingKind; title: string; heldOn: string; visible: boolean };
  measures: { id: string; code: string }[];
  abilities: { edit: boolean; delete: boolean; reportProgress: boolean };
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  measures: { id: string; code: string; text: string; planId: string }[];
}

export interface Decision {
  id: string;
  number: number;
  text: string;
  agendaItemId: string | null;
  actionItems: ActionItem[];
}

export interface Meeting extends MeetingSummary {
  minutes: string;
  revision: number;
  updatedAt: string;
  bodies: { organisation: OrganisationRef & { kind: OrganisationKind }; standing: Standing; present: boolean }[];
  persons: { name: string; organisation: OrganisationRef | null; present: boolean }[];
  agenda: AgendaItem[];
  decisions: Decision[];
  abilities: { edit: boolean; delete: boolean; decide: boolean; exportMinutes: boolean };
}

export interface MeetingDetailsInput {
  kind: MeetingKind;
  title: string;
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  onlineUrl: string | null;
}

export interface ParticipantsInput {
  bodies: { organisationId: string; standing: Standing; present: boolean }[];
  persons: { name: string; organisationId: string | null; present: boolean }[];
}

export interface AgendaInput {
  items: { id?: string; title: string; measureIds: string[] }[];
}

export interface DecisionInput {
  text: string;
  agendaItemId: string | null;
}

export interface ActionItemInput {
  organisationId: string;
  task: string;
  dueOn: string;
}

export interface ProgressInput {
  revision: number;
  status: ActionItemStatus;
  note: string;
}

export interface MeetingFilters {
  kind?: string;
  year?: string;
  q?: string;
}

export interface ActionItemFilters {
  mine?: boolean;
  organisationId?: string;
  status?: string;
  overdue?: boolean;
  measureId?: string;
  meetingId?: string;
}

export interface OverdueActionItems {
  total: number;
  items: ActionItem[];
  byOrganisation: { organisation: OrganisationRef; count: number; oldestDueOn: string }[];
}
