import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp } from '../test/test-app.js';
import { makeOrganisation } from '../test/factories.js';
import { caseInput, makeUnifiedDatabaseHolder } from './case-factories.js';

const t = await createTestApp();
const migration = await makeOrganisation(t.db, { shortName: 'DMX' });
const police = await makeUnifiedDatabaseHolder(t.db);
const shelterOrg = await makeOrganisation(t.db, { shortName: 'YM', kind: 'agency' });
const otherBody = await makeOrganisation(t.db, { shortName: 'DSX' });

const officer = await t.as('frontline_officer', migration.id);
const investigator = await t.as('police_investigator', police.id);
const shelter = await t.as('shelter_worker', shelterOrg.id);
const stranger = await t.as('frontline_officer', otherBody.id);
const coordinator = await t.as('national_coordinator');

async function newCase(overrides = {}) {
  const response = await officer.post('/api/cases', caseInput(overrides));
  assert.equal(response.statusCode, 201, response.body);
  return response.json() as { id: string; reference: string };
}

const caseCount = async () => (await sql<{ n: number }>`select count(*)::int as n from cases`.execute(t.db.owner)).rows[0]!.n;

describe('recording a presumed victim', () => {
  test('the owner sees identity and victim context, not the investigation; the view is audited', async () => {
    const { id, reference } = await newCase();
    assert.match(reference, /^İA-\d{6}$/);
    const response = await officer.get(`/api/cases/${id}`);
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.deepEqual(body.identity.names, ['Məmmədova Aysel Vüqar qızı']);
    assert.equal(body.identity.childAtIdentification, false);
    assert.deepEqual(body.victim.exploitation, ['ForcedLabour']);
    assert.equal(body.victim.events[0].place, 'Antalya');
    assert.equal(body.investigation, null);
    assert.equal(body.services, null);
    const views = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'case.view' and record_id = ${id}`.execute(t.db.owner);
    assert.equal(views.rows[0]!.n, 1);
    await officer.get('/api/cases');
    const listed = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'case.list_view' and record_id = ${id}`.execute(t.db.owner);
    assert.equal(listed.rows[0]!.n, 1, 'a name shown in a list is a view too');
  });

  test('the special police unit sees it with the investigation, and finds it by a name in another script', async () => {
    const { id } = await newCase();
    const body = (await investigator.get(`/api/cases/${id}`)).json();
    assert.ok(body.identity && body.victim && body.investigation);
    assert.equal(body.services, null, 'shelter life is not the investigation\'s business');
    const found = (await investigator.get(`/api/cases?q=${encodeURIComponent('Мамедова Айсель')}`)).json();
    assert.ok(found.items.some((item: { id: string }) => item.id === id));
  });

  test('the list finds a person by one name word alone, in another script', async () => {
    const { id } = await newCase({ person: { names: ['Qurbanova Səbinə Elçin qızı'], latinName: null, birthDate: '1991-02-03' } });
    for (const q of ['Гурбанова', 'Qurbanova', 'Сабина']) {
      const found = (await investigator.get(`/api/cases?q=${encodeURIComponent(q)}`)).json();
      assert.ok(found.items.some((item: { id: string }) => item.id === id), q);
    }
    const patronymic = (await investigator.get(`/api/cases?q=${encodeURIComponent('Elçin')}`)).json();
    assert.ok(!patronymic.items.some((item: { id: string }) => item.id === id), 'the father\'s name alone is not her name');
  });

  test('the case shows its closure reason, and which bodies a referral runs between', async () => {
    const { id } = await newCase();
    const current = (await officer.get(`/api/cases/${id}`)).json();
    const closed = await officer.put(`/api/cases/${id}`, { revision: current.revision, status: 'closed', closureReason: 'Ölkəni tərk edib', identificationChannel: 'migration', firstContactOn: current.firstContactOn });
    assert.equal(closed.statusCode, 200, closed.body);
    await officer.post(`/api/cases/${id}/referrals`, { toOrgId: shelterOrg.id, parts: ['identity', 'services'], reason: 'Sığınacaq', sharingBasis: 'legal_obligation', legalGround: 'İnsan alverinə qarşı mübarizə haqqında Qanun, maddə 13' });
    const body = (await officer.get(`/api/cases/${id}`)).json();
    assert.equal(body.closureReason, 'Ölkəni tərk edib');
    assert.equal(body.referrals[0].fromOrgId, migration.id);
    assert.equal(body.referrals[0].toOrgId, shelterOrg.id);
  });

  test('another body does not learn that the case exists', async () => {
    const { id } = await newCase();
    assert.equal((await stranger.get(`/api/cases/${id}`)).statusCode, 404);
    const list = (await stranger.get('/api/cases')).json();
    assert.ok(!list.items.some((item: { id: string }) => item.id === id));
    assert.equal((await stranger.post(`/api/cases/${id}/notes`, { part: 'victim', body: 'x' })).statusCode, 404);
  });

  test('the Coordinator sees statistics only, never records', async () => {
    const { id } = await newCase();
    assert.equal((await coordinator.get('/api/cases')).statusCode, 403);
    assert.equal((await coordinator.get(`/api/cases/${id}`)).statusCode, 403);
  });

  test('identities are sealed at rest', async () => {
    const { id } = await newCase();
    const rows = await sql<{ row: string }>`select row_to_json(p)::text as row from persons p where case_id = ${id}`.execute(t.db.owner);
    assert.ok(!rows.rows[0]!.row.includes('Aysel'));
    assert.ok(!rows.rows[0]!.row.includes('1998-05-02'));
    const events = await sql<{ row: string }>`select row_to_json(e)::text as row from trafficking_events e where case_id = ${id}`.execute(t.db.owner);
    assert.ok(!events.rows[0]!.row.includes('Antalya'));
  });
});

