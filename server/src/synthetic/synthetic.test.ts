import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { verifyAuditChain } from '../audit/verify.js';
import { createCase } from '../cases/cases.service.js';
import { createCaseInput } from '../cases/case-input.js';
import { openIdentity } from '../cases/identity.js';
import { inTransaction, type Database } from '../db/database.js';
import type { Actor } from '../policies/policy.js';
import { createTestApp } from '../test/test-app.js';
import { createTestDatabase } from '../test/test-database.js';
import { CaseRows, createdCaseRows, writeCaseRows } from './cases.js';
import { seedSynthetic, syntheticCounts } from './generate.js';
import { idFor } from './random.js';

// About 100 cases; the ten years of reporting are there at any scale.
const SCALE = 0.0005;
const options = { scale: SCALE, seed: 7, today: '2026-11-01', demo: false, log: null };

const t = await createTestApp();
const straight = await seedSynthetic(t.ctx, options);

/** Every person's names, in case order, opened with the vault: what the application shows. */
async function names(db: Database) {
  const rows = await sql<{ id: string; identity_sealed: string }>`select p.id, p.identity_sealed from persons p join cases c on c.id = p.case_id order by c.number`.execute(db.owner);
  return rows.rows.map((row) => openIdentity(t.ctx.vault, row.id, row.identity_sealed).names.join(' / '));
}

const straightCounts = await syntheticCounts(t.db);
const straightNames = await names(t.db);

