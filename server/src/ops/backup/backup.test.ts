import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Readable, Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.js';
import { verifyAuditChain } from '../../audit/verify.js';
import { inTransaction, type Database } from '../../db/database.js';
import { readMigrations } from '../../db/migrate.js';
import { createTestDatabase, TEST_DB } from '../../test/test-database.js';
import { makeOrganisation, makeSession, makeUser } from '../../test/factories.js';
import { BackupError, readBackupHeader, restoreBackup, writeBackup, type BackupProgress } from './index.js';

/*
 * A table of the kind later migrations add, created the same way in every database here: an
 * identity key, a generated column, bytea, numeric, an array, jsonb, forced row-level security
 * and a trigger that would rewrite rows if it ran during a restore.
 */
const PROBE_TABLE = `
  CREATE TABLE backup_probe (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    data bytea,
    amount numeric,
    doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
    tags text[] NOT NULL DEFAULT '{}',
    doc jsonb,
    at timestamptz
  );
  ALTER TABLE backup_probe ENABLE ROW LEVEL SECURITY;
  ALTER TABLE backup_probe FORCE ROW LEVEL SECURITY;
  CREATE POLICY backup_probe_same_org ON backup_probe USING (organisation_id = app_org_id());
  CREATE FUNCTION backup_probe_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.at := now(); NEW.tags := NEW.tags || '{stamped}'; RETURN NEW; END $$;
  CREATE TRIGGER backup_probe_stamp BEFORE INSERT ON backup_probe FOR EACH ROW EXECUTE FUNCTION backup_probe_stamp();
  CREATE TABLE backup_cycle_a (id int PRIMARY KEY, b_id int, parent_id int REFERENCES backup_cycle_a (id) DEFERRABLE);
  CREATE TABLE backup_cycle_b (id int PRIMARY KEY, a_id int REFERENCES backup_cycle_a (id) DEFERRABLE);
  ALTER TABLE backup_cycle_a ADD FOREIGN KEY (b_id) REFERENCES backup_cycle_b (id) DEFERRABLE;
`;

const databases: { drop: () => Promise<void> }[] = [];
after(async () => {
  for (const d of databases) await d.drop();
});

async function freshDatabase(withProbe = true): Promise<Database> {
  const created = await createTestDatabase();
  databases.push(created);
  if (withProbe) await created.db.execScript(PROBE_TABLE);
  return created.db;
}

/** Every table's rows as PostgreSQL's own JSON text, in a stable order. */
async function snapshot(db: Database, skip: string[] = ['schema_migrations']): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }>`
    select relname::text as name from pg_class
    where relnamespace = 'public'::regnamespace and relkind = 'r' order by relname`.execute(db.owner);
  const result: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    if (skip.includes(name)) continue;
    const rows = await sql<{ j: string }>`select to_jsonb(t)::text as j from ${sql.table(name)} t order by 1`.execute(db.owner);
    result[name] = rows.rows.map((r) => r.j);
  }
  return result;
}

async function backupToBuffer(db: Database, onProgress?: (p: BackupProgress) => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await writeBackup(db, sink, { onProgress });
  return Buffer.concat(chunks);
}

/** The backup's lines, edited and compressed again. */
function edit(backup: Buffer, change: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(backup).toString('utf8').split('\n');
  return gzipSync(Buffer.from(change(lines).join('\n'), 'utf8'));
}

const restore = (db: Database, file: Buffer, force = false) => restoreBackup(db, Readable.from([file]), { force });