describe('referral', () => {
  test('a shelter sees the parts it was sent while the referral is open, and nothing after', async () => {
    const { id } = await newCase();
    const sent = await officer.post(`/api/cases/${id}/referrals`, { toOrgId: shelterOrg.id, parts: ['identity', 'services', 'safety', 'investigation'], reason: 'Sığınacaq lazımdır', sharingBasis: 'legal_obligation', legalGround: 'İnsan alverinə qarşı mübarizə haqqında Qanun, maddə 13' });
    assert.equal(sent.statusCode, 201, sent.body);
    const seen = (await shelter.get(`/api/cases/${id}`)).json();
    assert.ok(seen.identity);
    assert.equal(seen.victim, null, 'not named in the referral');
    assert.equal(seen.investigation, null, 'named, but not a shelter\'s part');
    assert.equal((await shelter.post(`/api/cases/${id}/notes`, { part: 'safety', body: 'Otaq 4' })).statusCode, 201);
    assert.equal((await shelter.post(`/api/cases/${id}/notes`, { part: 'investigation', body: 'x' })).statusCode, 403);
    assert.equal((await officer.post(`/api/case-referrals/${sent.json().id}/status`, { status: 'withdrawn' })).statusCode, 200);
    assert.equal((await shelter.get(`/api/cases/${id}`)).statusCode, 404);
  });
});