describe('synthetic data', () => {
  test('a run writes ten years of reporting, cases with their records, and a verifiable audit trail', async () => {
    assert.equal(straight.completed, true);
    const counts = straightCounts;
    assert.equal(counts.cases, 100);
    assert.equal(counts.persons, 100);
    assert.equal(counts.reporting_periods, 20, 'a half-year and a year for each of ten years');
    assert.ok(counts.report_entries! > 1000 && counts.report_entry_events! > 1000);
    assert.ok(counts.person_keys! > 300 && counts.victim_contexts === 100 && counts.case_referrals! > 5 && counts.proceedings! > 0);
    assert.ok(counts.audit_log! > 10_000);
    assert.deepEqual((await verifyAuditChain(t.db)).problems, []);
    const years = await sql<{ y: number }>`select distinct year as y from reporting_periods order by 1`.execute(t.db.owner);
    assert.deepEqual(years.rows.map((r) => Number(r.y)), [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const open = await sql<{ n: number }>`select count(*)::int as n from reporting_periods where status = 'open'`.execute(t.db.owner);
    assert.ok(open.rows[0]!.n >= 1, 'the current period is open');
    // The audit trail reads as history: in time order.
    const disorder = await sql<{ n: number }>`select count(*)::int as n from (select at < lag(at) over (order by seq) as back from audit_log where details->>'source' is distinct from 'dictionary' and seq > (select min(seq) from audit_log where at < '2020-01-01')) x where back`.execute(t.db.owner);
    assert.equal(disorder.rows[0]!.n, 0);
  });

  test('the application reads the records as its own: the list, a case, statistics', async () => {
    const iamb = (await t.db.owner.selectFrom('organisations').select('id').where('key', '=', 'iamb').executeTakeFirstOrThrow()).id;
    const investigator = await t.as('police_investigator', iamb);
    const list = await investigator.get('/api/cases?pageSize=20');
    assert.equal(list.statusCode, 200, list.body);
    const body = list.json() as { total: number; items: { id: string; name: string | null }[] };
    assert.equal(body.total, 100);
    assert.ok(body.items.every((item) => item.name));
    const one = await investigator.get(`/api/cases/${body.items[0]!.id}`);
    assert.equal(one.statusCode, 200, one.body);
    const coordinator = await t.as('national_coordinator');
    const statistics = await coordinator.get('/api/statistics/cases?from=2017&to=2026');
    assert.equal(statistics.statusCode, 200, statistics.body);
    const periods = (await coordinator.get('/api/report-periods')).json() as { items: { id: string; status: string }[] };
    const current = periods.items.find((p) => p.status === 'open')!;
    assert.equal((await coordinator.get(`/api/report-periods/${current.id}/dashboard`)).statusCode, 200);
  });

  test('the same seed gives the same data, also when the run is stopped twice and resumed', async () => {
    const other = await createTestDatabase();
    after(other.drop);
    const ctx = { db: other.db, vault: t.ctx.vault };
    assert.equal((await seedSynthetic(ctx, { ...options, stopAfter: { stage: 'reports', chunks: 7 } })).stoppedIn, 'reports');
    const stopped = await seedSynthetic(ctx, { ...options, stopAfter: { stage: 'cases' } });
    assert.deepEqual([stopped.completed, stopped.resumed, stopped.stoppedIn], [false, true, 'activity']);
    assert.equal((await syntheticCounts(other.db)).audit_log, (await sql<{ n: number }>`select count(*)::int as n from audit_log where at > now() - interval '1 hour'`.execute(other.db.owner)).rows[0]!.n, 'history is written to the audit log only at the end');
    assert.equal((await seedSynthetic(ctx, options)).completed, true);
    assert.deepEqual(await syntheticCounts(other.db), straightCounts);
    assert.deepEqual(await names(other.db), straightNames);
    assert.deepEqual((await verifyAuditChain(other.db)).problems, []);
    // Once complete, a further run writes nothing; another seed or scale is refused.
    await seedSynthetic(ctx, options);
    assert.deepEqual(await syntheticCounts(other.db), straightCounts);
    await assert.rejects(seedSynthetic(ctx, { ...options, seed: 8 }), /seed 7/);
  });

  test('a case is written row for row as createCase writes it', async () => {
    const user = await t.db.owner.selectFrom('users').select(['id', 'login', 'full_name', 'organisation_id', 'role']).where('login', '=', 'hotline-ngo.operator01').executeTakeFirstOrThrow();
    const actor = { userId: user.id, login: user.login, fullName: user.full_name, organisationId: user.organisation_id, role: user.role, mustChangePassword: false, sessionId: 'test' } as Actor;
    const input = createCaseInput.parse({
      identificationChannel: 'hotline', firstContactOn: '2025-03-02',
      person: { names: ['Мамедова Айсель', 'Məmmədova Aysel'], latinName: 'Mammadova Aysel', sex: 'female', birthDate: '2008-05-01', citizenships: ['az'], languages: ['az', 'ru', 'az'], documents: [{ kind: 'passport', number: 'c 1234-567', country: 'AZ' }], contacts: [{ kind: 'phone', value: '+994 50 123 45 67' }], address: 'Bakı' },
      victim: { traffickingStatus: 'identified', statusDecidedOn: '2025-03-10', exploitation: ['ForcedLabour'], forcedLabourIndustry: 'F_Construction', transnational: true, exploitationStartedOn: '2024-06-01', events: [{ kind: 'exploitation', country: 'tr', place: 'Antalya', dateFrom: '2024-06-01', dateTo: '2025-02-20' }, { kind: 'recruitment', country: 'AZ' }] },
      consents: [{ purpose: 'data_processing', given: true, recordedOn: '2025-03-02' }],
      note: { part: 'hotline', body: 'Zəng edən qohumudur.' },
    });
    const meta = { actor, ip: 'test', requestId: 'test' };
    const viaService = await inTransaction(t.db, actor, (tx) => createCase(tx, { vault: t.ctx.vault, today: '2026-11-01' }, meta, actor, input));
    const rows = new CaseRows();
    const ids = { caseId: idFor('equivalence', 'case'), personId: idFor('equivalence', 'person'), eventIds: [idFor('equivalence', 'e0'), idFor('equivalence', 'e1')], noteId: idFor('equivalence', 'note') };
    createdCaseRows(rows, t.ctx.vault, '2026-11-01', ids, { userId: actor.userId, organisationId: actor.organisationId }, input, new Date());
    await t.db.owner.transaction().execute((tx) => writeCaseRows(tx, rows));

    const strip = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !/(^|_)(id|at|number|reference|sealed|hash|case_id|person_id|cluster_id)$/.test(k)));
    const read = async (table: string, column: string, id: string) =>
      (await sql<Record<string, unknown>>`select * from ${sql.table(table)} where ${sql.ref(column)} = ${id} order by 1`.execute(t.db.owner)).rows.map(strip);
    for (const [table, column, a, b] of [
      ['cases', 'id', viaService.id, ids.caseId], ['persons', 'id', viaService.personId, ids.personId], ['victim_contexts', 'case_id', viaService.id, ids.caseId],
      ['victim_status_history', 'case_id', viaService.id, ids.caseId], ['case_consents', 'case_id', viaService.id, ids.caseId], ['case_notes', 'case_id', viaService.id, ids.caseId],
    ] as const) {
      assert.deepEqual(await read(table, column, b), await read(table, column, a), table);
    }
    const events = async (caseId: string) => (await sql<{ kind: string; country: string; date_from: string | null; place_sealed: string | null; id: string }>`select * from trafficking_events where case_id = ${caseId} order by kind`.execute(t.db.owner)).rows
      .map((e) => ({ kind: e.kind, country: e.country, dateFrom: e.date_from, place: e.place_sealed ? t.ctx.vault.open(e.place_sealed, `event:${e.id}`) : null }));
    assert.deepEqual(await events(ids.caseId), await events(viaService.id));
    const keys = async (personId: string) => (await sql<{ kind: string; hash: string }>`select kind, hash from person_keys where person_id = ${personId} order by kind, hash`.execute(t.db.owner)).rows;
    assert.deepEqual(await keys(ids.personId), await keys(viaService.personId));
    const identity = async (personId: string) => {
      const row = await t.db.owner.selectFrom('persons').select('identity_sealed').where('id', '=', personId).executeTakeFirstOrThrow();
      return openIdentity(t.ctx.vault, personId, row.identity_sealed);
    };
    assert.deepEqual(await identity(ids.personId), await identity(viaService.personId));
  });
});
