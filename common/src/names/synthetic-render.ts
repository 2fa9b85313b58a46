/**
 * How registers write a name, for the synthetic persons: the passport Latin of an Azerbaijani
 * name, the same without Azerbaijani letters (typed on a plain keyboard), an old or Russian-style
 * Latin romanisation of the Cyrillic spelling (with the spread of choices old documents show:
 * Gusejnov and Guseynov, Khalilov and Halilov), Azerbaijani Latin of a foreign name from its
 * Cyrillic spelling, female surnames, Russian patronymics and typos.
 *
 * These rules are written independently of the matching code (`transliterate.ts`), so that the
 * labelled pairs test the matching rather than mirror it.
 */

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same persons. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** An item of a list in order of frequency: the first ones are drawn more often (Zipf-like). */
  pickFrequent<T>(items: readonly T[]): T {
    // Inverse of the cumulative weight 1 / (rank + 3), approximated by a logarithm.
    const n = items.length;
    const u = this.next();
    const rank = Math.floor(3 * Math.pow((n + 3) / 3, u) - 3);
    return items[Math.min(n - 1, Math.max(0, rank))]!;
  }
  /** One of the keys, by weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let u = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      u -= w;
      if (u < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

function mapLetters(s: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of s) {
    const lower = ch === 'I' || ch === 'İ' ? (ch === 'I' ? 'ı' : 'i') : ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) out += ch;
    else out += ch !== lower && mapped !== '' ? mapped[0]!.toUpperCase() + mapped.slice(1) : mapped;
  }
  return out;
}

const PASSPORT: Readonly<Record<string, string>> = {
  ə: 'a', ş: 'sh', ç: 'ch', c: 'j', x: 'kh', q: 'g', ğ: 'gh', j: 'zh', ı: 'i', ö: 'o', ü: 'u',
};
/** Azerbaijani Latin as an Azerbaijani passport writes it: Məmmədova → Mammadova. */
export const passportLatin = (s: string): string => mapLetters(s, PASSPORT);

const PLAIN: Readonly<Record<string, string>> = { ə: 'e', ş: 's', ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ü: 'u' };
/** Azerbaijani Latin typed without the Azerbaijani letters: Məmmədova → Memmedova. */
export const plainKeyboard = (s: string): string => mapLetters(s, PLAIN);

const OLD_CHOICES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['й', ['y', 'j', 'i']], ['х', ['kh', 'h', 'kh', 'x']], ['ж', ['zh', 'j']], ['ю', ['yu', 'ju', 'iu']], ['я', ['ya', 'ja', 'ia']],
  ['ё', ['yo', 'e']], ['ы', ['y', 'i']], ['ц', ['ts', 'c']], ['дж', ['dzh', 'dj', 'j']], ['щ', ['shch', 'sch']],
];
const OLD_FIXED: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ъ: '', ь: '', э: 'e', ч: 'ch', ш: 'sh',
};

/** Russian Cyrillic to Latin the way old and foreign documents did it, with their variety. */
export function oldLatin(s: string, rng: Rng): string {
  // One choice per document: a document that wrote й as j writes every й as j.
  const table: Record<string, string> = { ...OLD_FIXED };
  for (const [letter, options] of OLD_CHOICES) table[letter] = rng.pick(options);
  const ye = rng.chance(0.5); // Aliyev or Aliev
  return s.replace(/[Дд]ж|[\u0400-\u04ff]/g, (ch, offset: number) => {
    const lower = ch.toLowerCase();
    let latin = table[lower] ?? ch;
    if (lower === 'е' && ye && /[аеиоуыэюяАЕИОУЫЭЮЯ]/.test(s[offset - 1] ?? '')) latin = 'ye';
    return ch !== lower && latin !== '' ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  });
}

const AZ_FROM_CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'q', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ç', ш: 'ş',
  щ: 'şç', ъ: '', ы: 'ı', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
/**
 * A foreign name in Azerbaijani Latin, as an Azerbaijani register writes it from the Russian
 * spelling (Наталья → Natalya, Джон → Con, Шарма → Şarma, Гиорги → Qiorqi).
 */
export function azerbaijaniFromCyrillic(s: string): string {
  return s.replace(/[Дд]ж|[\u0400-\u04ff]/g, (ch, offset: number) => {
    const lower = ch.toLowerCase();
    let latin = lower === 'дж' ? 'c' : (AZ_FROM_CYRILLIC[lower] ?? ch);
    if (lower === 'е' && (offset === 0 || /[аеиоуыэюяь\s]/i.test(s[offset - 1] ?? ''))) latin = 'ye';
    return ch !== lower && latin !== '' ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  });
}

/** The female form of a male surname: -ov/-ev/-in → -ova/-eva/-ina; others do not change. */
export function femaleSurname(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (/(ov|ev|in|yn)$/.test(male)) return `${male}a`;
  return male;
}

/** A Russian patronymic from a father's name in Cyrillic: Вугар → Вугарович / Вугаровна. */
export function russianPatronymic(father: string, sex: 'female' | 'male'): string {
  const female = sex === 'female';
  if (father.endsWith('й')) return `${father.slice(0, -1)}${female ? 'евна' : 'евич'}`;
  if (/[аеиоуыэюя]$/.test(father)) return `${father.replace(/[ая]$/, '')}${female ? 'аевна' : 'аевич'}`.replace(/([иеоуы])аев/, '$1ев');
  return `${father}${female ? 'овна' : 'ович'}`;
}

/**
 * One typo in a word: a letter swapped with the next one, dropped, or doubled. The first letter
 * is rarely the one mistyped (people get the start of a name right far more often than the rest),
 * so it is chosen with a fifth of the chance of any other.
 */
export function typo(word: string, rng: Rng): string {
  const letters = [...word];
  if (letters.length < 3) return word;
  const at = rng.next() < 1 / (5 * (letters.length - 1) + 1) ? 0 : 1 + rng.int(letters.length - 1);
  switch (rng.int(3)) {
    case 0: {
      const from = Math.min(at, letters.length - 2);
      [letters[from], letters[from + 1]] = [letters[from + 1]!, letters[from]!];
      break;
    }
    case 1:
      letters.splice(at, 1);
      break;
    default:
      letters.splice(at, 0, letters[at]!);
  }
  return letters.join('');
}
