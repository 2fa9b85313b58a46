import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { inTransaction } from '../db/database.js';
import { createTestApp } from '../test/test-app.js';
import { recordAudit, recordAudits } from './audit.repository.js';
import { verifyAuditChain } from './verify.js';

const t = await createTestApp();
const meta = { actor: null, ip: '127.0.0.1', requestId: 'test' };

async function addEntries(count: number) {
  for (let i = 0; i < count; i += 1) {
    await inTransaction(t.db, null, (tx) => recordAudit(tx, meta, { action: 'test.event', resource: 'test', recordId: String(i), details: { i, text: 'Şəki — «test»' } }));
  }
}

describe('audit trail', () => {
  test('an admin write is recorded with who, what, where from and the request id', async () => {
    const admin = await t.as('admin');
    const response = await admin.post('/api/organisations', { nameAz: 'Audit Yoxlama Qurumu', shortName: 'AYQ', kind: 'ngo' });
    assert.equal(response.statusCode, 201);
    const id = response.json().id;
    const entry = await t.db.owner.selectFrom('audit_log').selectAll().where('record_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(entry.action, 'organisation.create');
    assert.equal(entry.user_id, admin.user.id);
    assert.equal(entry.organisation_id, admin.user.organisationId);
    assert.equal(entry.role, 'admin');
    assert.equal(entry.ip, '127.0.0.1');
    assert.equal(entry.request_id, response.headers['x-request-id']);
  });

  test('a failed request leaves neither the write nor its audit entry', async () => {
    const admin = await t.as('admin');
    const before = await t.db.owner.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    const duplicate = await admin.post('/api/organisations', { nameAz: 'Audit Yoxlama Qurumu', shortName: 'AYQ2', kind: 'ngo' });
    assert.equal(duplicate.statusCode, 409);
    const after = await t.db.owner.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    assert.equal(after.n, before.n);
  });

  test('the application role can append but never change or delete entries', async () => {
    await addEntries(1);
    await assert.rejects(inTransaction(t.db, null, (tx) => sql`update audit_log set action = 'x'`.execute(tx)), /permission denied/);
    await assert.rejects(inTransaction(t.db, null, (tx) => sql`delete from audit_log`.execute(tx)), /permission denied/);
    await assert.rejects(inTransaction(t.db, null, (tx) => sql`truncate audit_log`.execute(tx)), /permission denied/);
    await assert.rejects(inTransaction(t.db, null, (tx) => sql`update audit_head set seq = 0`.execute(tx)), /permission denied/);
  });

  test('an untouched chain verifies', async () => {
    await addEntries(5);
    const result = await verifyAuditChain(t.db);
    assert.deepEqual(result.problems, []);
    assert.ok(result.entries >= 5);
  });

  test('entries written in one statement are chained one after another, in the order given', async () => {
    const ids = ['b', 'a', 'c', 'e', 'd'].map((letter) => `batch-${letter}`);
    await inTransaction(t.db, null, (tx) => recordAudits(tx, meta, ids.map((recordId) => ({ action: 'test.batch', resource: 'test', recordId }))));
    const rows = await t.db.owner.selectFrom('audit_log').select(['seq', 'record_id', 'prev_hash', 'hash']).where('action', '=', 'test.batch').orderBy('seq').execute();
    assert.deepEqual(rows.map((row) => row.record_id), ids);
    rows.slice(1).forEach((row, i) => {
      assert.equal(Number(row.seq), Number(rows[i]!.seq) + 1);
      assert.equal(row.prev_hash, rows[i]!.hash);
    });
    assert.deepEqual((await verifyAuditChain(t.db)).problems, []);
  });

  test('altering one entry by hand is found and the entry named', async () => {
    await addEntries(3);
    const { seq, details } = await t.db.owner.selectFrom('audit_log').select(['seq', 'details']).where('action', '=', 'test.event').orderBy('seq', 'desc').offset(1).limit(1).executeTakeFirstOrThrow();
    await sql`update audit_log set details = '{"i": 999}' where seq = ${seq}`.execute(t.db.owner);
    const result = await verifyAuditChain(t.db);
    assert.deepEqual(result.problems, [{ seq, problem: 'altered' }]);
    await sql`update audit_log set details = ${JSON.stringify(details)}::jsonb where seq = ${seq}`.execute(t.db.owner);
    assert.deepEqual((await verifyAuditChain(t.db)).problems, [], 'restoring the original content makes the chain whole again');
  });

  test('removing an entry is found', async () => {
    await addEntries(3);
    const { seq } = await t.db.owner.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').offset(1).limit(1).executeTakeFirstOrThrow();
    await sql`delete from audit_log where seq = ${seq}`.execute(t.db.owner);
    const result = await verifyAuditChain(t.db);
    assert.deepEqual(result.problems, [{ seq: seq + 1, problem: 'missing_before' }]);
  });

  test('removing the newest entries is found', async () => {
    const { seq } = await t.db.owner.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await sql`delete from audit_log where seq = ${seq}`.execute(t.db.owner);
    const result = await verifyAuditChain(t.db);
    assert.ok(result.problems.some((p) => p.problem === 'missing_at_end' && p.seq === seq));
  });
});

describe('audit browsing', () => {
  test('the Coordinator filters by action and sees who did it; reading is itself audited', async () => {
    const coordinator = await t.as('national_coordinator');
    const response = await coordinator.get('/api/audit?action=organisation.create&pageSize=5');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.ok(body.items.length >= 1);
    assert.ok(body.items.every((item: { action: string }) => item.action === 'organisation.create'));
    const reads = await t.db.owner.selectFrom('audit_log').select('action').where('user_id', '=', coordinator.user.id).execute();
    assert.deepEqual(reads.map((r) => r.action), ['audit.read']);
  });

  test('a bad date filter is a validation error in the caller’s language', async () => {
    const coordinator = await t.as('national_coordinator');
    const response = await coordinator.get('/api/audit?from=2026-13-45', { 'accept-language': 'en' });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'VALIDATION_FAILED');
    assert.equal(response.json().errors[0].path, 'from');
  });
});
