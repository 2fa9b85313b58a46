import { ROLES, type Role } from '../../../common/src/roles.js';
import { caseInput } from '../cases/case-factories.js';
import { seedPlans } from '../seed/plans.js';
import { seedOrganisations } from '../seed/seed.js';
import { makeOrganisation } from '../test/factories.js';
import type { Client, TestApp } from '../test/test-app.js';

export type RoleClient = Awaited<ReturnType<TestApp['as']>>;

/**
 * A small country for hostile-input tests: the real organisations and the 2020–2024 plan, one
 * user of every role in the body it would work in, an open reporting period with the entries of
 * the State Migration Service, and a victim's case owned by a frontline body.
 */
export interface World {
  t: TestApp;
  as: Record<Role, RoleClient>;
  org: { coordinator: string; dmx: string; police: string; frontline: string; shelter: string; hotline: string; ngo: string; ombudsman: string };
  planId: string;
  measureIds: string[];
  periodId: string;
  /** The State Migration Service's entries of the period, which its focal point and head may edit. */
  entryIds: string[];
  caseId: string;
}

const organisationByKey = async (t: TestApp, key: string) =>
  (await t.db.owner.selectFrom('organisations').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;

export async function buildWorld(t: TestApp): Promise<World> {
  await seedOrganisations(t.db);
  await seedPlans(t.db);
  const org = {
    coordinator: await organisationByKey(t, 'national_coordinator'),
    dmx: await organisationByKey(t, 'dmx'),
    police: await organisationByKey(t, 'iamb'),
    frontline: (await makeOrganisation(t.db, { kind: 'state_service' })).id,
    shelter: (await makeOrganisation(t.db, { kind: 'state_service' })).id,
    hotline: (await makeOrganisation(t.db, { kind: 'ngo' })).id,
    ngo: (await makeOrganisation(t.db, { kind: 'ngo' })).id,
    ombudsman: await organisationByKey(t, 'ombudsman'),
  };
  const home: Record<Role, string> = {
    national_coordinator: org.coordinator,
    secretariat: org.coordinator,
    agency_focal_point: org.dmx,
    agency_head: org.dmx,
    frontline_officer: org.frontline,
    police_investigator: org.police,
    police_supervisor: org.police,
    shelter_worker: org.shelter,
    hotline_operator: org.hotline,
    ngo_partner: org.ngo,
    oversight_reader: org.ombudsman,
    admin: org.coordinator,
  };
  const as = {} as Record<Role, RoleClient>;
  for (const role of ROLES) as[role] = await t.as(role, home[role]);

  const planId = (await t.db.owner.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  const measureIds = (await t.db.owner.selectFrom('measures').select('id').where('plan_id', '=', planId).orderBy('code').execute()).map((m) => m.id);
  const period = await as.secretariat.post('/api/report-periods', { planId, kind: 'year', year: 2022, dueOn: '2099-01-31' });
  if (period.statusCode !== 201) throw new Error(`period: ${period.body}`);
  const periodId: string = period.json().id;
  const entries = await as.agency_focal_point.get(`/api/report-entries?periodId=${periodId}&mine=true&pageSize=200`);
  const entryIds: string[] = entries.json().items.map((e: { id: string }) => e.id);
  const created = await as.frontline_officer.post('/api/cases', caseInput());
  if (created.statusCode !== 201) throw new Error(`case: ${created.body}`);
  return { t, as, org, planId, measureIds, periodId, entryIds, caseId: created.json().id };
}

/** Writes an entry and takes it through submission and acceptance, so that it is in the consolidated report. */
export async function acceptedEntry(world: World, entryId: string, content: { narrative: string; activities?: object[]; figures?: object[]; needs?: object[] }) {
  const { as } = world;
  const current = (await as.agency_head.get(`/api/report-entries/${entryId}`)).json();
  const saved = await as.agency_head.put(`/api/report-entries/${entryId}`, { revision: current.revision, status: 'done', activities: [], figures: [], needs: [], ...content });
  if (saved.statusCode !== 200) throw new Error(`entry: ${saved.body}`);
  const submitted = await as.agency_head.post(`/api/report-entries/${entryId}/submit`);
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.body}`);
  const reviewed = await as.secretariat.post(`/api/report-entries/${entryId}/review`, { decision: 'accept' });
  if (reviewed.statusCode !== 200) throw new Error(`review: ${reviewed.body}`);
}

/** A raw upload, as the web client sends files. */
export function upload(client: Client, url: string, bytes: Buffer) {
  return client.request({ method: 'POST', url, payload: bytes, headers: { 'content-type': 'application/octet-stream' } });
}
