/**
 * Seeded randomness for the synthetic data: every record is a pure function of the seed and its
 * place (stage, index), so a run that stops and resumes writes exactly what one run would have.
 */
import { Rng } from '../../../common/src/names/synthetic-render.js';

export { Rng };

/** A 32-bit seed from any parts (FNV-1a over their text). */
export function seedOf(...parts: (string | number)[]): number {
  return hashText(parts.join('\u0000'), 0x811c9dc5);
}

function hashText(text: string, offset: number): number {
  let h = offset;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // One round of mixing so that neighbouring indexes give unrelated streams.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A generator for one record or chunk: the same parts always give the same stream. */
export const rngFor = (...parts: (string | number)[]) => new Rng(seedOf(...parts));

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * A version-4-shaped UUID that is the same for the same parts (record ids that survive a resume):
 * 64 bits from two independent hashes of the parts, so millions of ids do not collide.
 */
export function idFor(...parts: (string | number)[]): string {
  const text = parts.join('\u0000');
  const a = new Rng(hashText(text, 0x811c9dc5));
  const b = new Rng(hashText(text, 0x01000193 ^ 0x9e3779b9));
  const word = (r: Rng) => Math.floor(r.next() * 4294967296);
  const hex = hex8(word(a)) + hex8(word(b)) + hex8(word(a)) + hex8(word(b));
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Random hex from a generator (request ids). */
export const hexFrom = (rng: Rng, words = 2) => Array.from({ length: words }, () => hex8(Math.floor(rng.next() * 4294967296))).join('');

export const pad2 = (n: number) => String(n).padStart(2, '0');

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** YYYY-MM-DD plus `days`. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export const minDay = (a: string, b: string) => (a < b ? a : b);
export const maxDay = (a: string, b: string) => (a > b ? a : b);

/** A moment of a Baku working day (09:00–18:59, UTC+4) on `day`. */
export function workingMoment(rng: Rng, day: string): Date {
  const hour = 9 + rng.int(10);
  return new Date(`${day}T${pad2(hour)}:${pad2(rng.int(60))}:${pad2(rng.int(60))}.${String(rng.int(1000)).padStart(3, '0')}+04:00`);
}

/** A count near `mean` (a geometric-like draw, never negative). */
export function around(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  let n = 0;
  const p = 1 / (1 + mean);
  while (!rng.chance(p) && n < mean * 20) n += 1;
  return n;
}

/** A few distinct items of a list. */
export function some<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(rng.int(pool.length), 1)[0]!);
  return out;
}
