/**
 * The case form's values as the inputs hold them, and their conversion to and from the API's
 * shapes. Pure, so that what is sent can be tested without a browser.
 */
import { CONSENT_PURPOSES } from '../../../common/src/case-parts';
import type {
  Channel,
  ConsentPurpose,
  ContactKind,
  CreateCaseInput,
  DocumentKind,
  EventKind,
  ExploitationForm,
  Identity,
  IdentityInput,
  LabourIndustry,
  ControlMethod,
  MigrationStatus,
  NotePart,
  RecruitmentMethod,
  Relationship,
  Sex,
  SexExploitationType,
  TraffickingStatus,
  VictimContext,
  VictimInput,
} from './types';

/** How the person's age is known: one or the other, never both. */
export type AgeKind = 'birthDate' | 'estimatedAge' | 'unknown';

export interface IdentityValues {
  /** Names as written, one per script; the first is the main one. */
  names: string[];
  latinName: string;
  sex: Sex | '';
  ageKind: AgeKind;
  birthDate: string;
  estimatedAge: number | string;
  /** Asked only when the age is unknown. */
  childAtIdentification: '' | 'yes' | 'no';
  citizenships: string[];
  stateless: boolean;
  languages: string[];
  migrationStatus: MigrationStatus | '';
  disabilities: string[];
  documents: { kind: DocumentKind; number: string; country: string }[];
  contacts: { kind: ContactKind; value: string }[];
  address: string;
}

export interface EventValues {
  kind: EventKind;
  country: string;
  place: string;
  dateFrom: string;
  dateTo: string;
}

export interface VictimValues {
  traffickingStatus: TraffickingStatus;
  statusDecidedByOrgId: string;
  statusDecidedOn: string;
  exploitation: ExploitationForm[];
  forcedLabourIndustry: LabourIndustry | '';
  sexExploitation: SexExploitationType[];
  recruitmentMethods: RecruitmentMethod[];
  controlMethods: ControlMethod[];
  relationshipToTrafficker: Relationship | '';
  transnational: '' | 'internal' | 'transnational';
  exploitationStartedOn: string;
  events: EventValues[];
}

/** Consent per purpose: not asked yet, given or refused. */
export type ConsentChoice = '' | 'given' | 'refused';

export interface NewCaseValues {
  identificationChannel: Channel | '';
  firstContactOn: string;
  person: IdentityValues;
  victim: VictimValues;
  consents: Record<ConsentPurpose, ConsentChoice>;
  consentsRecordedOn: string;
  notePart: NotePart;
  note: string;
}

export const emptyIdentity = (): IdentityValues => ({
  names: [''],
  latinName: '',
  sex: '',
  ageKind: 'birthDate',
  birthDate: '',
  estimatedAge: '',
  childAtIdentification: '',
  citizenships: [],
  stateless: false,
  languages: [],
  migrationStatus: '',
  disabilities: [],
  documents: [],
  contacts: [],
  address: '',
});

export const emptyVictim = (): VictimValues => ({
  traffickingStatus: 'presumed',
  statusDecidedByOrgId: '',
  statusDecidedOn: '',
  exploitation: [],
  forcedLabourIndustry: '',
  sexExploitation: [],
  recruitmentMethods: [],
  controlMethods: [],
  relationshipToTrafficker: '',
  transnational: '',
  exploitationStartedOn: '',
  events: [],
});

export const emptyEvent = (kind: EventKind = 'exploitation'): EventValues => ({ kind, country: '', place: '', dateFrom: '', dateTo: '' });

