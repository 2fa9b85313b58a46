/** The victims' records API as the web client sees it (the server's own types are not shared with the web). */
import type {
  CASE_STATUSES,
  CONSENT_PURPOSES,
  CONTROL_METHODS,
  CasePart,
  DOCUMENT_KINDS,
  EXPLOITATION_FORMS,
  IDENTIFICATION_CHANNELS,
  LABOUR_INDUSTRIES,
  MIGRATION_STATUSES,
  PERPETRATOR_ROLES,
  PROCEEDING_STAGES,
  RECRUITMENT_METHODS,
  SEXES,
  SEX_EXPLOITATION_TYPES,
  TRAFFICKING_STATUSES,
} from '../../../common/src/case-parts';

export type { CasePart };
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];
export type Sex = (typeof SEXES)[number];
export type Channel = (typeof IDENTIFICATION_CHANNELS)[number];
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];
export type SexExploitationType = (typeof SEX_EXPLOITATION_TYPES)[number];
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];
export type ControlMethod = (typeof CONTROL_METHODS)[number];
export type LabourIndustry = (typeof LABOUR_INDUSTRIES)[number];
export type PerpetratorRole = (typeof PERPETRATOR_ROLES)[number];
export type ProceedingStage = (typeof PROCEEDING_STAGES)[number];
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type MigrationStatus = (typeof MIGRATION_STATUSES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CONTACT_KINDS = ['phone', 'email', 'messenger', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const RELATIONSHIPS = ['familial', 'acquainted', 'unacquainted'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const EVENT_KINDS = ['recruitment', 'transit', 'exploitation'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const ASSESSMENT_KINDS = ['risk', 'needs'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type ReferralMove = Exclude<ReferralStatus, 'sent'>;
export const ACCESS_STATUSES = ['requested', 'granted', 'refused', 'revoked'] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];
/** Parts that carry notes (identity has none). */
export type NotePart = Exclude<CasePart, 'identity'>;

export interface OwnerBody {
  id: string;
  shortName: string;
  nameAz: string;
}

/** What every view of a case carries, whatever parts the caller sees. */
export interface CaseHeader {
  id: string;
  reference: string;
  owner: OwnerBody;
  status: CaseStatus;
  traffickingStatus: TraffickingStatus | null;
  identificationChannel: Channel;
  firstContactOn: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A row of the list: the main name and the sex only where the caller sees identities. */
export interface CaseSummary extends CaseHeader {
  name: string | null;
  sex: Sex | null;
  parts: CasePart[];
}

export interface CaseList {
  items: CaseSummary[];
  total: number;
  abilities: { create: boolean; search: boolean };
}

export interface CaseFilters {
  status: string;
  traffickingStatus: string;
  channel: string;
  owner: string;
  q: string;
}

export interface CaseAbilities {
  editHeader: boolean;
  editIdentity: boolean;
  editVictim: boolean;
  addNote: boolean;
  addAssessment: boolean;
  editInvestigation: boolean;
  refer: boolean;
  viewAccessLog: boolean;
  decideAccess: boolean;
  findDuplicates: boolean;
}

export interface Note {
  id: string;
  part: NotePart;
  body: string;
  author: string;
  authorOrg: string;
  createdAt: string;
}

export interface PersonDocument {
  kind: DocumentKind;
  number: string;
  country: string | null;
}

export interface PersonContact {
  kind: ContactKind;
  value: string;
}

export interface Identity {
  personId: string;
  revision: number;
  names: string[];
  latinName: string | null;
  birthDate: string | null;
  documents: PersonDocument[];
  contacts: PersonContact[];
  address: string | null;
  sex: Sex;
  birthYear: number | null;
  estimatedAge: number | null;
  citizenships: string[];
  stateless: boolean;
  languages: string[];
  migrationStatus: MigrationStatus | null;
  disabilities: string[];
  childAtIdentification: boolean | null;
  childAtExploitation: boolean | null;
}

export interface TraffickingEvent {
  kind: EventKind;
  country: string;
  place: string | null;
  dateFrom: string | null;
  dateTo: string | null;
}

export interface VictimContext {
  revision: number;
  traffickingStatus: TraffickingStatus;
  statusDecidedByOrgId: string | null;
  statusDecidedOn: string | null;
  exploitation: ExploitationForm[];
  forcedLabourIndustry: LabourIndustry | null;
  sexExploitation: SexExploitationType[];
  recruitmentMethods: RecruitmentMethod[];
  controlMethods: ControlMethod[];
  relationshipToTrafficker: Relationship | null;
  transnational: boolean | null;
  exploitationStartedOn: string | null;
  events: TraffickingEvent[];
  statusHistory: { traffickingStatus: TraffickingStatus; decidedOn: string | null; decidedBy: string | null; recordedAt: string }[];
  notes: Note[];
}

export interface Assessment {
  id: string;
  kind: AssessmentKind;
  assessedOn: string;
  level: Level;
  body: string;
}

export interface Perpetrator {
  id: string;
  roles: PerpetratorRole[];
  sex: Sex | null;
  citizenship: string | null;
  name: string | null;
}

export interface Defendant {
  sex: Sex;
  citizenship: string | null;
  convicted: boolean;
  sentenceMonths: number | null;
}

export interface Proceeding {
  id: string;
  number: string;
  article: string;
  stage: ProceedingStage;
  openedOn: string | null;
  defendants: Defendant[];
  revision: number;
  proceedsTraced: number | null;
  proceedsConfiscated: number | null;
  compensationOrdered: number | null;
  currency: string;
}

export interface Consent {
  id: string;
  purpose: ConsentPurpose;
  given: boolean;
  recordedOn: string;
}

export interface Referral {
  id: string;
  status: ReferralStatus;
  parts: CasePart[];
  reason: string;
  fromOrg: string;
  toOrg: string;
  fromOrgId: string;
  toOrgId: string;
  createdAt: string;
  closedAt: string | null;
}

export interface CaseDetail extends CaseHeader {
  closureReason: string | null;
  parts: CasePart[];
  abilities: CaseAbilities;
  consents: Consent[];
  referrals: Referral[];
  identity: Identity | null;
  victim: VictimContext | null;
  services: { assessments: Assessment[]; notes: Note[] } | null;
  safety: { notes: Note[] } | null;
  investigation: { perpetrators: Perpetrator[]; proceedings: Proceeding[]; notes: Note[] } | null;
  hotline: { notes: Note[] } | null;
  documents: CaseDocument[];
}

export interface CaseDocument {
  id: string;
  part: CasePart;
  fileName: string;
  mediaType: string;
  size: number;
  author: string;
  createdAt: string;
}

/** The request shapes (server/src/cases/case-input.ts). */
export interface IdentityInput {
  names: string[];
  latinName: string | null;
  sex: Sex;
  birthDate: string | null;
  estimatedAge: number | null;
  childAtIdentification: boolean | null;
  citizenships: string[];
  stateless: boolean;
  languages: string[];
  migrationStatus: MigrationStatus | null;
  disabilities: string[];
  documents: PersonDocument[];
  contacts: PersonContact[];
  address: string | null;
}

export interface VictimInput {
  traffickingStatus: TraffickingStatus;
  statusDecidedByOrgId: string | null;
  statusDecidedOn: string | null;
  exploitation: ExploitationForm[];
  forcedLabourIndustry: LabourIndustry | null;
  sexExploitation: SexExploitationType[];
  recruitmentMethods: RecruitmentMethod[];
  controlMethods: ControlMethod[];
  relationshipToTrafficker: Relationship | null;
  transnational: boolean | null;
  exploitationStartedOn: string | null;
  events: TraffickingEvent[];
}

export interface ConsentInput {
  purpose: ConsentPurpose;
  given: boolean;
  recordedOn: string;
}

export interface CreateCaseInput {
  identificationChannel: Channel;
  firstContactOn: string;
  person: IdentityInput;
  victim: VictimInput;
  consents: ConsentInput[];
  note: { part: NotePart; body: string } | null;
}

export interface HeaderInput {
  revision: number;
  status: CaseStatus;
  closureReason: string | null;
  identificationChannel: Channel;
  firstContactOn: string;
}

export interface ProceedingInput {
  number: string;
  article: string;
  stage: ProceedingStage;
  openedOn: string | null;
  defendants: Defendant[];
  proceedsTraced: number | null;
  proceedsConfiscated: number | null;
  compensationOrdered: number | null;
  currency: string;
}

export interface PerpetratorInput {
  roles: PerpetratorRole[];
  sex: Sex | null;
  citizenship: string | null;
  name: string | null;
}

/** The minimal summary of a person the caller may not be able to read (search, duplicates). */
export interface PersonSummary {
  caseId: string;
  personId: string;
  reference: string;
  owner: string;
  caseStatus: CaseStatus;
  traffickingStatus: TraffickingStatus | null;
  sex: Sex;
  birthYear: number | null;
  recordedYear: number;
  score: number;
  exactKey: boolean;
  visible: boolean;
}

export interface SearchQuery {
  name: string;
  birthYear: string;
  birthDate: string;
  sex: string;
  document: string;
  phone: string;
}

export interface Duplicates {
  candidates: PersonSummary[];
  merges: { id: string; mergedAt: string; undoneAt: string | null; score: number }[];
}

export interface AccessRequest {
  id: string;
  caseId: string;
  reference: string;
  reason: string;
  emergency: boolean;
  status: AccessStatus;
  createdAt: string;
  decidedAt: string | null;
  expiresAt: string | null;
  reviewedAt: string | null;
  askingOrg: string;
  ownerOrg: string;
  requester: string;
  incoming: boolean;
  abilities: { decide: boolean; revoke: boolean; review: boolean };
}

export interface AccessLogEntry {
  seq: number;
  at: string;
  action: string;
  role: string | null;
  user: string | null;
  organisation: string | null;
  emergency: boolean;
  parts: string[] | null;
}
