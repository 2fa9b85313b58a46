/**
 * The unified database of victims over ten years: one case per synthetic registration (about
 * 200 000 at scale 1), its person (names from `common/src/names/synthetic.ts`, in the scripts,
 * orders, variants and typos of real registers; a share are further registrations of someone
 * recorded before by another body), victim context and status history, places and dates of
 * recruitment and exploitation, consents, notes, assessments, referrals between bodies, criminal
 * proceedings with their perpetrators, and the duplicates found, merged or dismissed.
 *
 * Records are written in bulk, but row for row as the services write them: the same input
 * schema (`createCaseInput`), the same rules and derived fields (`checkCase`), identities sealed
 * with the vault and keyed look-up hashes (`sealIdentity`, `lookupKeys`), so the application
 * reads them as its own (see synthetic.test.ts, which compares with `createCase`). Timestamps
 * are those of the synthetic history rather than of the moment of writing.
 *
 * Not generated yet: hotline contacts and shelter placements (their tables came with migrations
 * 0010 and 0012 after this generator). They belong in `planCase` next to the referrals — a
 * contact before the case it led to, a placement after a referral to a shelter — with their own
 * audit entries, written through the same column check as the other rows.
 */
import { checkCase, type DerivedPerson } from '../cases/case-rules.js';
import { createCaseInput, victimInput, type CreateCaseInput, type VictimInput } from '../cases/case-input.js';
import type { IdentityVault } from '../cases/crypto/identity-vault.js';
import { identityOf, lookupKeys, sealIdentity } from '../cases/identity.js';
import { CANDIDATE_SCORE } from '../cases/duplicates/duplicates.service.js';
import { casePartsOf, type CasePart } from '../../../common/src/case-parts.js';
import { scorePersons, type Person } from '../../../common/src/names/person-match.js';
import { cyrillicToLatin, hasCyrillic } from '../../../common/src/names/transliterate.js';
import type { SyntheticPerson } from '../../../common/src/names/synthetic.js';
import type { Role } from '../../../common/src/roles.js';
import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import { auditOf, type PendingAudit } from './audit.js';
import { ADDRESSES, ASSESSMENT_TEXT, CLOSURE_REASONS, DESTINATIONS, REFERRAL_REASONS, noteText, placeIn } from './content.js';
import { addDays, around, daysBetween, idFor, maxDay, minDay, pad2, rngFor, some, workingMoment, type Rng } from './random.js';
import type { Roster, SyntheticUser } from './users.js';

/** The bodies that record cases, how many of the cases each records, with which role and through which channels. */
export const CASE_OWNERS: readonly { key: string; role: Role; share: number; channels: Readonly<Record<string, number>> }[] = [
  { key: 'iamb', role: 'police_investigator', share: 0.35, channels: { police: 0.8, border: 0.1, labour_inspection: 0.05, consulate: 0.05 } },
  { key: 'hotline_ngo', role: 'hotline_operator', share: 0.2, channels: { hotline: 1 } },
  { key: 'assistance_centre', role: 'shelter_worker', share: 0.15, channels: { self_referral: 0.5, health: 0.2, ngo: 0.2, other: 0.1 } },
  { key: 'dmx', role: 'frontline_officer', share: 0.12, channels: { migration: 0.9, labour_inspection: 0.1 } },
  { key: 'ngo_coalition', role: 'ngo_partner', share: 0.1, channels: { ngo: 0.8, self_referral: 0.2 } },
  { key: 'dsx', role: 'frontline_officer', share: 0.08, channels: { border: 1 } },
];

/** Where each body refers people, and the parts of the record the receiver sees. */
const REFERRALS: Readonly<Record<string, readonly [string, CasePart[]][]>> = {
  iamb: [['assistance_centre', ['identity', 'services', 'safety']], ['ngo_coalition', ['identity', 'victim', 'services']]],
  hotline_ngo: [['iamb', ['identity', 'victim', 'investigation']], ['assistance_centre', ['identity', 'services', 'safety']]],
  assistance_centre: [['iamb', ['identity', 'victim', 'investigation']], ['ngo_coalition', ['identity', 'services']]],
  dmx: [['iamb', ['identity', 'victim', 'investigation']], ['assistance_centre', ['identity', 'services', 'safety']]],
  ngo_coalition: [['assistance_centre', ['identity', 'services', 'safety']], ['iamb', ['identity', 'victim', 'investigation']]],
  dsx: [['iamb', ['identity', 'victim', 'investigation']]],
};