describe('bad input', () => {
  test('a birth after the first contact, unknown codes, a contradicting child flag and an oversized note are refused whole', async () => {
    const before = await caseCount();
    const bornLater = await officer.post('/api/cases', caseInput({ person: { birthDate: '2026-04-01' } }), { 'accept-language': 'az' });
    assert.equal(bornLater.statusCode, 400);
    assert.ok(bornLater.json().errors.some((e: { path: string; message: string }) => e.path === 'person.birthDate' && /Doğum tarixi/.test(e.message)));
    assert.equal((await officer.post('/api/cases', caseInput({ victim: { exploitation: ['Smuggling'] as never } }))).statusCode, 400);
    const childAdult = await officer.post('/api/cases', caseInput({ person: { birthDate: '2012-01-01', childAtIdentification: false } }));
    assert.equal(childAdult.statusCode, 400);
    assert.ok(childAdult.json().errors.some((e: { path: string }) => e.path === 'person.childAtIdentification'));
    assert.equal((await officer.post('/api/cases', { ...caseInput(), note: { part: 'victim', body: 'x'.repeat(10_001) } })).statusCode, 400);
    assert.equal((await officer.post('/api/cases', caseInput({ person: { citizenships: ['QQ'] } }))).statusCode, 400);
    assert.equal(await caseCount(), before);
  });

  test('a child is flagged from the birth date, at identification and at exploitation', async () => {
    const { id } = await newCase({ person: { birthDate: '2008-01-10' }, victim: { exploitationStartedOn: '2025-06-01' } });
    const body = (await officer.get(`/api/cases/${id}`)).json();
    assert.equal(body.identity.childAtIdentification, false);
    assert.equal(body.identity.childAtExploitation, true);
  });

  test('two people saving the same version: the second gets a conflict, nothing is overwritten', async () => {
    const { id } = await newCase();
    const current = (await officer.get(`/api/cases/${id}`)).json();
    // The read shape carries more than the write takes; the server ignores what it does not take.
    const person = { ...current.identity, names: ['Məmmədova Aysel'], childAtIdentification: null };
    const first = await officer.put(`/api/cases/${id}/person`, { revision: current.identity.revision, person });
    assert.equal(first.statusCode, 200, first.body);
    const second = await investigator.put(`/api/cases/${id}/person`, { revision: current.identity.revision, person: { ...person, names: ['Other'] } });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().code, 'CASE_CONFLICT');
    assert.deepEqual((await officer.get(`/api/cases/${id}`)).json().identity.names, ['Məmmədova Aysel']);
  });

  test('a change of status is kept in the history', async () => {
    const { id } = await newCase();
    const current = (await investigator.get(`/api/cases/${id}`)).json();
    const { revision, ...victim } = current.victim;
    assert.equal(victim.statusHistory.length, 1);
    const response = await investigator.put(`/api/cases/${id}/victim`, { revision, victim: { ...victim, traffickingStatus: 'identified', statusDecidedByOrgId: police.id, statusDecidedOn: '2026-03-20' } });
    assert.equal(response.statusCode, 200, response.body);
    const after = (await investigator.get(`/api/cases/${id}`)).json();
    assert.deepEqual(after.victim.statusHistory.map((h: { traffickingStatus: string }) => h.traffickingStatus), ['presumed', 'identified']);
  });
});

describe('the case list', () => {
  type Client = typeof officer;
  type Item = { id: string; traffickingStatus: string; createdAt: string };
  // Every page of a list, two at a time, with the total each page reported.
  async function everyPage(client: Client, query: string) {
    const items: Item[] = [];
    const totals = new Set<number>();
    for (let page = 1; ; page += 1) {
      const body = (await client.get(`/api/cases?${query}&page=${page}&pageSize=2`)).json() as { items: Item[]; total: number };
      totals.add(body.total);
      items.push(...body.items);
      if (body.items.length < 2) break;
    }
    assert.equal(totals.size, 1, 'every page reports the same total');
    return { items, total: [...totals][0]! };
  }

  test('its pages and their total agree, filtered or not, for the owner and for a body a case was referred to', async () => {
    const made = [await newCase(), await newCase(), await newCase({ victim: { traffickingStatus: 'identified', statusDecidedByOrgId: police.id, statusDecidedOn: '2026-03-20' } })];
    const own = await everyPage(officer, 'owner=mine');
    assert.equal(own.items.length, own.total);
    assert.equal(new Set(own.items.map((item) => item.id)).size, own.total, 'no case on two pages');
    assert.ok(made.every(({ id }) => own.items.some((item) => item.id === id)));
    const times = own.items.map((item) => item.createdAt);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    const identified = await everyPage(officer, 'owner=mine&traffickingStatus=identified');
    assert.equal(identified.total, own.items.filter((item) => item.traffickingStatus === 'identified').length);
    assert.ok(identified.items.every((item) => item.traffickingStatus === 'identified') && identified.items.some((item) => item.id === made[2]!.id));

    const before = await everyPage(shelter, 'status=active');
    assert.ok(!before.items.some((item) => item.id === made[0]!.id));
    const sent = await officer.post(`/api/cases/${made[0]!.id}/referrals`, { toOrgId: shelterOrg.id, parts: ['identity', 'services'], reason: 'Sığınacaq', sharingBasis: 'legal_obligation', legalGround: 'İnsan alverinə qarşı mübarizə haqqında Qanun, maddə 13' });
    assert.equal(sent.statusCode, 201, sent.body);
    const after = await everyPage(shelter, 'status=active');
    assert.equal(after.total, before.total + 1, 'the referred case is counted where it is shown');
    assert.ok(after.items.some((item) => item.id === made[0]!.id));
    assert.equal((await everyPage(stranger, 'owner=others')).total, 0, 'a body with no way in counts nothing');
  });
});
