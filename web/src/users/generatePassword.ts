const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%*-_=+?';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/** Uniform index below `n` from the platform CSPRNG (rejection sampling, no modulo bias). */
function randomIndex(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const x = buf[0]!;
    if (x < limit) return x % n;
  }
}

const pick = (set: string) => set[randomIndex(set.length)]!;

/**
 * A strong password to hand over: 16 characters with lower and upper case, digits and symbols,
 * without look-alikes (l, 1, I, O, 0, o) so it can be read out or copied by hand.
 */
export function generatePassword(length = 16): string {
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
