/*
 * The server killed (SIGKILL, no chance to tidy up) in the middle of a plan import, a report
 * submission and a case merge. After each restart on the same data: the work is there whole or
 * not at all, the invariants hold, the audit chain verifies, and the work can simply be done again.
 * At the end, backup → wipe → restore reproduces every table (checksums) and the chain verifies.
 *
 * Where the kill lands: on the PostgreSQL server, a lock on the audit trail (which each of these
 * writes to inside its transaction) holds the request's transaction there, and the process is
 * killed while pg_stat_activity shows it waiting — inside the transaction, every time. The
 * embedded database runs inside the server process, so there the kill comes at a set time after the
 * request was sent, and the all-or-nothing outcome is asserted whichever side of the commit it fell.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { verifyAuditChain } from '../audit/verify.js';
import { caseInput } from '../cases/case-factories.js';
import { migrate } from '../db/migrate.js';
import { restoreBackup, writeBackup } from '../ops/backup/index.js';
import { seedPlans, SEED_PLAN_DOCUMENTS } from '../seed/plans.js';
import { seedOrganisations } from '../seed/seed.js';
import { makeOrganisation, makeSession, makeUser } from '../test/factories.js';
import { TEST_DB } from '../test/test-database.js';
import { newInstallation, tableChecksums, withDatabase } from './fault-data.js';
import { call, sessionHeaders, startServer, waitFor, type ServerProcess } from './server-process.js';

const installation = await newInstallation('killed');
let server: ServerProcess | null = null;
after(async () => {
  await server?.kill('SIGKILL');
  await installation.remove();
});

// Users and their sessions straight in the database, before the server first starts.
const tokens = await withDatabase(installation, async (db) => {
  await migrate(db);
  await seedOrganisations(db);
  await seedPlans(db);
  const dmx = (await db.owner.selectFrom('organisations').select('id').where('key', '=', 'dmx').executeTakeFirstOrThrow()).id;
  const hotlineOrg = await makeOrganisation(db, { shortName: 'QX', kind: 'ngo' });
  const session = async (role: Parameters<typeof makeUser>[1]['role'], organisationId?: string) =>
    sessionHeaders(await makeSession(db, (await makeUser(db, { role, organisationId })).id));
  return {
    secretariat: await session('secretariat'),
    focal: await session('agency_focal_point', dmx),
    head: await session('agency_head', dmx),
    officer: await session('frontline_officer', dmx),
    hotline: await session('hotline_operator', hotlineOrg.id),
  };
});

/** A later plan drafted on the same pattern: the seed document with its years moved on by ten. */
const laterPlan = new Uint8Array(Buffer.from(readFileSync(SEED_PLAN_DOCUMENTS[0]!, 'utf8').replaceAll('2020', '2030').replaceAll('2024', '2034'), 'utf8'));

async function ok(response: Promise<{ status: number; text: string; json: () => any }>, status = 200) {
  const result = await response;
  assert.equal(result.status, status, result.text);
  return result.json();
}

/**
 * Sends a request and kills the server while it is being served; answers the request's status,
 * or 'killed' when no answer came.
 */
async function killDuring(send: () => Promise<{ status: number }>, embeddedDelayMs: number): Promise<number | 'killed'> {
  const running = server!;
  let answered = false;
  let lock: pg.Client | null = null;
  if (installation.env.DATABASE_URL) {
    lock = new pg.Client({ connectionString: installation.env.DATABASE_URL });
    await lock.connect();
    await lock.query('begin');
    await lock.query('lock table audit_log in share mode');
  }
  const outcome = send().then(
    (response) => ((answered = true), response.status),
    () => 'killed' as const,
  );
  try {
    if (lock) {
      await waitFor('the request to wait for the audit trail inside its transaction', async () =>
        answered || (await lock!.query("select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")).rowCount);
    } else {
      await new Promise((resolve) => setTimeout(resolve, embeddedDelayMs));
    }
    await running.kill('SIGKILL');
  } finally {
    await lock?.query('rollback');
    await lock?.end();
  }
  server = null;
  if (TEST_DB !== 'postgres') {
    // The kill left the lock of the embedded database behind; the restart must take it over.
    const lockFile = join(installation.dataDir, 'pglite.lock');
    assert.ok(existsSync(lockFile), 'a lock file is left behind');
    assert.equal(readFileSync(lockFile, 'utf8'), String(running.pid));
  }
  return outcome;
}

