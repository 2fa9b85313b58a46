/**
 * Person names across the scripts a register uses: Cyrillic (Russian and Azerbaijani) to Latin,
 * Latin Azerbaijani to ASCII (the passport form), and a phonetic folding under which the usual
 * renderings of one name become one string.
 *
 * The same woman is registered as "Məmmədova Aysel" by one body, "Мамедова Айсель" by another,
 * "Mammadova Aysel" from her passport and "Mamedova Aisel" from an old Soviet-era document. The
 * folding is deliberately lossy: it throws away exactly the distinctions that these conventions
 * do not preserve (ə/a/e, h/x/q/g/k, ç/c/j, ş/s, y/i, double letters …), so that what is left is
 * what every rendering agrees on. Similarity on the folded form then only has to absorb typos.
 * Everything is pure and dependency-free.
 */

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin

/**
 * Russian Cyrillic, romanised as Azerbaijani and Central Asian passports do (BGN/PCGN-like):
 * х → kh, ж → zh, ц → ts, ч → ch, ш → sh, ю → yu, я → ya; е is "ye" after a vowel or a sign
 * and at the start of a word (Алиев → Aliyev, Елена → Yelena), "e" elsewhere. The signs carry
 * no sound of their own in names and are dropped.
 */
const RUSSIAN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian and Kazakh/Kyrgyz letters that turn up in migrants' documents.
  і: 'i', ї: 'yi', є: 'ye', ў: 'u', ґ: 'g', ң: 'n', ұ: 'u', қ: 'q', ә: 'ə', ө: 'ö', ү: 'ü', һ: 'h', ғ: 'ğ',
};

/**
 * Azerbaijani Cyrillic (1958–1991), letter for letter into the Latin alphabet that replaced it:
 * here г is q and ҝ is g, х is x, ҹ is c, ч is ç, ж is j, ј and й are y, ы is ı.
 */
const AZERBAIJANI: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'q', ғ: 'ğ', д: 'd', е: 'e', ә: 'ə', ж: 'j', з: 'z', и: 'i', ы: 'ı',
  ј: 'y', й: 'y', к: 'k', ҝ: 'g', л: 'l', м: 'm', н: 'n', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ү: 'ü', ф: 'f', х: 'x', һ: 'h', ч: 'ç', ҹ: 'c', ш: 'ş', ь: '', ъ: '', ё: 'yo',
  ю: 'yu', я: 'ya', э: 'e', ц: 'ts', щ: 'şç',
};

/** Letters only the Azerbaijani Cyrillic alphabet has: their presence decides the table. */
const AZERBAIJANI_ONLY = /[әғҹһјөүҝӘҒҸҺЈӨҮҜ]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;
const VOWEL_BEFORE = /[аеёиоуыэюяәөүіaeiouəöüı]$/iu;

function caseLike(source: string, latin: string, next: string | undefined): string {
  if (latin === '' || source === source.toLowerCase()) return latin;
  // An upper-case letter in an upper-case word stays all upper case (ЩУКИН → SHCHUKIN).
  const wordUpper = next !== undefined && next !== next.toLowerCase();
  return wordUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

/** Whether a string has any Cyrillic letter. */
export function hasCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}

/**
 * Cyrillic letters to Latin, keeping case; other characters are kept. A text with any letter of
 * the Azerbaijani Cyrillic alphabet (ә, ғ, ҹ, һ, ј, ө, ү, ҝ) is read as Azerbaijani and gives
 * Azerbaijani Latin ("Мәммәдова" → "Məmmədova"); otherwise as Russian ("Мамедова" → "Mamedova").
 */
