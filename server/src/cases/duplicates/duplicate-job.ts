import { sql } from 'kysely';
import { inTransaction, type Database } from '../../db/database.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import { refreshCandidates } from './duplicates.service.js';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The batch pass over persons changed since `since` (all when null): candidates are kept for both
 * owners to decide. It acts as the body that keeps the unified database, which sees every case.
 * Returns the number of persons scanned and candidates found.
 */
export async function scanForDuplicates(db: Database, vault: IdentityVault, since: Date | null, batchSize = 200) {
  const holder = await db.owner.selectFrom('organisations').select('id').where('holds_unified_database', '=', true).executeTakeFirst();
  if (!holder) return { scanned: 0, found: 0 };
  const identity = { userId: NOBODY, organisationId: holder.id, role: 'police_supervisor' };
  let after = NOBODY;
  const totals = { scanned: 0, found: 0 };
  for (;;) {
    const batch = await sql<{ id: string }>`
      select id from persons where id > ${after}::uuid ${since ? sql`and updated_at >= ${since}` : sql``} order by id limit ${batchSize}`.execute(db.owner);
    if (batch.rows.length === 0) return totals;
    await inTransaction(db, identity, async (tx) => {
      for (const { id } of batch.rows) totals.found += await refreshCandidates(tx, vault, id);
    });
    totals.scanned += batch.rows.length;
    after = batch.rows.at(-1)!.id;
  }
}