const LANGUAGES: Readonly<Record<string, string[]>> = {
  AZ: ['az'], RU: ['ru'], UA: ['uk', 'ru'], BY: ['ru'], UZ: ['uz', 'ru'], TJ: ['tg', 'ru'], KG: ['ky', 'ru'], KZ: ['kk', 'ru'], TM: ['tk', 'ru'], GE: ['ka'],
  IR: ['fa'], TR: ['tr'], NP: ['ne'], IN: ['hi'], BD: ['bn'], PK: ['ur'], PH: ['fil', 'en'], NG: ['en'], MD: ['ro', 'ru'], CM: ['fr'], LK: ['si'],
};
const PHONE_CODES: Readonly<Record<string, string>> = { AZ: '+994', RU: '+7', UZ: '+998', GE: '+995', TR: '+90', IR: '+98', UA: '+380' };

export interface CaseRun {
  seed: number;
  today: string;
  /** The first day of the ten years. */
  startDay: string;
  persons: readonly SyntheticPerson[];
  /** For each registration, the index of the first registration of the same person, or -1. */
  firstOf: Int32Array;
  roster: Roster;
  vault: IdentityVault;
}

/** Registrations in order, and which earlier one each repeats. */
export function firstRegistrations(persons: readonly SyntheticPerson[]): Int32Array {
  const first = new Map<number, number>();
  const out = new Int32Array(persons.length);
  persons.forEach((person, i) => {
    const earlier = first.get(person.identity);
    if (earlier === undefined) first.set(person.identity, i);
    out[i] = earlier ?? -1;
  });
  return out;
}

/** The body and case worker of registration `i`: drawn by share, a repeat always by another body. */
function ownerOf(run: CaseRun, i: number): { owner: (typeof CASE_OWNERS)[number]; worker: SyntheticUser } {
  const rng = rngFor(run.seed, 'case-owner', i);
  let owner = rng.weighted(Object.fromEntries(CASE_OWNERS.map((o) => [o.key, o.share])));
  const first = run.firstOf[i]!;
  if (first >= 0) {
    const firstOwner = ownerOf(run, first).owner.key;
    if (owner === firstOwner) owner = CASE_OWNERS[(CASE_OWNERS.findIndex((o) => o.key === owner) + 1) % CASE_OWNERS.length]!.key;
  }
  const spec = CASE_OWNERS.find((o) => o.key === owner)!;
  const workers = run.roster.of(spec.key, spec.role);
  if (!workers.length) throw new Error(`No ${spec.role} in ${spec.key}`);
  return { owner: spec, worker: rng.pick(workers) };
}

/** First contact: more cases in later years (as registers fill), in registration order, never after today. */
function contactDay(run: CaseRun, i: number): string {
  const span = daysBetween(run.startDay, run.today);
  const u = (i + 0.5) / run.persons.length;
  return minDay(addDays(run.startDay, Math.floor(span * Math.pow(u, 0.8)) + rngFor(run.seed, 'case-day', i).int(7)), run.today);
}

/** The person as registration `i` recorded them, in the shape of the case input. */
function personInput(rng: Rng, person: SyntheticPerson, contact: string) {
  const citizenships = rng.chance(0.01) ? [] : person.citizenships ?? [];
  const citizen = citizenships[0] ?? null;
  let birthDate = person.birthDate ?? null;
  let estimatedAge: number | null = null;
  if (birthDate && birthDate > contact) birthDate = null;
  if (!birthDate && person.birthYear) estimatedAge = Math.max(0, Number(contact.slice(0, 4)) - person.birthYear - rng.int(2));
  if (!birthDate && person.estimatedAge !== null && person.estimatedAge !== undefined && person.ageRecordedOn) {
    estimatedAge = Math.max(0, Math.min(120, person.estimatedAge + Number(contact.slice(0, 4)) - Number(person.ageRecordedOn.slice(0, 4))));
  }
  const documents = rng.chance(0.45)
    ? [citizen === 'AZ'
        ? rng.chance(0.6)
          ? { kind: 'national_id', number: `AZE${String(10_000_000 + rng.int(89_999_999))}`, country: 'AZ' }
          : { kind: 'passport', number: `C${String(10_000_000 + rng.int(89_999_999))}`, country: 'AZ' }
        : { kind: 'passport', number: `${String.fromCharCode(65 + rng.int(26), 65 + rng.int(26))}${1_000_000 + rng.int(8_999_999)}`, country: citizen }]
    : [];
  const code = PHONE_CODES[citizen ?? 'AZ'] ?? '+994';
  const contacts = rng.chance(0.4) ? [{ kind: 'phone', value: `${code} ${rng.pick(['50', '51', '55', '70', '77', '99'])} ${100 + rng.int(900)} ${pad2(rng.int(100))} ${pad2(rng.int(100))}` }] : [];
  return {
    names: [person.fullName],
    latinName: hasCyrillic(person.fullName) && rng.chance(0.5) ? cyrillicToLatin(person.fullName) : null,
    sex: person.sex ?? 'unknown',
    birthDate,
    estimatedAge,
    citizenships,
    stateless: citizenships.length === 0,
    languages: [...(LANGUAGES[citizen ?? ''] ?? ['az']), ...(citizen === 'AZ' && rng.chance(0.3) ? ['ru'] : [])],
    migrationStatus: citizenships.length === 0 ? 'stateless' : citizen === 'AZ' ? 'citizen' : rng.weighted({ regular: 0.4, irregular: 0.45, unknown: 0.15 }),
    documents,
    contacts,
    address: rng.chance(0.2) ? rng.pick(ADDRESSES) : null,
  };
}