export function cyrillicToLatin(s: string): string {
  const table = AZERBAIJANI_ONLY.test(s) ? AZERBAIJANI : RUSSIAN;
  const chars = [...s.normalize('NFC')];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    let latin = table[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (table === RUSSIAN && lower === 'е') {
      const prev = chars[i - 1];
      const startOfWord = prev === undefined || !/\p{L}/u.test(prev);
      if (startOfWord || VOWEL_BEFORE.test(prev) || prev === 'ь' || prev === 'ъ' || prev === 'Ь' || prev === 'Ъ') latin = 'ye';
    }
    out += caseLike(ch, latin, chars[i + 1]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Latin Azerbaijani → ASCII

/**
 * The passport (ICAO) rendering of the Azerbaijani letters: ə → a (Məmmədova → Mammadova),
 * ş → sh, ç → ch, c → j (Cəfərov → Jafarov), x → kh (Xədicə → Khadija), q → g (Vüqar → Vugar),
 * ğ → gh, j → zh, ı → i, ö → o, ü → u.
 */
const PASSPORT: Readonly<Record<string, string>> = {
  ə: 'a', ş: 'sh', ç: 'ch', c: 'j', x: 'kh', q: 'g', ğ: 'gh', j: 'zh', ı: 'i', ö: 'o', ü: 'u', i: 'i',
};

/**
 * Latin Azerbaijani to ASCII as passports write it ("Məmmədova Aysel" → "Mammadova Aysel",
 * "Hüseynov" → "Huseynov", "Cəfərov" → "Jafarov"). Cyrillic is romanised first. Case is kept
 * (I and İ are both I). Other accented letters lose their marks.
 */
export function azToAscii(s: string): string {
  const chars = [...(hasCyrillic(s) ? cyrillicToLatin(s) : s).normalize('NFC')];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    const lower = ch === 'I' || ch === 'İ' ? 'i' : ch.toLowerCase();
    const latin = PASSPORT[lower];
    if (latin !== undefined) out += caseLike(ch, latin, chars[i + 1]);
    else out += ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phonetic folding

/** Letters NFD does not decompose, to their nearest base letter (ə is a vowel like a). */
const BASE: Readonly<Record<string, string>> = { ə: 'a', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 't', ð: 'd' };

const VOWELS = 'aeiou';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/**
 * Multi-letter spellings of one sound, longest first. Each becomes the letter the folding uses
 * for the sound's class (see `foldLetters`).
 */
const DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  // щ is "shch" in Russian romanisation and only ever a variant of ш in names.
  [/shch|sch/g, 's'],
  // Azerbaijani c (Cəfərov) is "dzh" in Russian romanisation (Джафаров), "dj" in French-style
  // and "j" in English passports (Jafarov); ç (Elçin) is "ch"/"tch". One class: letters typed
  // without the Azerbaijani keyboard lose the cedilla (Elcin), so c and ç must meet anyway.
  [/dzh|tch|dj|ch/g, 'c'],
  // ж is "zh" in romanisation and j in Azerbaijani Latin (Jalə, Жала, Zhala) and old Latin
  // (Jala): j is also English for c (see readJ), so ж joins the class of c.
  [/zh/g, 'c'],
  // ş (Şahin) is "sh" (Shahin, Шахин); without the keyboard it is s (Sahin).
  [/sh/g, 's'],
  // Aspirated consonants of South Asian names (Bhattarai, Adhikari, Thapa) are written with h,
  // kh or x (Бхаттараи, Тхапа, Adxikari) or without it: the consonant alone.
  [/ph/g, 'f'],
  [/([bdtp])(?:kh|h|x)/g, '$1'],
  // x (Xədicə) is "kh" (Khadija, Хадиджа); ğ is "gh" (Tuğrul, Tughrul).
  [/kh|gh/g, 'k'],
  // A final h after a vowel is written or not (Fatemeh/Фатеме, Abdullah/Абдулла).
  [/([aeiou])h$/g, '$1'],
];

/**
 * The letter classes:
 * - g, q, ğ, h, x, k → k. Russian writes Azerbaijani h as г (Hüseynov → Гусейнов, Həsən →
 *   Гасан, Rəhimov → Рагимов) or х (Zəhra → Захра), q as к at the start of a word (Quliyev →
 *   Кулиев) and г inside (Vüqar → Вугар); passports write q as g (Guliyev). No pair of these
 *   letters is kept apart by all renderings, so they are one class.
 * - c, ç, j, dzh, zh → c; ş, s → s; w → v.
 * - ə, e, a → a. Russian writes ə as а or е with no rule a registrar could apply (Məmmədov →
 *   Мамедов, Cəfərov → Джафаров, Kərimov → Керимов), passports always as a (Mammadov), old Latin
 *   as e (Mamedov).
 * - ö → o, ü → u, ı → i (NFD and `BASE`): Russian writes them о/ё, у/ю, ы/и, passports o, u, i.
 *   y and i are one class too (see `foldGlides`).
 */
const CLASS: Readonly<Record<string, string>> = { g: 'k', q: 'k', h: 'k', x: 'k', k: 'k', w: 'v', e: 'a' };

/**
 * j is three letters: English j = Azerbaijani c (Jafarov, Khadija), the old German/Polish-style
 * j = y (Gusejnov, Ajsel, Gjunel, Ljudmila), and Azerbaijani and old Latin j = ж (Jalə, Jala,
 * Жала). After a vowel and not before one (ej, aj), after a consonant before u or o (the ю and ё
 * of Gjunel, Ljudmila), or starting a word before u (Jusif, Juliya for Юсиф, Юлия), it is y;
 * elsewhere c, the class c and ж share (Jafarov, Khadija, Jalə, Anjali, Sevinj). Old Latin -ija
 * for -ия (Marija) thus reads as c: Khadija, the commoner name here, decides.
 */
function readJ(s: string): string {
  return s.replace(/j/g, (_, offset: number) => {
    const prev = s[offset - 1];
    const next = s[offset + 1];
    if (prev === undefined) return next === 'u' ? 'y' : 'c';
    if (isVowel(prev)) return isVowel(next) ? 'c' : 'y';
    return next === 'u' || next === 'o' ? 'y' : 'c';
  });
}

/**
 * y, i and ı as glides:
 * 1. After a consonant before u or o, y only marks a soft consonant in Russian spelling (Günel →
 *    Гюнель "Gyunel", Könül → Кёнюль "Kyonyul"), and after k before a (Kazım → Кязим): dropped.
 * 2. y is i (Aysel/Aisel/Айсель, Aydın/Айдын/Aidin, Ulviyya/Ульвия), and ii is i (the ıy of
 *    İsmayılov meets the аи of Исмаилов once y is dropped between vowels).
 * 3. An i at the start of a word before a vowel is the y of Yusif/Юсиф/Usif, Yelena/Елена: dropped.
 * 4. An i between two vowels is the y of Babayev/Бабаев/Babaev, Aliyev/Aliev: dropped.
 */
function foldGlides(s: string): string {
  let out = s
    .replace(/([^aeiouy])y(?=[ou])/g, '$1')
    .replace(/ky(?=[ae])/g, 'k')
    .replace(/y/g, 'i')
    .replace(/i+/g, 'i');
  if (out.length > 1 && out[0] === 'i' && isVowel(out[1])) out = out.slice(1);
  // Written twice so that overlapping matches (aiai) are all seen.
  out = out.replace(/([aeiou])i(?=[aeou])/g, '$1').replace(/([aeiou])i(?=[aeou])/g, '$1');
  return out;
}

/**
 * The letter classes of one lower-case word already in Latin letters, doubles collapsed: the
 * first half of the fold. Order matters: digraphs before single letters (kh before k), j before
 * the classes (it may be y).
 */
function classLetters(word: string): string {
  let s = word;
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  s = readJ(s);
  let classed = '';
  for (const ch of s) classed += CLASS[ch] ?? ch;
  // Russian spelling devoices Azerbaijani b and d after h/x (Əkbər → Акпер, Mehdiyev →
  // Мехтиев): with h/x in the class k, kp is kb and kt is kd. Doubled letters are spelling, not
  // sound: Məmmədova/Мамедова, Ülviyyə/Ульвия, Abbasov/Abasov.
  return classed.replace(/kp/g, 'kb').replace(/kt/g, 'kd').replace(/(.)\1+/g, '$1');
}

/**
 * The fold of one lower-case word already in Latin letters (see `phoneticFold`): the classes,
 * then the glides (classes first: Кязим's к and Гянджа's г are one class), doubles again
 * (Babayev → babaav → babav), then the surname endings.
 */
function foldLetters(word: string): string {
  let out = foldGlides(classLetters(word)).replace(/(.)\1+/g, '$1');
  // Surname endings: with ə/e/a one class, Russian -ев/-ева (Оруджев, Алиев) and Azerbaijani
  // -ov/-ova, -yev/-yeva differ only in a vowel that Russian spelling chooses by the consonant
  // before it, not by the name: all are -ov/-ova.
  if (out.length >= 4) out = out.replace(/av$/, 'ov').replace(/ava$/, 'ova').replace(/(.)\1+/g, '$1');
  return out;
}

/**
 * Lower case, Cyrillic romanised, marks and non-letters removed: the plain Latin letters of a
 * word before any phonetic rule. Letters of other scripts (Georgian, Arabic, Devanagari) are kept.
 */
export function plainLatin(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  const latin = hasCyrillic(lower) ? cyrillicToLatin(lower) : lower;
  return latin
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(NOT_ASCII_LETTER, (ch) => BASE[ch] ?? (LETTER.test(ch) ? ch : ''));
}

const ASCII_WORD = /^[a-z]*$/;
const MARKS = /\p{M}+/gu;
const NOT_ASCII_LETTER = /[^a-z]/gu;
const LETTER = /^\p{L}$/u;

/**
 * The canonical phonetic form of one name word: the spellings of one name in Latin Azerbaijani,
 * Russian Cyrillic, passport English and old Latin become one string ("Məmmədova", "Мамедова",
 * "Mammadova", "Mamedova" → "mamadova"; "Hüseynov", "Гусейнов", "Gusejnov" → "kusainov"). Not
 * meant for display. Idempotent; empty for a word without letters.
 */
export function phoneticFold(word: string): string {
  const plain = plainLatin(word);
  return /^[a-z]*$/.test(plain) ? foldLetters(plain) : plain;
}

/**
 * A word's letters by class only (as in `phoneticFold`, with y as i) but without the rules for
 * glides and endings. Those rules read letters in context, so one mistyped letter can change the
 * phonetic fold in more than one place ("Ayel" for Aysel folds to "al", against "aisal"); here a
 * typo stays one letter. Scores take the better of the two forms.
 */
export function spellingFold(word: string): string {
  const plain = plainLatin(word);
  return /^[a-z]*$/.test(plain) ? classLetters(plain).replace(/y/g, 'i').replace(/i+/g, 'i') : plain;
}

/**
 * The consonants of a folded word, in order ("mamadova" → "mmdv", "aisal" → "sl"). Vowels are
 * what renderings and typists change most, and a typo that swaps a vowel with a neighbour, drops
 * a vowel or doubles any letter leaves the skeleton as it was.
 */
export function skeleton(folded: string): string {
  return folded.replace(/[aeiou]/g, '');
}