export function emptyNewCase(today: string, notePart: NotePart): NewCaseValues {
  return {
    identificationChannel: '',
    firstContactOn: today,
    person: emptyIdentity(),
    victim: emptyVictim(),
    consents: Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, ''])) as Record<ConsentPurpose, ConsentChoice>,
    consentsRecordedOn: today,
    notePart,
    note: '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toIdentityInput(v: IdentityValues): IdentityInput {
  const age = v.ageKind === 'estimatedAge' && v.estimatedAge !== '' ? Number(v.estimatedAge) : null;
  return {
    names: v.names.map((n) => n.trim()).filter(Boolean),
    latinName: orNull(v.latinName),
    sex: (v.sex || 'unknown') as Sex,
    birthDate: v.ageKind === 'birthDate' ? orNull(v.birthDate) : null,
    estimatedAge: Number.isFinite(age) ? age : null,
    // Derived by the server from a birth date or an age; asked only when neither is known.
    childAtIdentification: v.ageKind === 'unknown' && v.childAtIdentification ? v.childAtIdentification === 'yes' : null,
    citizenships: v.stateless ? [] : v.citizenships,
    stateless: v.stateless,
    languages: v.languages,
    migrationStatus: v.migrationStatus || null,
    disabilities: v.disabilities.map((d) => d.trim()).filter(Boolean),
    documents: v.documents.map((d) => ({ kind: d.kind, number: d.number.trim(), country: d.country || null })),
    contacts: v.contacts.map((c) => ({ kind: c.kind, value: c.value.trim() })),
    address: orNull(v.address),
  };
}

export function toVictimInput(v: VictimValues): VictimInput {
  return {
    traffickingStatus: v.traffickingStatus,
    statusDecidedByOrgId: v.statusDecidedByOrgId || null,
    statusDecidedOn: v.statusDecidedOn || null,
    exploitation: v.exploitation,
    // Only with the form of exploitation they describe (the server refuses them otherwise).
    forcedLabourIndustry: v.exploitation.includes('ForcedLabour') ? v.forcedLabourIndustry || null : null,
    sexExploitation: v.exploitation.includes('SexualExploitation') ? v.sexExploitation : [],
    recruitmentMethods: v.recruitmentMethods,
    controlMethods: v.controlMethods,
    relationshipToTrafficker: v.relationshipToTrafficker || null,
    transnational: v.transnational === '' ? null : v.transnational === 'transnational',
    exploitationStartedOn: v.exploitationStartedOn || null,
    events: v.events.map((e) => ({ kind: e.kind, country: e.country, place: orNull(e.place), dateFrom: e.dateFrom || null, dateTo: e.dateTo || null })),
  };
}

export function toCreateInput(v: NewCaseValues): CreateCaseInput {
  const note = v.note.trim();
  return {
    identificationChannel: v.identificationChannel as Channel,
    firstContactOn: v.firstContactOn,
    person: toIdentityInput(v.person),
    victim: toVictimInput(v.victim),
    consents: consentsOf(v),
    note: note ? { part: v.notePart, body: note } : null,
  };
}

/** The consents recorded on the form, in the order of the purposes (errors come back by this index). */
export function consentsOf(v: Pick<NewCaseValues, 'consents' | 'consentsRecordedOn'>) {
  return CONSENT_PURPOSES.filter((p) => v.consents[p]).map((purpose) => ({ purpose, given: v.consents[purpose] === 'given', recordedOn: v.consentsRecordedOn }));
}

export function identityValuesOf(identity: Identity): IdentityValues {
  const ageKind: AgeKind = identity.birthDate ? 'birthDate' : identity.estimatedAge !== null ? 'estimatedAge' : 'unknown';
  return {
    names: identity.names.length ? [...identity.names] : [''],
    latinName: identity.latinName ?? '',
    sex: identity.sex,
    ageKind,
    birthDate: identity.birthDate ?? '',
    estimatedAge: identity.estimatedAge ?? '',
    childAtIdentification: ageKind === 'unknown' && identity.childAtIdentification !== null ? (identity.childAtIdentification ? 'yes' : 'no') : '',
    citizenships: [...identity.citizenships],
    stateless: identity.stateless,
    languages: [...identity.languages],
    migrationStatus: identity.migrationStatus ?? '',
    disabilities: [...identity.disabilities],
    documents: identity.documents.map((d) => ({ kind: d.kind, number: d.number, country: d.country ?? '' })),
    contacts: identity.contacts.map((c) => ({ kind: c.kind, value: c.value })),
    address: identity.address ?? '',
  };
}