type Status = 'potential' | 'presumed' | 'identified' | 'not_victim';

/** The victim context as finally decided, and the status the case was opened with. */
function victimOf(rng: Rng, run: CaseRun, sex: string, citizen: string | null, born: string | null, contact: string, ownerKey: string) {
  let status: Status = rng.weighted({ identified: 0.45, presumed: 0.3, potential: 0.2, not_victim: 0.05 });
  let decidedOn: string | null = null;
  let openedWith: Status = status;
  if (status === 'identified') {
    // The special police unit decides; some of its own cases it opens already decided.
    const direct = ownerKey === 'iamb' && rng.chance(0.4);
    decidedOn = direct ? contact : addDays(contact, 5 + rng.int(85));
    if (decidedOn > run.today) (status = openedWith = 'presumed'), (decidedOn = null);
    else openedWith = direct ? 'identified' : 'presumed';
  } else if (status === 'not_victim') {
    decidedOn = addDays(contact, 10 + rng.int(50));
    if (decidedOn > run.today) (status = openedWith = 'potential'), (decidedOn = null);
    else openedWith = 'potential';
  }
  const female = sex === 'female';
  const form: string = female
    ? rng.weighted({ SexualExploitation: 0.55, ForcedLabour: 0.3, ForcedMarriage: 0.05, ForcedBegging: 0.04, Servitude: 0.04, Other: 0.02 })
    : rng.weighted({ ForcedLabour: 0.78, ForcedBegging: 0.07, ForcedCriminality: 0.05, SexualExploitation: 0.04, OrganRemoval: 0.03, Other: 0.03 });
  const exploitation = [form, ...(rng.chance(0.06) ? [form === 'ForcedLabour' ? 'Servitude' : 'ForcedLabour'] : [])];
  const destination = citizen && citizen !== 'AZ' ? 'AZ' : rng.weighted(DESTINATIONS);
  const origin = citizen ?? 'AZ';
  let start = addDays(contact, -(30 + rng.int(670)));
  if (born) start = maxDay(start, minDay(addDays(born, 5 * 365), contact));
  const end = minDay(contact, maxDay(start, addDays(contact, -rng.int(20))));
  const recruited = born ? maxDay(addDays(start, -(10 + rng.int(80))), born) : addDays(start, -(10 + rng.int(80)));
  const events = [
    { kind: 'recruitment', country: origin, place: rng.chance(0.6) ? placeIn(rng, origin) : null, dateFrom: recruited, dateTo: null },
    ...(rng.chance(0.2) && destination !== 'AZ' && origin === 'AZ' ? [{ kind: 'transit', country: rng.pick(['GE', 'TR', 'RU'].filter((c) => c !== destination)), place: null, dateFrom: addDays(start, -3), dateTo: addDays(start, -1) }] : []),
    { kind: 'exploitation', country: destination, place: rng.chance(0.8) ? placeIn(rng, destination) : null, dateFrom: start, dateTo: end },
  ];
  const victim = {
    traffickingStatus: status,
    statusDecidedByOrgId: decidedOn ? run.roster.org('iamb').id : null,
    statusDecidedOn: decidedOn,
    exploitation,
    forcedLabourIndustry: exploitation.includes('ForcedLabour') && rng.chance(0.7)
      ? rng.weighted({ F_Construction: 0.3, A_AgricultureForestryAndFishing: 0.2, I_AccommodationAndFoodServiceActivities: 0.2, T_ActivitiesOfHouseholdsAsEmployers: 0.15, C_Manufacturing: 0.15 })
      : null,
    sexExploitation: exploitation.includes('SexualExploitation') ? [rng.chance(0.9) ? 'Prostitution' : 'PrivateSexualServices'] : [],
    recruitmentMethods: some(rng, ['ThroughFriendsOrSocialEvents', 'ThroughOnlineSocialNetworks', 'ThroughEmploymentAgency', 'ThroughFamilyOrFamilyEvents', 'ThroughAnOnlineAdvertisement'], 1 + rng.int(2)),
    controlMethods: some(rng, ['WithholdsDocuments', 'TakesEarnings', 'DebtBondage', 'FalsePromises', 'RestrictsMovement', 'PhysicalThreats', 'PsychologicalAbuse', 'ExcessiveWorkingHours'], 1 + rng.int(3)),
    relationshipToTrafficker: rng.weighted({ acquainted: 0.55, unacquainted: 0.3, familial: 0.15 }),
    transnational: destination !== origin,
    exploitationStartedOn: start,
    events,
  };
  return { victim: victimInput.parse(victim), openedWith, decidedOn };
}