async function rejectsWith(promise: Promise<unknown>, code: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof BackupError, `expected a BackupError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

// The source: organisations with Azerbaijani text and aliases, users, a session, audit entries
// through the normal path, and probe rows with awkward values.
const source = await freshDatabase();
const orgA = await makeOrganisation(source, {
  nameAz: 'Əmək, Əhalinin Sosial Müdafiəsi Nazirliyi — «Şəki» şöbəsi',
  aliases: ['ƏƏSMN', 'Şəki "şöbə"', 'line\nbreak', 'back\\slash', ''],
});
const orgB = await makeOrganisation(source, { nameAz: 'Ağdaş İcra Hakimiyyəti', aliases: [], kind: 'local_authority', active: false });
const userA = await makeUser(source, { role: 'admin', organisationId: orgA.id });
await makeUser(source, { role: 'shelter_worker', organisationId: orgB.id });
await sql`update users set locked_until = '2026-03-01 12:34:56.123456+04', totp_last_step = 9007199254740991, totp_secret = 'v1.a.b.c'
          where id = ${userA.id}`.execute(source.owner);
await makeSession(source, userA.id);
const meta = { actor: null, ip: '10.0.0.7', requestId: 'backup-test' };
for (let i = 0; i < 25; i += 1) {
  await inTransaction(source, null, (tx) =>
    recordAudit(tx, meta, {
      action: 'test.event',
      resource: 'test',
      recordId: String(i),
      details: { i, text: 'Gəncə — «test» ğüşıöçə', nested: { list: [1, 2.5, null, true], big: 12345678901234567890 } },
    }),
  );
}
await sql`insert into backup_probe (organisation_id, data, amount, tags, doc) values
  (${orgA.id}, '\\x00ff10'::bytea, 123456789012345678901234.5678, '{a,"b c","ə"}', '{"k": [1, {"x": "y"}]}'),
  (${orgB.id}, null, null, '{}', null)`.execute(source.owner);
await source.owner.transaction().execute(async (trx) => {
  await sql`set constraints all deferred`.execute(trx);
  await sql`insert into backup_cycle_a (id, b_id, parent_id) values (1, 1, 2), (2, null, null)`.execute(trx);
  await sql`insert into backup_cycle_b (id, a_id) values (1, 1)`.execute(trx);
});
const sourceSnapshot = await snapshot(source);
const sourceAudit = await verifyAuditChain(source);
const backup = await backupToBuffer(source);

describe(`backup and restore on ${TEST_DB}`, () => {
  test('the header describes the backup; sessions and the migration table are left out', async () => {
    const header = await readBackupHeader(Readable.from([backup]));
    assert.equal(header.format, 'koordinator-backup');
    assert.equal(header.version, 1);
    assert.deepEqual(header.migrations.map((m) => m.version), readMigrations().map((m) => m.version));
    const names = header.tables.map((t) => t.name);
    assert.ok(!names.includes('sessions') && !names.includes('schema_migrations'));
    assert.ok(names.indexOf('organisations') < names.indexOf('users'), 'parents come before children');
    assert.ok(names.indexOf('organisations') < names.indexOf('backup_probe'));
    assert.equal(header.tables.find((t) => t.name === 'audit_log')?.rows, sourceSnapshot.audit_log!.length);
    assert.ok(!header.tables.find((t) => t.name === 'backup_probe')!.columns.includes('doubled'), 'generated columns are not stored');
  });

  test('a restore into an empty database reproduces every table exactly', async () => {
    const target = await freshDatabase();
    const progress: BackupProgress[] = [];
    const result = await restoreBackup(target, Readable.from([backup]), { onProgress: (p) => progress.push(p) });
    assert.deepEqual(result.audit.problems, []);
    assert.equal(result.audit.entries, sourceAudit.entries);
    assert.deepEqual(result.migrated, []);
    assert.ok(progress.some((p) => p.table === 'audit_log' && p.done === p.total));

    // A backup of the restored database is the same file, line for line, but for its date.
    const withoutDate = (file: Buffer) => {
      const [header, ...rest] = gunzipSync(file).toString('utf8').split('\n');
      return [JSON.stringify({ ...JSON.parse(header!), createdAt: null }), ...rest];
    };
    assert.deepEqual(withoutDate(await backupToBuffer(target)), withoutDate(backup));

    const restored = await snapshot(target);
    assert.deepEqual(restored.sessions, [], 'sessions are not restored: everyone logs in again');
    assert.deepEqual({ ...restored, sessions: [] }, { ...sourceSnapshot, sessions: [] });

    // The triggers and forced row-level security are back, and the sequences continue.
    const triggers = await sql<{ tgname: string; tgenabled: string }>`
      select tgname::text, tgenabled::text from pg_trigger where tgname in ('audit_log_chain', 'backup_probe_stamp') order by 1`.execute(target.owner);
    assert.deepEqual(triggers.rows, [{ tgname: 'audit_log_chain', tgenabled: 'O' }, { tgname: 'backup_probe_stamp', tgenabled: 'O' }]);
    const forced = await sql<{ f: boolean }>`select relforcerowsecurity as f from pg_class where relname = 'backup_probe'`.execute(target.owner);
    assert.equal(forced.rows[0]?.f, true);
    const next = await sql<{ id: number; tags: string[] }>`insert into backup_probe (organisation_id) values (${orgA.id}) returning id, tags`.execute(target.owner);
    assert.equal(next.rows[0]?.id, 3);
    assert.deepEqual(next.rows[0]?.tags, ['stamped']);

    // New entries chain onto the restored trail.
    await inTransaction(target, null, (tx) => recordAudit(tx, meta, { action: 'test.after_restore', resource: 'test' }));
    const after = await verifyAuditChain(target);
    assert.deepEqual(after.problems, []);
    assert.equal(after.entries, sourceAudit.entries + 1);
  });

  test('a database with data is refused without force and left unchanged; with force it is replaced', async () => {
    const target = await freshDatabase();
    const org = await makeOrganisation(target, { nameAz: 'Artıq mövcud qurum' });
    const user = await makeUser(target, { role: 'admin', organisationId: org.id });
    await makeSession(target, user.id);
    await inTransaction(target, null, (tx) => recordAudit(tx, meta, { action: 'test.existing', resource: 'test' }));
    const before = await snapshot(target);

    await rejectsWith(restore(target, backup), 'not_empty');
    assert.deepEqual(await snapshot(target), before);

    const result = await restore(target, backup, true);
    assert.deepEqual(result.audit.problems, []);
    const restored = await snapshot(target);
    assert.deepEqual(restored.sessions, [], 'everyone is logged out');
    assert.deepEqual({ ...restored, sessions: [] }, { ...sourceSnapshot, sessions: [] });
  });

  describe('a damaged backup fails and leaves the target as it was', () => {
    let target: Database;
    let before: Record<string, string[]>;
    const damaged: [string, () => Buffer, string][] = [
      ['cut off in the middle', () => backup.subarray(0, Math.floor(backup.length * 0.6)), 'damaged'],
      ['a corrupted byte', () => {
        const copy = Buffer.from(backup);
        const at = Math.floor(copy.length / 2);
        copy[at] = copy[at]! ^ 0xff;
        return copy;
      }, 'damaged'],
      ['without its end line', () => edit(backup, (lines) => lines.slice(0, -2)), 'damaged'],
      ['a row missing', () => edit(backup, (lines) => lines.filter((l, i) => !(i > 0 && l.includes('"test.event"') && l.includes('"record_id": "7"')))), 'damaged'],
      ['an unreadable row', () => edit(backup, (lines) => lines.map((l) => (l.includes('"record_id": "3"') ? l.slice(0, 40) : l))), 'load_failed'],
      ['a row of the wrong type', () => edit(backup, (lines) => lines.map((l) => (l.includes('"record_id": "4"') ? l.replace(/"seq": \d+/, '"seq": "four"') : l))), 'load_failed'],
      ['data after the end', () => edit(backup, (lines) => [...lines.slice(0, -1), '{"x": 1}', '']), 'damaged'],
    ];

    test('setup: a target with data of its own', async () => {
      target = await freshDatabase();
      await makeOrganisation(target, { nameAz: 'Hədəf qurumu' });
      await inTransaction(target, null, (tx) => recordAudit(tx, meta, { action: 'test.target', resource: 'test' }));
      before = await snapshot(target);
    });

    for (const [what, make, code] of damaged) {
      test(what, async () => {
        await rejectsWith(restore(target, make(), true), code);
        assert.deepEqual(await snapshot(target), before);
        const trigger = await sql<{ e: string }>`select tgenabled::text as e from pg_trigger where tgname = 'audit_log_chain'`.execute(target.owner);
        assert.equal(trigger.rows[0]?.e, 'O');
      });
    }

    test('a file that is not a backup', async () => {
      await rejectsWith(restore(target, Buffer.from('hello, world\n'), true), 'not_a_backup');
      await rejectsWith(restore(target, gzipSync('{"hello": "world"}\n'), true), 'not_a_backup');
      assert.deepEqual(await snapshot(target), before);
    });
  });

  test('a backup from a newer or different schema is refused', async () => {
    const target = await freshDatabase();
    const newer = edit(backup, ([header, ...rest]) => {
      const h = JSON.parse(header!);
      h.migrations.push({ version: '9999', name: 'future', checksum: 'x' });
      return [JSON.stringify(h), ...rest];
    });
    await rejectsWith(restore(target, newer), 'newer_schema');
    const different = edit(backup, ([header, ...rest]) => {
      const h = JSON.parse(header!);
      h.migrations[0].checksum = '0'.repeat(64);
      return [JSON.stringify(h), ...rest];
    });
    await rejectsWith(restore(target, different), 'different_schema');
    const laterFormat = edit(backup, ([header, ...rest]) => [JSON.stringify({ ...JSON.parse(header!), version: 2 }), ...rest]);
    await rejectsWith(restore(target, laterFormat), 'unsupported_format');
  });

  test('an older backup is restored first and migrated after; a database already ahead of it is refused', async () => {
    const target = await freshDatabase();
    const later = [...readMigrations(), { version: '9998', name: 'later_column', script: 'ALTER TABLE organisations ADD COLUMN note text', checksum: 'later' }];
    const result = await restoreBackup(target, Readable.from([backup]), { migrations: later });
    assert.deepEqual(result.migrated, ['9998_later_column']);
    assert.deepEqual(result.audit.problems, []);
    const notes = await sql<{ n: number }>`select count(*)::int as n from organisations where note is null`.execute(target.owner);
    assert.equal(notes.rows[0]?.n, sourceSnapshot.organisations!.length);

    const before = await snapshot(target);
    await assert.rejects(restoreBackup(target, Readable.from([backup]), { migrations: later, force: true }), (e: unknown) => e instanceof BackupError && e.code === 'target_newer');
    assert.deepEqual(await snapshot(target), before);
  });

  test('a role that row-level security would restrict gets an error, never a partial backup', async () => {
    const role = `koordinator_t_reader_${process.pid}`;
    await source.execScript(`CREATE ROLE ${role} NOLOGIN; GRANT USAGE ON SCHEMA public TO ${role}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role};`);
    try {
      await sql.raw(`set role ${role}`).execute(source.owner);
      await rejectsWith(backupToBuffer(source), 'row_security');
    } finally {
      await sql`reset role`.execute(source.owner);
      await source.execScript(`DROP OWNED BY ${role}; DROP ROLE ${role};`);
    }
  });

  test('a restored trail that was tampered with before the backup is restored as it is, and reported', async () => {
    const tampered = edit(backup, (lines) => lines.map((l) => (l.includes('"record_id": "5"') ? l.replace('"i": 5', '"i": 500') : l)));
    const target = await freshDatabase();
    const result = await restore(target, tampered);
    assert.equal(result.audit.problems.length, 1);
    assert.equal(result.audit.problems[0]?.problem, 'altered');
  });
});