export function victimValuesOf(victim: VictimContext): VictimValues {
  return {
    traffickingStatus: victim.traffickingStatus,
    statusDecidedByOrgId: victim.statusDecidedByOrgId ?? '',
    statusDecidedOn: victim.statusDecidedOn ?? '',
    exploitation: [...victim.exploitation],
    forcedLabourIndustry: victim.forcedLabourIndustry ?? '',
    sexExploitation: [...victim.sexExploitation],
    recruitmentMethods: [...victim.recruitmentMethods],
    controlMethods: [...victim.controlMethods],
    relationshipToTrafficker: victim.relationshipToTrafficker ?? '',
    transnational: victim.transnational === null ? '' : victim.transnational ? 'transnational' : 'internal',
    exploitationStartedOn: victim.exploitationStartedOn ?? '',
    events: victim.events.map((e) => ({ kind: e.kind, country: e.country, place: e.place ?? '', dateFrom: e.dateFrom ?? '', dateTo: e.dateTo ?? '' })),
  };
}

/** Message keys of what the form checks itself before sending: what is required. */
export type ClientError = 'required';

/** Required fields left empty, by the path the server would report them under. */
export function missingIdentity(v: IdentityValues, prefix = 'person'): Map<string, ClientError> {
  const out = new Map<string, ClientError>();
  if (!v.names[0]?.trim()) out.set(`${prefix}.names.0`, 'required');
  if (!v.sex) out.set(`${prefix}.sex`, 'required');
  if (v.ageKind === 'birthDate' && !v.birthDate) out.set(`${prefix}.birthDate`, 'required');
  if (v.ageKind === 'estimatedAge' && v.estimatedAge === '') out.set(`${prefix}.estimatedAge`, 'required');
  v.documents.forEach((d, i) => {
    if (!d.number.trim()) out.set(`${prefix}.documents.${i}.number`, 'required');
  });
  v.contacts.forEach((c, i) => {
    if (!c.value.trim()) out.set(`${prefix}.contacts.${i}.value`, 'required');
  });
  return out;
}

export function missingVictim(v: VictimValues, prefix = 'victim'): Map<string, ClientError> {
  const out = new Map<string, ClientError>();
  if (v.traffickingStatus === 'identified' && !v.statusDecidedOn) out.set(`${prefix}.statusDecidedOn`, 'required');
  v.events.forEach((e, i) => {
    if (!e.country) out.set(`${prefix}.events.${i}.country`, 'required');
  });
  return out;
}

export function missingNewCase(v: NewCaseValues): Map<string, ClientError> {
  const out = new Map<string, ClientError>([...missingIdentity(v.person), ...missingVictim(v.victim)]);
  if (!v.identificationChannel) out.set('identificationChannel', 'required');
  if (!v.firstContactOn) out.set('firstContactOn', 'required');
  if (consentsOf(v).length > 0 && !v.consentsRecordedOn) out.set('consents', 'required');
  return out;
}

/** Paths the case forms show next to a field; any other message is listed with the problem. */
const PLACED = [
  /^(identificationChannel|firstContactOn|status|closureReason)$/,
  /^person\.names(\.\d+)?$/,
  /^person\.(latinName|sex|birthDate|estimatedAge|childAtIdentification|stateless|migrationStatus|address)$/,
  /^person\.(citizenships|languages|disabilities|documents|contacts)(\.\d+)?$/,
  /^person\.documents\.\d+\.(kind|number|country)$/,
  /^person\.contacts\.\d+\.(kind|value)$/,
  /^victim\.(traffickingStatus|statusDecidedByOrgId|statusDecidedOn|forcedLabourIndustry|relationshipToTrafficker|transnational|exploitationStartedOn)$/,
  /^victim\.(exploitation|sexExploitation|recruitmentMethods|controlMethods|events)(\.\d+)?$/,
  /^victim\.events\.\d+\.(kind|country|place|dateFrom|dateTo)$/,
  /^consents(\..*)?$/,
  /^note(\..*)?$/,
];

export const isPlaced = (path: string) => PLACED.some((pattern) => pattern.test(path));