/** The columns `createCase` and `updateVictim` write for a victim context. */
export function victimColumns(victim: VictimInput) {
  return {
    trafficking_status: victim.traffickingStatus,
    status_decided_by_org_id: victim.statusDecidedByOrgId,
    status_decided_on: victim.statusDecidedOn,
    exploitation: victim.exploitation,
    forced_labour_industry: victim.forcedLabourIndustry,
    sex_exploitation: victim.sexExploitation,
    recruitment_methods: victim.recruitmentMethods,
    control_methods: victim.controlMethods,
    relationship_to_trafficker: victim.relationshipToTrafficker,
    transnational: victim.transnational,
    exploitation_started_on: victim.exploitationStartedOn,
  };
}

export function personColumns(person: CreateCaseInput['person'], derived: DerivedPerson) {
  return {
    sex: person.sex,
    birth_year: derived.birthYear,
    estimated_age: person.estimatedAge,
    citizenships: person.citizenships,
    stateless: person.stateless,
    languages: person.languages,
    migration_status: person.migrationStatus,
    disabilities: person.disabilities,
    child_at_identification: derived.childAtIdentification,
    child_at_exploitation: derived.childAtExploitation,
  };
}

/** Rows of every table, as the services write them, collected for a chunk of cases. */
export class CaseRows {
  cases: Record<string, unknown>[] = [];
  persons: Record<string, unknown>[] = [];
  keys: Record<string, unknown>[] = [];
  victims: Record<string, unknown>[] = [];
  history: Record<string, unknown>[] = [];
  events: Record<string, unknown>[] = [];
  consents: Record<string, unknown>[] = [];
  notes: Record<string, unknown>[] = [];
  assessments: Record<string, unknown>[] = [];
  referrals: Record<string, unknown>[] = [];
  perpetrators: Record<string, unknown>[] = [];
  proceedings: Record<string, unknown>[] = [];
  merges: Record<string, unknown>[] = [];
  candidates: Record<string, unknown>[] = [];
  /** Audit entries without the case reference, which the database gives on insert. */
  audit: { caseIndex: number; entry: PendingAudit }[] = [];

  get count(): number {
    return Object.values(this).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  }
}

export interface CreatedCase {
  caseId: string;
  personId: string;
  /** Ids for the events and the note, in input order. */
  eventIds: string[];
  noteId: string;
}

/**
 * What `createCase` writes for `input` by `actor` (except the audit entry and the timestamps,
 * given here): the case, its person with sealed identity and keyed hashes, victim context,
 * status history, events, consents and note.
 */
export function createdCaseRows(rows: CaseRows, vault: IdentityVault, today: string, ids: CreatedCase, actor: { userId: string; organisationId: string }, input: CreateCaseInput, at: Date) {
  const derived = checkCase(today, input.firstContactOn, input.person, input.victim);
  rows.cases.push({
    id: ids.caseId, owner_org_id: actor.organisationId, case_worker_id: actor.userId, identification_channel: input.identificationChannel,
    first_contact_on: input.firstContactOn, created_by: actor.userId, created_at: at, updated_at: at, status: 'active', closure_reason: null, revision: 1,
  });
  rows.persons.push({
    id: ids.personId, case_id: ids.caseId, cluster_id: ids.personId, identity_sealed: sealIdentity(vault, ids.personId, identityOf(input.person)),
    ...personColumns(input.person, derived), revision: 1, updated_at: at,
  });
  for (const key of lookupKeys(vault, { ...input.person, birthYear: derived.birthYear })) rows.keys.push({ person_id: ids.personId, ...key });
  rows.victims.push({ case_id: ids.caseId, ...victimColumns(input.victim), revision: 1 });
  rows.history.push({
    id: idFor(ids.caseId, 'status', 0), case_id: ids.caseId, trafficking_status: input.victim.traffickingStatus, decided_by_org_id: input.victim.statusDecidedByOrgId,
    decided_on: input.victim.statusDecidedOn, recorded_by: actor.userId, recorded_at: at,
  });
  input.victim.events.forEach((event, k) => {
    const id = ids.eventIds[k]!;
    rows.events.push({ id, case_id: ids.caseId, kind: event.kind, country: event.country, place_sealed: event.place ? vault.seal(event.place, `event:${id}`) : null, date_from: event.dateFrom, date_to: event.dateTo });
  });
  for (const consent of input.consents) {
    rows.consents.push({ id: idFor(ids.caseId, 'consent', consent.purpose), case_id: ids.caseId, purpose: consent.purpose, given: consent.given, recorded_on: consent.recordedOn, recorded_by: actor.userId, recorded_at: at });
  }
  if (input.note) rows.notes.push({ id: ids.noteId, case_id: ids.caseId, part: input.note.part, body_sealed: vault.seal(input.note.body, `note:${ids.noteId}`), created_by: actor.userId, created_at: at });
  return derived;
}

