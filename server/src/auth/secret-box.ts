import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Authenticated encryption (AES-256-GCM) under the master key: small secrets kept in the database
 * (second-factor secrets) and the data keys that seal victims' identities. Sealed values name the
 * key that sealed them, so during a master-key rotation the previous key still opens old values.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
  /** True when the value was sealed by the current key (a rotation has nothing left to do for it). */
  isCurrent(sealed: string): boolean;
}

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

function toKey(hex: string): Buffer {
  const key = Buffer.from(hex, 'hex');
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes');
  return key;
}

export function createSecretBox(keyHex: string, previousKeyHex?: string): SecretBox {
  const current = toKey(keyHex);
  const currentId = keyId(current);
  const keys = new Map([[currentId, current]]);
  if (previousKeyHex) {
    const previous = toKey(previousKeyHex);
    keys.set(keyId(previous), previous);
  }
  const decrypt = (key: Buffer, iv: string, tag: string, body: string) => {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  };
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v2', currentId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed) {
      const parts = sealed.split('.');
      if (parts[0] === 'v2' && parts.length === 5) {
        const key = keys.get(parts[1]!);
        if (!key) throw new Error('Sealed by a key that is not configured (SECRET_KEY / SECRET_KEY_PREVIOUS)');
        return decrypt(key, parts[2]!, parts[3]!, parts[4]!);
      }
      // Values sealed before keys were named: try each configured key.
      if (parts[0] === 'v1' && parts.length === 4) {
        for (const key of keys.values()) {
          try {
            return decrypt(key, parts[1]!, parts[2]!, parts[3]!);
          } catch {
            // not this key
          }
        }
      }
      throw new Error('Unreadable sealed value');
    },
    isCurrent(sealed) {
      return sealed.startsWith(`v2.${currentId}.`);
    },
  };
}

/**
 * The configured key, or for a machine without one a key generated once and kept beside the
 * data (readable by the owner only). Production sets SECRET_KEY and keeps it out of backups.
 */
export function resolveSecretKey(configured: string | undefined, dataDir: string): { key: string; generated: boolean } {
  if (configured) return { key: configured, generated: false };
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return { key: readFileSync(file, 'utf8').trim(), generated: false };
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, generated: true };
}
