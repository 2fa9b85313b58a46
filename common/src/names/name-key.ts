/**
 * A full name split into its words, with the patronymic recognised, and the blocking keys under
 * which candidate duplicates are looked up.
 *
 * Registers write "Məmmədova Aysel Vüqar qızı", "Aysel Vüqar qızı Məmmədova", "Мамедова Айсель
 * Вугаровна" or just "Mammadova Aysel". The patronymic is a separate kind of word: one record may
 * lack it, and the Russian form (-ович/-овна) hides the father's name inside a suffix. The
 * surname and the given name are not told apart (their order varies), so keys never depend on
 * the order of the words.
 */
import { phoneticFold, plainLatin, skeleton, spellingFold } from './transliterate.js';

export interface NameToken {
  /** The word as written. */
  text: string;
  /** Its phonetic fold (for a patronymic, of the father's name). */
  folded: string;
  /** Its spelling fold (see `spellingFold`), likewise. */
  spelled: string;
  /** Numbers for `folded` and `spelled`, for caches: a number always stands for the same string. */
  foldedId: number;
  spelledId: number;
  patronymic: boolean;
}

/**
 * The words that mark the word before them as the father's name: Azerbaijani oğlu/qızı ("son
 * of", "daughter of") in Latin, passport (oglu/gizi), Russian (оглы/кызы) and old Latin
 * (ogly/kyzy) spelling, and the Uzbek o‘g‘li/qizi. Compared on `plainLatin` forms.
 */
const MARKERS = new Set(['oglu', 'ogly', 'ogli', 'oghlu', 'ugli', 'uglu', 'qizi', 'kizi', 'gizi', 'kyzy', 'qyzy', 'gyzy', 'kizy', 'gizy', 'qizy', 'kyzi', 'gyzi']);

/**
 * Russian patronymics (Вугарович, Алиевна, Сергеевич, Ильинична) and their romanisations. The
 * suffix is cut off so that "Вугаровна" meets "Vüqar qızı": the longest alternatives first.
 */
const RUSSIAN_PATRONYMIC = /(?:yevich|yevna|ovich|evich|ovna|evna|ovic|evic|inichna|ichna)$/;

/** Whether a word is a patronymic marker (oğlu, qızı, оглы, kyzy …), which names the word before it. */
export function isPatronymicMarker(word: string): boolean {
  return MARKERS.has(plainLatin(word));
}