const NOTE_PART: Readonly<Record<string, CasePart>> = { police_investigator: 'investigation', hotline_operator: 'hotline', shelter_worker: 'services', ngo_partner: 'services', frontline_officer: 'victim' };

/** A moment between `from` and `to` (days), never after today. */
const momentIn = (rng: Rng, from: string, days: number, today: string) => workingMoment(rng, minDay(addDays(from, rng.int(Math.max(1, days))), today));

function comparable(person: Record<string, unknown>, names: string[], birthDate: string | null, contact: string): Person {
  return {
    fullName: names[0]!, sex: person.sex as Person['sex'], birthDate, birthYear: person.birth_year as number | null,
    estimatedAge: person.estimated_age as number | null, ageRecordedOn: contact, citizenships: person.citizenships as string[],
  };
}

/** Everything about registration `i`, added to `rows`. */
export function planCase(run: CaseRun, i: number, rows: CaseRows) {
  const rng = rngFor(run.seed, 'case', i);
  const { owner, worker } = ownerOf(run, i);
  const contact = contactDay(run, i);
  const caseId = idFor(run.seed, 'case', i);
  const personId = idFor(run.seed, 'person', i);
  const createdAt = momentIn(rng, contact, 4, run.today);
  const createdDay = createdAt.toISOString().slice(0, 10) > run.today ? run.today : createdAt.toISOString().slice(0, 10);
  const person = personInput(rngFor(run.seed, 'case-person', i), run.persons[i]!, contact);
  const { victim, openedWith, decidedOn } = victimOf(rng, run, person.sex, person.citizenships[0] ?? null, person.birthDate, contact, owner.key);
  const opened = { ...victim, traffickingStatus: openedWith, statusDecidedOn: openedWith === victim.traffickingStatus ? victim.statusDecidedOn : null, statusDecidedByOrgId: openedWith === victim.traffickingStatus ? victim.statusDecidedByOrgId : null };
  const notePart = NOTE_PART[owner.role]!;
  const input = createCaseInput.parse({
    identificationChannel: rng.weighted(owner.channels),
    firstContactOn: contact,
    person,
    victim: opened,
    consents: [
      { purpose: 'data_processing', given: rng.chance(0.95), recordedOn: contact },
      ...(rng.chance(0.7) ? [{ purpose: 'sharing_with_bodies', given: true, recordedOn: contact }] : []),
      ...(rng.chance(0.5) ? [{ purpose: 'statistics', given: true, recordedOn: contact }] : []),
    ],
    note: rng.chance(0.5) ? { part: notePart, body: noteText(rng, notePart) } : null,
  });
  const ids: CreatedCase = { caseId, personId, eventIds: input.victim.events.map((_, k) => idFor(run.seed, 'event', i, k)), noteId: idFor(run.seed, 'note', i, 0) };
  createdCaseRows(rows, run.vault, run.today, ids, { userId: worker.id, organisationId: worker.organisationId }, input, createdAt);
  const caseRow = rows.cases.at(-1)!;
  const personRow = rows.persons.at(-1)!;
  const victimRow = rows.victims.at(-1)!;
  const audit = (user: SyntheticUser, at: Date, action: string, details: Record<string, unknown> = {}) => rows.audit.push({ caseIndex: i, entry: auditOf(rng, user, at, action, 'case', caseId, details) });
  audit(worker, createdAt, 'case.create', { channel: input.identificationChannel });
  const colleagues = run.roster.of(owner.key, owner.role);
  const lifetime = Math.max(1, Math.min(400, daysBetween(createdDay, run.today)));
  let revision = 1;

  // The status decided later (identified, or found not to be a victim): `updateVictim`.
  if (victim.traffickingStatus !== openedWith && decidedOn) {
    const at = workingMoment(rng, decidedOn < createdDay ? createdDay : decidedOn);
    const derived = checkCase(run.today, contact, { birthDate: person.birthDate, estimatedAge: input.person.estimatedAge, childAtIdentification: null }, victim);
    Object.assign(victimRow, victimColumns(victim), { revision: 2 });
    personRow.child_at_identification = derived.childAtIdentification;
    personRow.child_at_exploitation = derived.childAtExploitation;
    rows.history.push({ id: idFor(caseId, 'status', 1), case_id: caseId, trafficking_status: victim.traffickingStatus, decided_by_org_id: victim.statusDecidedByOrgId, decided_on: victim.statusDecidedOn, recorded_by: worker.id, recorded_at: at });
    audit(worker, at, 'case.update', { part: 'victim', traffickingStatus: victim.traffickingStatus });
  }

  // Views and list views by the owner's workers over the case's active life.
  const parts = [...casePartsOf(owner.role)];
  for (let v = around(rng, 2); v > 0; v -= 1) audit(rng.pick(colleagues), momentIn(rng, createdDay, lifetime, run.today), 'case.view', { parts });
  for (let v = around(rng, 2); v > 0; v -= 1) audit(rng.pick(colleagues), momentIn(rng, createdDay, lifetime, run.today), 'case.list_view', { searched: rng.chance(0.2) });

  // A later note, an assessment.
  if (rng.chance(0.2)) {
    const noteId = idFor(run.seed, 'note', i, 1);
    const at = momentIn(rng, createdDay, lifetime, run.today);
    rows.notes.push({ id: noteId, case_id: caseId, part: notePart, body_sealed: run.vault.seal(noteText(rng, notePart), `note:${noteId}`), created_by: worker.id, created_at: at });
    audit(worker, at, 'case.note', { part: notePart, noteId });
  }
  if ((owner.role === 'shelter_worker' || owner.role === 'ngo_partner') && rng.chance(0.5)) {
    const id = idFor(run.seed, 'assessment', i);
    const at = momentIn(rng, createdDay, 30, run.today);
    const kind = rng.chance(0.7) ? 'needs' : 'risk';
    const level = rng.weighted({ low: 0.3, medium: 0.5, high: 0.2 });
    rows.assessments.push({ id, case_id: caseId, kind, assessed_on: at.toISOString().slice(0, 10) > run.today ? run.today : at.toISOString().slice(0, 10), level, body_sealed: run.vault.seal(rng.pick(ASSESSMENT_TEXT), `assessment:${id}`), recorded_by: worker.id, recorded_at: at });
    audit(worker, at, 'case.assessment', { kind, level });
  }

  // The case's course: closed, referred on, followed up.
  const old = daysBetween(createdDay, run.today) > 365;
  const status = old ? rng.weighted({ closed: 0.55, closed_referred: 0.15, follow_up: 0.15, active: 0.15 }) : rng.weighted({ active: 0.7, follow_up: 0.2, closed: 0.1 });

  // A referral to another body, which accepts it and, once the case is over, completes it.
  const targets = REFERRALS[owner.key] ?? [];
  if (targets.length && (status === 'closed_referred' || rng.chance(0.3))) {
    const [toKey, referralParts] = rng.pick(targets);
    const to = run.roster.org(toKey);
    const receiverRole = CASE_OWNERS.find((o) => o.key === toKey)?.role ?? 'ngo_partner';
    const receiver = rng.pick(run.roster.of(toKey, receiverRole));
    const id = idFor(run.seed, 'referral', i);
    const at = momentIn(rng, createdDay, 20, run.today);
    const outcome = status === 'active' || status === 'follow_up' ? rng.weighted({ sent: 0.3, accepted: 0.7 }) : rng.weighted({ completed: 0.8, declined: 0.1, withdrawn: 0.1 });
    const decidedAt = new Date(Math.min(at.getTime() + (1 + rng.int(10)) * 86_400_000, Date.parse(`${run.today}T23:00:00Z`)));
    const endedAt = new Date(Math.min(decidedAt.getTime() + (10 + rng.int(200)) * 86_400_000, Date.parse(`${run.today}T23:00:00Z`)));
    const reason = rng.pick(REFERRAL_REASONS);
    const accepted = outcome === 'accepted' || outcome === 'completed';
    rows.referrals.push({
      id, case_id: caseId, from_org_id: worker.organisationId, to_org_id: to.id, status: outcome, parts: referralParts, reason, created_by: worker.id, created_at: at,
      closed_at: outcome === 'completed' ? endedAt : outcome === 'declined' || outcome === 'withdrawn' ? decidedAt : null,
      // Written where the table has them (the referral workflow's columns).
      accepted_at: accepted ? decidedAt : null, accepted_by: accepted ? receiver.id : null,
      closed_by: outcome === 'completed' || outcome === 'declined' ? receiver.id : outcome === 'withdrawn' ? worker.id : null,
    });
    audit(worker, at, 'case.refer', { referralId: id, toOrgId: to.id, parts: referralParts });
    if (outcome === 'withdrawn') audit(worker, decidedAt, 'referral.withdrawn', { referralId: id });
    if (outcome === 'declined') audit(receiver, decidedAt, 'referral.declined', { referralId: id });
    if (outcome === 'accepted' || outcome === 'completed') {
      audit(receiver, decidedAt, 'referral.accepted', { referralId: id });
      for (let v = around(rng, 1.5); v > 0; v -= 1) audit(receiver, momentIn(rng, decidedAt.toISOString().slice(0, 10), 60, run.today), 'case.view', { parts: referralParts.filter((p) => casePartsOf(receiverRole).includes(p)) });
    }
    if (outcome === 'completed') audit(receiver, endedAt, 'referral.completed', { referralId: id });
  }
  if (status !== 'active') {
    const at = momentIn(rng, addDays(createdDay, 60), Math.max(1, Math.min(500, daysBetween(addDays(createdDay, 60), run.today))), run.today);
    revision += 1;
    Object.assign(caseRow, { status, closure_reason: status === 'closed' || status === 'closed_referred' ? rng.pick(CLOSURE_REASONS) : null, revision, updated_at: at });
    audit(worker, at, 'case.update', { part: 'header', status });
  }

  // Criminal proceedings for identified victims, recorded by the special police unit, with the perpetrators.
  if (victim.traffickingStatus === 'identified' && decidedOn && rng.chance(0.4)) {
    const investigator = rng.pick(run.roster.of('iamb', 'police_investigator'));
    const openedOn = minDay(addDays(decidedOn, rng.int(30)), run.today);
    const age = daysBetween(openedOn, run.today);
    const stage = age > 900 ? rng.weighted({ verdict: 0.6, appeal: 0.1, closed: 0.3 }) : age > 300 ? rng.weighted({ trial: 0.4, verdict: 0.3, indictment: 0.2, closed: 0.1 }) : rng.weighted({ preliminary_investigation: 0.7, indictment: 0.3 });
    const defendants = Array.from({ length: 1 + rng.int(3) }, () => {
      const convicted = (stage === 'verdict' || stage === 'appeal') && rng.chance(0.85);
      return { sex: rng.chance(0.7) ? 'male' : 'female', citizenship: rng.chance(0.8) ? 'AZ' : rng.pick(['TR', 'RU', 'AE', 'GE']), convicted, sentenceMonths: convicted ? 24 + rng.int(120) : null };
    });
    const at = workingMoment(rng, openedOn);
    const proceedingId = idFor(run.seed, 'proceeding', i);
    rows.proceedings.push({
      id: proceedingId, case_id: caseId, number: `${openedOn.slice(2, 4)}${String(rngFor(run.seed, 'proceeding-number', i).int(10_000_000)).padStart(7, '0')}`,
      article: rng.weighted({ '144-1.1': 0.45, '144-1.2.1': 0.15, '144-1.2.2': 0.15, '144-1.2.4': 0.1, '144-2': 0.15 }), stage,
      defendants: JSON.stringify(defendants), proceeds_traced: rng.chance(0.3) ? (1 + rng.int(200)) * 100 : null, proceeds_confiscated: null,
      compensation_ordered: stage === 'verdict' && rng.chance(0.3) ? (1 + rng.int(100)) * 100 : null, currency: 'AZN', opened_on: openedOn, revision: 1,
    });
    audit(investigator, at, 'case.proceeding', { stage, proceedingId: null });
    defendants.forEach((d, k) => {
      const id = idFor(run.seed, 'perpetrator', i, k);
      const name = run.persons[(i * 7 + k * 13 + 1) % run.persons.length]!.fullName;
      rows.perpetrators.push({ id, case_id: caseId, roles: [rng.pick(['RecruiterOrIntermediary', 'Exploiter', 'Transporter', 'Other'])], sex: d.sex, citizenship: d.citizenship, identity_sealed: rng.chance(0.7) ? run.vault.seal(name, `perpetrator:${id}`) : null });
      audit(investigator, new Date(at.getTime() + (k + 1) * 60_000), 'case.perpetrator', { perpetratorId: id });
    });
  }

  // A repeat registration: found as a candidate when recorded; merged by its owner, dismissed, or still open.
  const first = run.firstOf[i]!;
  if (first >= 0) {
    const score = scorePersons(comparable(personRow, person.names, person.birthDate, contact), firstPerson(run, first)).score;
    if (score >= CANDIDATE_SCORE) {
      const firstPersonId = idFor(run.seed, 'person', first);
      const fate = rng.weighted({ merged: 0.55, open: 0.3, dismissed: 0.15 });
      const decidedAt = momentIn(rng, createdDay, 30, run.today);
      const decided = fate === 'open' ? { decided_by: null, decided_at: null } : { decided_by: worker.id, decided_at: decidedAt };
      for (const [a, b] of [[personId, firstPersonId], [firstPersonId, personId]] as const) {
        rows.candidates.push({ person_id: a, other_person_id: b, score, status: fate, found_at: createdAt, ...decided });
      }
      if (fate === 'merged') {
        const mergeId = idFor(run.seed, 'merge', i);
        personRow.cluster_id = firstPersonId;
        rows.merges.push({ id: mergeId, person_id: personId, from_cluster: personId, to_cluster: firstPersonId, moved: [personId], score, merged_by: worker.id, merged_at: decidedAt });
        audit(worker, decidedAt, 'case.merge', { mergeId, otherPersonId: firstPersonId, score });
      } else if (fate === 'dismissed') {
        audit(worker, decidedAt, 'case.duplicate_dismissed', { otherPersonId: firstPersonId });
      }
    }
  }
}