async function restart() {
  server = await startServer(installation.env);
  return server;
}

const state = {
  seededPlanId: '',
  importId: '',
  measures: 0,
  entryId: '',
  cases: [] as string[],
  otherPersonId: '',
};

describe(`the server killed mid-request, on ${TEST_DB === 'postgres' ? 'the PostgreSQL server' : 'the embedded database'}`, () => {
  test('the work to interrupt is prepared through the running server', async () => {
    await restart();
    const planId = (await ok(call(server!, 'GET', '/api/plans', tokens.secretariat))).items[0].id;
    state.seededPlanId = planId;
    const period = await ok(call(server!, 'POST', '/api/report-periods', tokens.secretariat, { planId, kind: 'year', year: 2021, dueOn: '2099-01-31' }), 201);
    const entries = await ok(call(server!, 'GET', `/api/report-entries?periodId=${period.id}&pageSize=10`, tokens.focal));
    state.entryId = entries.items[0].id;
    const content = { status: 'in_progress', narrative: 'Təlimlər keçirilib.', activities: [], figures: [], needs: [] };
    await ok(call(server!, 'PUT', `/api/report-entries/${state.entryId}`, tokens.focal, { revision: 0, ...content }));

    const preview = await ok(call(server!, 'POST', '/api/plan-imports?fileName=plan-2030.txt', tokens.secretariat, laterPlan));
    assert.equal(preview.target, null, 'a new plan, not the seeded one');
    state.importId = preview.importId;
    state.measures = preview.measures.length;
    assert.ok(state.measures > 50);

    const first = await ok(call(server!, 'POST', '/api/cases', tokens.officer, caseInput()), 201);
    const second = await ok(call(server!, 'POST', '/api/cases', tokens.hotline, caseInput({ identificationChannel: 'hotline', person: { names: ['Мамедова Айсель'], latinName: null, documents: [], contacts: [] } })), 201);
    state.cases = [first.id, second.id];
    const candidates = await ok(call(server!, 'GET', `/api/cases/${second.id}/duplicates`, tokens.hotline));
    state.otherPersonId = candidates.candidates[0].personId;
  });

  test('killed during a plan import: after restart the plan is there whole or not at all, and the import can be confirmed', async () => {
    const outcome = await killDuring(() => call(server!, 'POST', `/api/plan-imports/${state.importId}/confirm`, tokens.secretariat, { wording: {} }), 150);
    await restart();
    const plans = (await ok(call(server!, 'GET', '/api/plans', tokens.secretariat))).items as { id: string; measureCount: number }[];
    const later = plans.filter((p) => p.id !== state.seededPlanId);
    if (outcome === 200) assert.equal(later.length, 1, 'an answered import is there');
    if (later.length) assert.equal(later[0]!.measureCount, state.measures, 'every measure of the import');
    else await ok(call(server!, 'POST', `/api/plan-imports/${state.importId}/confirm`, tokens.secretariat, { wording: {} }));
    const now = (await ok(call(server!, 'GET', '/api/plans', tokens.secretariat))).items as { id: string; measureCount: number }[];
    assert.deepEqual(now.filter((p) => p.id !== state.seededPlanId).map((p) => p.measureCount), [state.measures]);
  });

  test('killed during a report submission: the entry is submitted with its event, or still a draft without one', async () => {
    const outcome = await killDuring(() => call(server!, 'POST', `/api/report-entries/${state.entryId}/submit`, tokens.head), 10);
    await restart();
    const entry = await ok(call(server!, 'GET', `/api/report-entries/${state.entryId}`, tokens.head));
    if (outcome === 200) assert.equal(entry.state, 'submitted');
    if (entry.state !== 'submitted') {
      assert.equal(entry.state, 'draft');
      await ok(call(server!, 'POST', `/api/report-entries/${state.entryId}/submit`, tokens.head));
    }
  });

  test('killed during a case merge: the two are one person or still two, and the merge can be made', async () => {
    const [, caseId] = state.cases;
    const outcome = await killDuring(() => call(server!, 'POST', `/api/cases/${caseId}/duplicates/${state.otherPersonId}`, tokens.hotline, { decision: 'merge' }), 10);
    await restart();
    const listed = await ok(call(server!, 'GET', `/api/cases/${caseId}/duplicates`, tokens.hotline));
    const merged = listed.merges.length > 0;
    if (outcome === 200) assert.ok(merged, 'an answered merge is there');
    if (!merged) {
      assert.equal(listed.candidates[0].personId, state.otherPersonId, 'still a candidate');
      await ok(call(server!, 'POST', `/api/cases/${caseId}/duplicates/${state.otherPersonId}`, tokens.hotline, { decision: 'merge' }));
    }
    await server!.kill('SIGTERM');
    server = null;
  });

  test('every invariant holds and the audit chain verifies', async () => {
    await withDatabase(installation, async (db) => {
      const q = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(db.owner)).rows[0]!.n;
      // Plan import: applied exactly once, with every measure.
      assert.equal(await q(sql`select count(*)::int as n from plan_imports where id = ${state.importId} and status = 'applied' and plan_id is not null`), 1);
      assert.equal(await q(sql`select count(*)::int as n from measures m join plan_imports i on i.plan_id = m.plan_id where i.id = ${state.importId}`), state.measures);
      assert.equal(await q(sql`select count(*)::int as n from audit_log where action = 'plan.import' and details->>'importId' = ${state.importId}`), 1);
      // Submission: one submitted event for the one version, one audit entry.
      const entry = (await sql<{ state: string; submitted_version: number }>`select state, submitted_version from report_entries where id = ${state.entryId}`.execute(db.owner)).rows[0]!;
      assert.deepEqual(entry, { state: 'submitted', submitted_version: 1 });
      assert.equal(await q(sql`select count(*)::int as n from report_entry_events where entry_id = ${state.entryId} and kind = 'submitted' and version = 1`), 1);
      assert.equal(await q(sql`select count(*)::int as n from report_entry_events where entry_id = ${state.entryId}`), 1);
      assert.equal(await q(sql`select count(*)::int as n from audit_log where action = 'report_entry.submit' and record_id = ${state.entryId}`), 1);
      // Merge: one merge, the two persons in one cluster, one audit entry.
      assert.equal(await q(sql`select count(*)::int as n from person_merges where undone_at is null`), 1);
      assert.equal(await q(sql`select count(distinct p.cluster_id)::int as n from persons p where p.case_id in (${state.cases[0]!}, ${state.cases[1]!})`), 1);
      assert.equal(await q(sql`select count(*)::int as n from audit_log where action = 'case.merge'`), 1);

      const chain = await verifyAuditChain(db);
      assert.deepEqual(chain.problems, []);
      const logged = (await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db.owner)).rows[0]!.n;
      assert.equal(chain.entries, logged, 'every entry was walked');
    });
  });

  test('backup, wipe, restore: every table identical by checksum, and the audit chain verifies', async () => {
    await withDatabase(installation, async (db) => {
      const before = await tableChecksums(db);
      const chunks: Buffer[] = [];
      await writeBackup(db, new Writable({ write: (chunk: Buffer, _encoding, done) => void (chunks.push(chunk), done()) }));
      // The restore empties every table before it loads the backup: the wipe and the restore in one.
      await sql`delete from report_entry_events`.execute(db.owner);
      assert.notDeepEqual(await tableChecksums(db), before);
      const result = await restoreBackup(db, Readable.from([Buffer.concat(chunks)]), { force: true });
      assert.deepEqual(result.audit.problems, []);
      const afterRestore = await tableChecksums(db);
      assert.deepEqual(afterRestore, before);
      assert.ok(Object.keys(before).length > 50, 'every table is compared');
      assert.deepEqual((await verifyAuditChain(db)).problems, []);
    });
  });
});
