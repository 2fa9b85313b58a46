import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { SecretBox } from '../../auth/secret-box.js';
import type { DB } from '../../db/schema.js';

/**
 * Seals identifying fields of victims' records (AES-256-GCM with a data key) and makes keyed
 * hashes for exact look-ups. Data keys live in the database wrapped by the master key, which
 * never does; a dump therefore holds no identifying plaintext and no usable key.
 */
export interface IdentityVault {
  /** Seals a value bound to its record (`context`, e.g. the row id): a sealed value moved to another row does not open. */
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
  /** The same for files: key id (4 bytes), iv, tag, then the body. */
  sealBytes(plain: Buffer, context: string): Buffer;
  openBytes(sealed: Uint8Array, context: string): Buffer;
  /** Keyed hash for exact look-up: the same input always gives the same hash, which reveals nothing without the key. */
  lookupHash(kind: string, normalisedValue: string): string;
  /** The id of the data key new values are sealed with. */
  readonly currentKeyId: number;
}

interface DataKey {
  id: number;
  key: Buffer;
}

export function createVault(encryptionKeys: DataKey[], lookupKey: Buffer): IdentityVault {
  const byId = new Map(encryptionKeys.map((k) => [k.id, k.key]));
  const current = encryptionKeys.at(-1);
  if (!current) throw new Error('No active data key');
  return {
    currentKeyId: current.id,
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [`k${current.id}`, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed, context) {
      const [kid, iv, tag, body] = sealed.split('.');
      const key = kid?.startsWith('k') ? byId.get(Number(kid.slice(1))) : undefined;
      if (!key || !iv || !tag || body === undefined) throw new Error('Unreadable sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    sealBytes(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      const id = Buffer.alloc(4);
      id.writeUInt32BE(current.id);
      return Buffer.concat([id, iv, cipher.getAuthTag(), body]);
    },
    openBytes(stored, context) {
      // The embedded database gives bytea as a Uint8Array, the server's driver as a Buffer.
      const sealed = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
      const key = byId.get(sealed.readUInt32BE(0));
      if (!key || sealed.length < 32) throw new Error('Unreadable sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(4, 16));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.subarray(16, 32));
      return Buffer.concat([decipher.update(sealed.subarray(32)), decipher.final()]);
    },
    lookupHash(kind, normalisedValue) {
      return createHmac('sha256', lookupKey).update(`${kind}\u0000${normalisedValue}`).digest('base64url').slice(0, 32);
    },
  };
}

/** A vault that can pick up data keys added while it runs (a data-key rotation). */
export interface ReloadableVault extends IdentityVault {
  reload(): Promise<void>;
}

async function ensureKeys(owner: Kysely<DB>, secrets: SecretBox) {
  await owner.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(7262702)`.execute(tx);
    for (const purpose of ['lookup', 'encryption'] as const) {
      const existing = await tx.selectFrom('data_keys').select('id').where('purpose', '=', purpose).executeTakeFirst();
      if (!existing) await tx.insertInto('data_keys').values({ purpose, wrapped: secrets.seal(randomBytes(32).toString('hex')) }).execute();
    }
  });
}

async function loadVault(owner: Kysely<DB>, secrets: SecretBox): Promise<IdentityVault> {
  const rows = await owner.selectFrom('data_keys').select(['id', 'purpose', 'wrapped', 'active']).orderBy('id').execute();
  const unwrap = (wrapped: string) => Buffer.from(secrets.open(wrapped), 'hex');
  const lookup = rows.find((row) => row.purpose === 'lookup');
  if (!lookup) throw new Error('No lookup key');
  // Every encryption key opens what it sealed; the newest active one seals.
  const encryption = rows.filter((row) => row.purpose === 'encryption');
  const ordered = [...encryption.filter((row) => !row.active), ...encryption.filter((row) => row.active)];
  return createVault(ordered.map((row) => ({ id: row.id, key: unwrap(row.wrapped) })), unwrap(lookup.wrapped));
}

/**
 * Loads the data keys, creating the lookup key and a first encryption key on a new database.
 * Runs as the owner: the application role may read wrapped keys but not add or change them.
 */
export async function openVault(owner: Kysely<DB>, secrets: SecretBox): Promise<ReloadableVault> {
  await ensureKeys(owner, secrets);
  let inner = await loadVault(owner, secrets);
  return {
    seal: (plain, context) => inner.seal(plain, context),
    open: (sealed, context) => inner.open(sealed, context),
    sealBytes: (plain, context) => inner.sealBytes(plain, context),
    openBytes: (sealed, context) => inner.openBytes(sealed, context),
    lookupHash: (kind, value) => inner.lookupHash(kind, value),
    get currentKeyId() {
      return inner.currentKeyId;
    },
    async reload() {
      inner = await loadVault(owner, secrets);
    },
  };
}
