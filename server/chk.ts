import { sql } from 'kysely';
import { createTestDatabase } from '/work/main/server/src/test/test-database.ts';
import { inTransaction } from '/work/main/server/src/db/database.ts';
import { recordAudit } from '/work/main/server/src/audit/audit.repository.ts';
const { db } = await createTestDatabase();
await inTransaction(db, null, (tx) => recordAudit(tx, { actor: null, ip: '1', requestId: 'r' }, { action: 'a', resource: 'r' }));
const r = await sql`select seq, hash, audit_entry_hash(prev_hash, a) e, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') t, details::text d from audit_log a`.execute(db.owner);
console.log(r.rows);