/** The first registration of a person as the look-up compares it. */
function firstPerson(run: CaseRun, first: number): Person {
  const contact = contactDay(run, first);
  const person = personInput(rngFor(run.seed, 'case-person', first), run.persons[first]!, contact);
  const birthYear = person.birthDate ? Number(person.birthDate.slice(0, 4)) : null;
  return { fullName: person.names[0]!, sex: person.sex as Person['sex'], birthDate: person.birthDate, birthYear, estimatedAge: person.estimatedAge, ageRecordedOn: contact, citizenships: person.citizenships };
}

const BATCH_PARAMS = 30_000;
const columnCache = new WeakMap<object, Map<string, Set<string>>>();

/** The columns a table has in this database: rows keep only those, so the writer follows the schema as it grows. */
async function columnsOf(tx: Tx, table: string): Promise<Set<string>> {
  const key = (tx as unknown as { getExecutor(): object }).getExecutor?.() ?? tx;
  let tables = columnCache.get(key);
  if (!tables) columnCache.set(key, (tables = new Map()));
  let columns = tables.get(table);
  if (!columns) {
    const { rows } = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table}`.execute(tx);
    tables.set(table, (columns = new Set(rows.map((r) => r.column_name))));
  }
  return columns;
}

async function insertRows(tx: Tx, table: string, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const columns = await columnsOf(tx, table);
  const kept = Object.keys(rows[0]!).filter((c) => columns.has(c));
  const shaped = rows.map((row) => Object.fromEntries(kept.map((c) => [c, row[c]])));
  const batch = Math.max(1, Math.floor(BATCH_PARAMS / kept.length));
  for (let i = 0; i < shaped.length; i += batch) await tx.insertInto(table as never).values(shaped.slice(i, i + batch) as never).execute();
}

/** Writes a chunk of cases in dependency order; returns the audit entries with each case's reference. */
export async function writeCaseRows(tx: Tx, rows: CaseRows): Promise<PendingAudit[]> {
  const references = new Map<string, string>();
  const batch = Math.floor(BATCH_PARAMS / 11);
  for (let i = 0; i < rows.cases.length; i += batch) {
    const inserted = await tx.insertInto('cases').values(rows.cases.slice(i, i + batch) as never).returning(['id', 'reference']).execute();
    for (const row of inserted) references.set(row.id, row.reference);
  }
  await insertRows(tx, 'persons', rows.persons);
  await insertRows(tx, 'person_keys', rows.keys);
  await insertRows(tx, 'victim_contexts', rows.victims);
  await insertRows(tx, 'victim_status_history', rows.history);
  await insertRows(tx, 'trafficking_events', rows.events);
  await insertRows(tx, 'case_consents', rows.consents);
  await insertRows(tx, 'case_notes', rows.notes);
  await insertRows(tx, 'case_assessments', rows.assessments);
  await insertRows(tx, 'case_referrals', rows.referrals.map((r) => ({ ...r, case_reference: references.get(r.case_id as string) })));
  await insertRows(tx, 'perpetrators', rows.perpetrators);
  await insertRows(tx, 'proceedings', rows.proceedings);
  await insertRows(tx, 'person_merges', rows.merges);
  await insertRows(tx, 'duplicate_candidates', rows.candidates);
  return rows.audit.map(({ entry }) => (entry.action === 'case.create' ? { ...entry, details: { reference: references.get(entry.record_id!), ...entry.details } } : entry));
}
