import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { SecretBox } from '../../auth/secret-box.js';
import type { DB } from '../../db/schema.js';
import type { IdentityVault } from './identity-vault.js';

/**
 * Key rotation without downtime. The master key (SECRET_KEY) wraps the data keys and the
 * second-factor secrets; data keys seal identities. Both can be replaced while Koordinator runs:
 * see docs/operations.md for the order of steps.
 */

/** Re-wraps every value sealed by the previous master key with the current one, in one transaction. */
export async function rewrapWithCurrentMasterKey(owner: Kysely<DB>, secrets: SecretBox) {
  return owner.transaction().execute(async (tx) => {
    const counts = { dataKeys: 0, totpSecrets: 0, pendingSecrets: 0 };
    for (const key of await tx.selectFrom('data_keys').select(['id', 'wrapped']).execute()) {
      if (secrets.isCurrent(key.wrapped)) continue;
      await tx.updateTable('data_keys').set({ wrapped: secrets.seal(secrets.open(key.wrapped)) }).where('id', '=', key.id).execute();
      counts.dataKeys += 1;
    }
    for (const user of await tx.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).execute()) {
      if (!user.totp_secret || secrets.isCurrent(user.totp_secret)) continue;
      await tx.updateTable('users').set({ totp_secret: secrets.seal(secrets.open(user.totp_secret)) }).where('id', '=', user.id).execute();
      counts.totpSecrets += 1;
    }
    for (const session of await tx.selectFrom('sessions').select(['id', 'pending_totp_secret']).where('pending_totp_secret', 'is not', null).execute()) {
      if (!session.pending_totp_secret || secrets.isCurrent(session.pending_totp_secret)) continue;
      await tx.updateTable('sessions').set({ pending_totp_secret: secrets.seal(secrets.open(session.pending_totp_secret)) }).where('id', '=', session.id).execute();
      counts.pendingSecrets += 1;
    }
    return counts;
  });
}

/** Adds a new data key that seals from now on; older keys stay to open what they sealed. */
export async function addDataKey(owner: Kysely<DB>, secrets: SecretBox) {
  return owner.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(7262702)`.execute(tx);
    await tx.updateTable('data_keys').set({ active: false }).where('purpose', '=', 'encryption').execute();
    const row = await tx.insertInto('data_keys').values({ purpose: 'encryption', wrapped: secrets.seal(randomBytes(32).toString('hex')) }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  });
}

/** Every sealed column: its table, key column and how its seal is bound to the row. */
const SEALED_COLUMNS = [
  { table: 'persons', column: 'identity_sealed', context: 'person' },
  { table: 'case_notes', column: 'body_sealed', context: 'note' },
  { table: 'case_assessments', column: 'body_sealed', context: 'assessment' },
  { table: 'trafficking_events', column: 'place_sealed', context: 'event' },
  { table: 'perpetrators', column: 'identity_sealed', context: 'perpetrator' },
  { table: 'case_documents', column: 'file_name_sealed', context: 'document' },
  { table: 'shelters', column: 'contacts_sealed', context: 'shelter-contacts' },
  { table: 'shelter_placements', column: 'reason_sealed', context: 'placement' },
  { table: 'shelter_placements', column: 'override_reason_sealed', context: 'placement-override' },
  { table: 'shelter_placements', column: 'exit_note_sealed', context: 'placement-exit' },
  { table: 'case_services', column: 'details_sealed', context: 'service' },
  { table: 'case_services', column: 'outcome_sealed', context: 'service-outcome' },
  { table: 'care_plan_goals', column: 'text_sealed', context: 'care-goal' },
  { table: 'care_plan_reviews', column: 'summary_sealed', context: 'care-review' },
  { table: 'hotline_contacts', column: 'notes_sealed', context: 'hotline_notes' },
  { table: 'hotline_contacts', column: 'caller_sealed', context: 'hotline_caller' },
  { table: 'hotline_callbacks', column: 'note_sealed', context: 'hotline_callback' },
  { table: 'case_identifications', column: 'notes_sealed', context: 'identification' },
  { table: 'case_repatriation_steps', column: 'document_sealed', context: 'repatriation-document' },
  { table: 'case_repatriation_steps', column: 'note_sealed', context: 'repatriation-note' },
  { table: 'case_repatriations', column: 'cancel_reason_sealed', context: 'repatriation-cancel' },
  { table: 'case_child_protection', column: 'guardian_name_sealed', context: 'child-guardian' },
  { table: 'case_child_protection', column: 'guardian_contact_sealed', context: 'child-guardian-contact' },
  { table: 'case_best_interests_assessments', column: 'summary_sealed', context: 'best-interests' },
] as const;

/**
 * Re-seals every value not sealed by the newest data key, in small transactions. A row changed by
 * someone meanwhile is left as it is (its new value is already sealed by the newest key).
 */
export async function resealWithNewestKey(owner: Kysely<DB>, vault: IdentityVault, onProgress: (table: string, done: number) => void = () => {}) {
  let total = 0;
  for (const { table, column, context } of SEALED_COLUMNS) {
    let done = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await sql<{ id: string; sealed: string }>`
        select id, ${sql.ref(column)} as sealed from ${sql.table(table)}
         where id > ${after}::uuid and ${sql.ref(column)} is not null and ${sql.ref(column)} not like ${`k${vault.currentKeyId}.%`}
         order by id limit 500`.execute(owner);
      if (rows.rows.length === 0) break;
      await owner.transaction().execute(async (tx) => {
        for (const row of rows.rows) {
          const bound = `${context}:${row.id}`;
          const resealed = vault.seal(vault.open(row.sealed, bound), bound);
          await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${resealed} where id = ${row.id} and ${sql.ref(column)} = ${row.sealed}`.execute(tx);
        }
      });
      done += rows.rows.length;
      after = rows.rows.at(-1)!.id;
      onProgress(table, done);
    }
    total += done;
  }
  return total + (await resealDocuments(owner, vault, onProgress));
}

/** Documents' contents, one at a time (they may be large). */
async function resealDocuments(owner: Kysely<DB>, vault: IdentityVault, onProgress: (table: string, done: number) => void) {
  const keyPrefix = Buffer.alloc(4);
  keyPrefix.writeUInt32BE(vault.currentKeyId);
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const row = await owner.selectFrom('case_documents').select(['id', 'content_sealed'])
      .where('id', '>', after).where(sql<boolean>`substring(content_sealed from 1 for 4) <> ${keyPrefix}`).orderBy('id').limit(1).executeTakeFirst();
    if (!row) return done;
    const bound = `document:${row.id}`;
    const resealed = vault.sealBytes(vault.openBytes(row.content_sealed, bound), bound);
    await owner.updateTable('case_documents').set({ content_sealed: resealed }).where('id', '=', row.id).where('content_sealed', '=', row.content_sealed).execute();
    done += 1;
    after = row.id;
    onProgress('case_documents', done);
  }
}
