import type { CaseReferralBasis, CasePartCode } from './codes';
import type {
  CallbackStatus, CallerType, ContactCategory, ContactOutcome, HotlineChannel, NoteField, ReferralTargetKind, RiskFlag, TimeToReferralBucket,
} from '../../../common/src/hotline';

/** The response shapes of server/src/hotline/. */
export interface CaseLink {
  id: string;
  reference: string;
}

export interface ContactSummary {
  id: string;
  reference: string;
  body: { id: string; shortName: string };
  operator: { id: string; fullName: string };
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
  channel: HotlineChannel;
  language: string | null;
  callerType: CallerType;
  category: ContactCategory;
  riskFlags: RiskFlag[];
  outcome: ContactOutcome | null;
  case: CaseLink | null;
}

export type ContactNotes = Record<NoteField, string | null>;

export interface Callback {
  id: string;
  contact: { id: string; reference: string; category: ContactCategory; riskFlags: RiskFlag[] };
  dueAt: string;
  overdue: boolean;
  assignedTo: { id: string; fullName: string } | null;
  note: string | null;
  status: CallbackStatus;
  closedAt: string | null;
  closedBy: string | null;
  createdAt: string;
}

export interface ContactReferral {
  id: string;
  createdAt: string;
  status: string;
  toOrg: string;
  toOrgId: string;
  by: string;
  case: CaseLink | null;
}

export interface ContactDetail extends ContactSummary {
  revision: number;
  consent: boolean;
  consentAt: string | null;
  phoneRecorded: boolean;
  notesHidden: boolean;
  notes: ContactNotes | null;
  caller: { name: string | null; phone: string | null } | null;
  referrals: ContactReferral[];
  callbacks: Callback[];
  createdAt: string;
  updatedAt: string;
  abilities: { edit: boolean; refer: boolean; addCallback: boolean };
}

export interface ContactInput {
  startedAt: string;
  channel: HotlineChannel;
  language: string | null;
  callerType: CallerType;
  category: ContactCategory;
  riskFlags: RiskFlag[];
  notes: ContactNotes;
  consent: boolean;
  callerName: string | null;
  phone: string | null;
  outcome: ContactOutcome | null;
  caseId: string | null;
}

export interface ReferralTarget {
  id: string;
  shortName: string;
  nameAz: string;
  nameRu: string;
  nameEn: string;
  kind: ReferralTargetKind;
}

export interface ConsoleInfo {
  operators: { id: string; fullName: string }[];
  targets: ReferralTarget[];
  abilities: Record<string, boolean>;
}

export interface ContactReferralInput {
  revision: number;
  toOrgId: string;
  parts: CasePartCode[];
  reason: string;
  person: { name: string | null; sex: 'female' | 'male' | 'other' | 'unknown'; estimatedAge: number | null; citizenship: string | null };
  traffickingStatus: 'potential' | 'presumed';
  sharingConsent: boolean | null;
  urgency: 'normal' | 'urgent';
  sharingBasis: CaseReferralBasis;
  legalGround: string | null;
  confirmNoActiveUsers: boolean;
}

export interface ReferralResult {
  caseId: string;
  caseReference: string;
  referralId: string;
  createdCase: boolean;
  revision: number;
}

export interface KnownCaller {
  recognised: boolean;
  count: number;
  firstAt: string | null;
  lastAt: string | null;
  contacts: ContactSummary[];
  cases: CaseLink[];
}

export interface Handover {
  since: string;
  until: string;
  contactsInShift: number;
  callbacks: Callback[];
  openContacts: ContactSummary[];
  openContactsTotal: number;
  referrals: { id: string; createdAt: string; status: string; toOrg: string; by: string; category: ContactCategory; contact: CaseLink; case: CaseLink | null }[];
}

export interface Metrics {
  from: string;
  to: string;
  totals: { contacts: number; substantive: number; referredContacts: number; referrals: number };
  days: { day: string; total: number; byChannel: Record<string, number>; byCategory: Record<string, number> }[];
  byChannel: { code: HotlineChannel; count: number }[];
  byCategory: { code: ContactCategory; count: number }[];
  timeToReferral: { count: number; medianMinutes: number | null; averageMinutes: number | null; buckets: { key: TimeToReferralBucket; count: number }[] };
  referralsByBody: { orgId: string; shortName: string; count: number }[];
}

export interface CaseContacts {
  items: (ContactSummary & { referrals: { id: string; toOrg: string; createdAt: string; status: string }[]; openable: boolean })[];
  notesPart: boolean;
}
