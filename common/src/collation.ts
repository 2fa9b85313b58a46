/**
 * Azerbaijani alphabetical order: a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z.
 * Explicit alphabet rather than Intl.Collator so that server and browsers agree whatever ICU data
 * they ship. Case is ignored first (with the Azerbaijani I → ı, İ → i); ties are broken by the
 * original strings so the order is total and stable.
 */
export const AZ_ALPHABET = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz';

/** Latin letters outside the alphabet sort right after their nearest neighbour (w after v). */
const ORDER = 'abcçdeəfgğhxıijkqlmnoöprsştuüvwyz';
const RANK = new Map<string, number>([...ORDER].map((ch, i) => [ch, i]));

// Key code units: punctuation and spaces < digits < alphabet letters < any other character.
const PUNCT_BASE = 0x1000;
const DIGIT_BASE = 0x2000;
const LETTER_BASE = 0x2100;
const OTHER_BASE = 0x3000;
const OTHER_MAX = 0xbfff;

/** Lower-case the Azerbaijani way: I → ı and İ → i, then the usual rules. */
export function azLower(s: string): string {
  return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase().normalize('NFC');
}

function rankOf(ch: string): number {
  const letter = RANK.get(ch);
  if (letter !== undefined) return LETTER_BASE + letter;
  if (ch >= '0' && ch <= '9') return DIGIT_BASE + (ch.charCodeAt(0) - 48);
  const base = ch.normalize('NFD')[0];
  if (base !== undefined && base !== ch) {
    const baseRank = RANK.get(base);
    if (baseRank !== undefined) return LETTER_BASE + baseRank; // é sorts with e; ties broken later
  }
  const cp = ch.codePointAt(0) ?? 0;
  if (/[\p{L}\p{N}]/u.test(ch)) return OTHER_BASE + Math.min(cp, OTHER_MAX - OTHER_BASE);
  return PUNCT_BASE + Math.min(cp, DIGIT_BASE - PUNCT_BASE - 1);
}

/** A string whose plain code-unit order is the case-insensitive Azerbaijani order of `s`. */
export function azSortKey(s: string): string {
  let key = '';
  for (const ch of azLower(s)) key += String.fromCharCode(rankOf(ch));
  return key;
}

/** Comparator for Array.prototype.sort in Azerbaijani alphabetical order. */
export function compareAz(a: string, b: string): number {
  const ka = azSortKey(a);
  const kb = azSortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