/** Words of a name: letters (with marks), joined by apostrophes as in o‘g‘li or Nur'lan. */
const WORD = /[\p{L}\p{M}]+(?:['’ʼ‘`][\p{L}\p{M}]+)*/gu;

interface Folds {
  folded: string;
  spelled: string;
  foldedId: number;
  spelledId: number;
}

interface WordForms extends Folds {
  plain: string;
  /** For a Russian-style patronymic (by its suffix): the father's name's folds. */
  father: Folds | null;
}

/** Numbers for fold strings. A number is never given to two strings (the table may forget). */
const ids = new Map<string, number>();
let nextId = 1;

function idOf(fold: string): number {
  let id = ids.get(fold);
  if (id === undefined) {
    if (ids.size >= FORMS_SIZE) ids.clear();
    id = nextId;
    nextId += 1;
    ids.set(fold, id);
  }
  return id;
}

function folds(word: string): Folds {
  const folded = phoneticFold(word);
  const spelled = spellingFold(word);
  return { folded, spelled, foldedId: idOf(folded), spelledId: idOf(spelled) };
}

/** The forms of words already seen: names repeat, folding is the costly part. Bounded. */
const forms = new Map<string, WordForms>();
const FORMS_SIZE = 50_000;

function wordForms(word: string): WordForms {
  let found = forms.get(word);
  if (found === undefined) {
    if (forms.size >= FORMS_SIZE) forms.clear();
    const plain = plainLatin(word);
    const father = plain.length >= 7 && RUSSIAN_PATRONYMIC.test(plain) ? plain.replace(RUSSIAN_PATRONYMIC, '') : null;
    found = { plain, ...folds(word), father: father === null ? null : folds(father) };
    forms.set(word, found);
  }
  return found;
}

/**
 * The words of a full name with the patronymic recognised and marker words dropped. Words of one
 * letter (initials) are dropped: they cannot be compared with a spelled-out word. Russian-style
 * patronymics are recognised only in names of three or more words, where the suffix cannot be
 * a surname's.
 */
export function nameTokens(fullName: string): NameToken[] {
  const words = (fullName.normalize('NFC').match(WORD) ?? []).filter((w) => w.length > 2 || [...w].length > 1);
  const wordsForms = words.map(wordForms);
  const tokens: NameToken[] = [];
  const isMarker = (i: number) => MARKERS.has(wordsForms[i]!.plain);
  for (let i = 0; i < words.length; i += 1) {
    const { folded, spelled, foldedId, spelledId } = wordsForms[i]!;
    if (isMarker(i)) {
      const previous = tokens[tokens.length - 1];
      if (previous && !previous.patronymic && i > 0 && !isMarker(i - 1)) previous.patronymic = true;
      continue;
    }
    if (folded === '') continue;
    tokens.push({ text: words[i]!, folded, spelled, foldedId, spelledId, patronymic: false });
  }
  if (words.length - words.filter((_, i) => isMarker(i)).length >= 3) {
    for (const token of tokens) {
      const father = wordForms(token.text).father;
      if (token.patronymic || father === null) continue;
      Object.assign(token, father, { patronymic: true });
    }
  }
  return tokens;
}

/**
 * A word's short key: the first consonants of its skeleton (see `skeleton`), without the final v
 * of the surname endings -ov/-ova/-ev/-yeva (a typo there, "Məmmədoa", must not matter, and the
 * ending says nothing about the family), or its first letter when it has no consonant. Vowels,
 * double letters and the spelling conventions folded away do not change it.
 */
export function tokenKey(folded: string): string {
  return (skeleton(folded).replace(/(.)v$/, '$1') || folded.slice(0, 1)).slice(0, KEY_LENGTH);
}

/**
 * How many consonants of a word go into its key: three tell the common names apart, and a typo
 * in the consonants after them (Süleymanov, Abdullayev) leaves the key as it was.
 */
const KEY_LENGTH = 3;

/**
 * A word's key with its first vowel in front ("kusainov" → "u.ksn", "kasanov" → "a.ksn"): the
 * consonants alone put Hüseynov and Həsənov, Günel and Könül together. Every rendering keeps
 * the first vowel (ə is a, ü is u whether written ü, u or ю), so it only splits different names.
 */
export function vowelKey(folded: string): string {
  return `${/[aeiou]/.exec(folded)?.[0] ?? ''}.${tokenKey(folded)}`;
}

/** The name words that take part in keys: not the patronymic, distinct, at most three. */
function keyWords(tokens: NameToken[]): string[] {
  return [...new Set(tokens.filter((t) => !t.patronymic).map((t) => t.folded))].slice(0, 3);
}

/** Birth periods are five calendar years: 1985–1989 is period "1985". */
const PERIOD = 5;
const DATE = /^(\d{4})-\d{2}-\d{2}$/;

export interface KeyedPerson {
  fullName: string;
  birthYear?: number | null;
  /** YYYY-MM-DD; its year stands in for a missing `birthYear`. */
  birthDate?: string | null;
  estimatedAge?: number | null;
  /** YYYY-MM-DD */
  ageRecordedOn?: string | null;
}

/** What a record knows of the birth: a year (or date), only an estimated age, or nothing. */
export type BirthKnowledge = { kind: 'year'; year: number } | { kind: 'age'; periods: number[] } | { kind: 'none' };

const period = (year: number) => Math.floor(year / PERIOD) * PERIOD;

/**
 * What a record knows of the birth. For an age estimated on a day, the birth periods of every
 * year the estimate allows — born in the year of the day minus the age or the year before, give
 * or take the estimate's two years: six years, always two consecutive periods.
 */
export function birthKnowledge(person: KeyedPerson): BirthKnowledge {
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  const year = finite(person.birthYear) ? Math.trunc(person.birthYear) : Number(DATE.exec(person.birthDate ?? '')?.[1] ?? NaN);
  if (Number.isFinite(year)) return { kind: 'year', year };
  const on = DATE.exec(person.ageRecordedOn ?? '');
  if (!on || !finite(person.estimatedAge)) return { kind: 'none' };
  const born = Number(on[1]) - Math.trunc(person.estimatedAge);
  return { kind: 'age', periods: [period(born - 3), period(born + 2)] };
}

const pairKey = (x: string, y: string) => (x <= y ? `${x}|${y}` : `${y}|${x}`);

/**
 * The blocking keys of a person: two records that may be the same person share at least one.
 * Plain text ("n:mmd|sl", "y1990:a.mmd|~a"); the server hashes them before storing. At most six.
 *
 * - "n:" — the keys (`tokenKey`) of two name words in either order: the name alone, so that a
 *   record without any birth information finds, and is found by, every record of its name.
 * - "y<year>:" — with a known birth year, one word's key (with its first vowel, `vowelKey`) and
 *   the other word's first letter, both ways round. A typo in one word leaves one of the two
 *   intact: either it is not in the word's consonants and first vowel, or not in its first
 *   letter (first letters are rarely mistyped).
 * - "p<period>:" — the same two keys with the five-year birth period: from a known year (its
 *   period) and from an estimated age (both periods it allows), so that ages off by two years
 *   meet birth dates and each other.
 *
 * Which shared keys call for a comparison (`keyNeeded`): a pair sharing only "n:" keys needs
 * comparing only when one record knows nothing of the birth, and a pair sharing only "p" keys
 * only when one of them has only an estimated age (two known years meet through "y" keys).
 *
 * A name of one word gives its key alone and with the year and periods. Of a name with three or
 * more words (no patronymic among them) the first two give the keys, and the other pairs of the
 * first three add "n:" keys while there is room.
 */
export function blockingKeys(person: KeyedPerson): string[] {
  const words = keyWords(nameTokens(typeof person.fullName === 'string' ? person.fullName : ''));
  if (words.length === 0) return [];
  const birth = birthKnowledge(person);
  const prefixes = birth.kind === 'year' ? [`y${birth.year}`, `p${period(birth.year)}`] : birth.kind === 'age' ? birth.periods.map((p) => `p${p}`) : [];
  const keys = new Set<string>();
  if (words.length === 1) {
    const only = tokenKey(words[0]!);
    keys.add(`n:${only}`);
    for (const prefix of prefixes) keys.add(`${prefix}:${vowelKey(words[0]!)}`);
    return [...keys];
  }
  const [x, y] = words as [string, string, ...string[]];
  keys.add(`n:${pairKey(tokenKey(x), tokenKey(y))}`);
  for (const prefix of prefixes) {
    keys.add(`${prefix}:${pairKey(vowelKey(x), `~${y[0]}`)}`);
    keys.add(`${prefix}:${pairKey(`~${x[0]}`, vowelKey(y))}`);
  }
  for (const [i, j] of [[0, 2], [1, 2]] as const) {
    if (words[j] !== undefined && keys.size < 6) keys.add(`n:${pairKey(tokenKey(words[i]!), tokenKey(words[j]!))}`);
  }
  return [...keys].slice(0, 6);
}

/**
 * Whether two records that share `key` need comparing on its account (see `blockingKeys`):
 * always for a "y" key; for an "n:" key when either record knows nothing of the birth; for a "p"
 * key when either has only an estimated age. A look-up can thus skip, say, the records with a
 * birth year among those sharing a common name's "n:" key.
 */
export function keyNeeded(key: string, a: BirthKnowledge['kind'], b: BirthKnowledge['kind']): boolean {
  if (key.startsWith('n:')) return a === 'none' || b === 'none';
  if (key.startsWith('p')) return a === 'age' || b === 'age';
  return true;
}
