import argon2 from 'argon2';
import type { FieldMessageKey } from '../http/field-messages.js';

// OWASP's argon2id baseline (m=19 MiB, t=2, p=1) raised a little: ~50 ms on one core.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 3, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// A short list of the passwords people pick first, in the languages of our users.
const COMMON_PASSWORDS = new Set([
  'password1234', 'password12345', 'password123456', 'qwerty123456', '123456789012', '1234567890123',
  'qwertyuiop12', 'azerbaijan123', 'azerbaycan123', 'azərbaycan123', 'baku12345678', 'baki12345678',
  'parol1234567', 'şifrə1234567', 'sifre1234567', 'admin1234567', 'administrator', 'koordinator1',
  'koordinator123', 'welcome12345', 'iloveyou1234', 'qwerty123qwerty', '1q2w3e4r5t6y', 'zaq12wsxcde3',
]);

/** Rules a new password must meet; returns the broken rules (empty when acceptable). */
export function passwordPolicyViolations(password: string, login: string): { key: FieldMessageKey; params?: Record<string, number> }[] {
  if (password.length < PASSWORD_MIN_LENGTH) return [{ key: 'password.too_short', params: { min: PASSWORD_MIN_LENGTH } }];
  if (password.length > PASSWORD_MAX_LENGTH) return [{ key: 'password.too_long', params: { max: PASSWORD_MAX_LENGTH } }];
  const problems: { key: FieldMessageKey }[] = [];
  const lowered = password.toLocaleLowerCase('az');
  if (COMMON_PASSWORDS.has(lowered)) problems.push({ key: 'password.common' });
  if (login.length >= 3 && lowered.includes(login.toLocaleLowerCase('az'))) problems.push({ key: 'password.contains_login' });
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length;
  // Long passphrases are strong without mixing character kinds.
  if (classes < 3 && password.length < 20) problems.push({ key: 'password.too_simple' });
  return problems;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so unknown logins cannot be told apart by timing. */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  await verifyPassword(await dummyHash, password);
  return false;
}
