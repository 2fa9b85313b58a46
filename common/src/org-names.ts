/**
 * Organisation names as they occur in plan texts: normalisation, tolerant matching and the
 * splitting of an "executing bodies" cell into single names.
 *
 * The plan texts are typed by hand and copied between layouts, so the same body appears as
 * "Maliyyə Monitorinq Xidməti" and "Maliyyə Monitorinqi Xidməti", with or without the
 * "Azərbaycan Respublikasının" prefix, with a Cyrillic "е" in a Latin word, and run together with
 * its neighbour ("Nazirliyi,digər", "Nazirlər Kabineti Əmək və …"). Everything here is pure and
 * dependency-free so the server importer and the web client use the same rules.
 */

export interface MatchableOrganisation {
  id: string;
  nameAz: string;
  shortName: string;
  aliases: string[];
}

export interface OrganisationMatch {
  id: string;
  /** 1 for an exact match of normalised forms, otherwise 1 − edits / length (always ≥ 0.84). */
  score: number;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/** Cyrillic letters that are visually identical to Latin ones and turn up in copied texts. */
const CYRILLIC_UPPER_LOOKALIKES: Readonly<Record<string, string>> = {
  В: 'b',
  К: 'k',
  М: 'm',
  Н: 'h',
  Т: 't',
};
const CYRILLIC_LOWER_LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  ё: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  һ: 'h',
  ә: 'e',
  ԛ: 'q',
  ѕ: 's',
};
/** Letters NFD does not decompose. The rest (ö ü ç ş ğ é …) lose their marks via NFD. */
const FOLD: Readonly<Record<string, string>> = { ə: 'e', ı: 'i', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

const PREFIX = /^(?:azerbaycan respublikasi(?:nin)? )+/;

/**
 * A canonical, ASCII-ish key for an organisation name: Azerbaijani lower-casing (İ → i, I → ı),
 * diacritics folded (ə → e, ı → i, ö → o, ü → u, ç → c, ş → s, ğ → g), Cyrillic look-alike
 * letters replaced by Latin ones, punctuation and quotes turned into spaces, whitespace
 * collapsed, and a leading "Azərbaycan Respublikası(nın)" dropped. Idempotent.
 */
export function normalizeOrgName(s: string): string {
  let out = '';
  for (const ch of s) out += CYRILLIC_UPPER_LOOKALIKES[ch] ?? ch;
  out = out.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
  let folded = '';
  for (const ch of out.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue; // combining marks, including the dot of a lowered İ
    folded += CYRILLIC_LOWER_LOOKALIKES[ch] ?? FOLD[ch] ?? ch;
  }
  return folded
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(PREFIX, '');
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * How many edits a name of this many letters (spaces removed) may carry and still match.
 *
 * A ratio threshold cannot work: "Daxili İşlər Nazirliyi" and "Xarici İşlər Nazirliyi" are 3
 * edits apart in 20 letters (similarity 0.85), and the airline and the railway company 5 edits
 * apart in 44 letters (0.89), while a real misspelling of a long name is 1 or 2 edits. So the
 * budget is absolute: abbreviations and other short forms (≤ 6 letters) must match exactly,
 * up to 12 letters one edit is allowed, beyond that two. The seed tests check that no name of
 * one organisation in the dictionary comes within this budget of another organisation.
 */
export function allowedEdits(letters: number): number {
  if (letters <= 6) return 0;
  if (letters <= 12) return 1;
  return 2;
}

const compact = (normalized: string): string => normalized.replace(/ /g, '');

/**
 * The organisation `name` refers to, tolerating small misspellings, or null. Compares the
 * normalised name (spaces removed, so run-together and split words do not count) against each
 * organisation's nameAz, shortName and aliases; the best candidate within `allowedEdits` wins.
 * If two organisations are equally close the name is ambiguous and null is returned.
 */
export function matchOrganisation(
  name: string,
  orgs: readonly MatchableOrganisation[],
): OrganisationMatch | null {
  const query = compact(normalizeOrgName(name));
  if (query === '') return null;
  let best: OrganisationMatch | null = null;
  let ambiguous = false;
  for (const org of orgs) {
    let orgScore = -1;
    for (const candidate of [org.nameAz, org.shortName, ...org.aliases]) {
      const c = compact(normalizeOrgName(candidate));
      if (c === '') continue;
      let score: number;
      if (c === query) {
        score = 1;
      } else {
        const budget = allowedEdits(Math.min(c.length, query.length));
        if (budget === 0 || Math.abs(c.length - query.length) > budget) continue;
        const d = editDistance(query, c);
        if (d > budget) continue;
        score = 1 - d / Math.max(c.length, query.length);
      }
      if (score > orgScore) orgScore = score;
    }
    if (orgScore < 0) continue;
    if (best === null || orgScore > best.score) {
      best = { id: org.id, score: orgScore };
      ambiguous = false;
    } else if (orgScore === best.score && org.id !== best.id) {
      ambiguous = true;
    }
  }
  return ambiguous ? null : best;
}

// ---------------------------------------------------------------------------------------------
// Executor cells

/**
 * Last words (normalised) that close the name of a body in the nominative: "… Nazirliyi",
 * "… Dövlət Komitəsi", "… orqanları". Accusative forms ("orqanlarını", "təşkilatlarını") are
 * deliberately absent: in "X Nazirliyi, Y-ni və Z-ni cəlb etməklə" they are involved parties.
 */
const HEAD_WORDS = new Set([
  'nazirliyi',
  'komitesi',
  'xidmeti',
  'agentliyi',
  'surasi',
  'kabineti',
  'cemiyyeti',
  'qsc',
  'akademiyasi',
  'orqanlari',
  'qurumlari',
  'qurumlar',
  'komissiyasi',
  'komissiyalar',
  'koordinator',
  'mehkeme',
  'mehkemesi',
  'prokurorluq',
  'prokurorlugu',
  'kollegiyasi',
  'muvekkil',
  'muvekkili',
  'meclis',
  'meclisi',
  'idaresi',
  'merkezi',
  'teskilati',
  'koalisiyasi',
]);

/** Words after a head word that continue the same name ("Nazirliyi yanında Dövlət … Xidməti"). */
const CONTINUATIONS = new Set(['yaninda', 'nezdinde', 'tabeliyinde', 'uzre', 'ucun', 'ile', 'qarsi']);

const isHead = (word: string): boolean => HEAD_WORDS.has(normalizeOrgName(word));
const hasHead = (text: string): boolean => text.split(/\s+/).some(isHead);
const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
const startsUpper = (text: string): boolean => /^[\p{Lu}“"«]/u.test(text);
/** "DİN", "AzTV", "BMqT-nin": one word with at least two capitals. */
const isAbbreviation = (text: string): boolean =>
  /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}]+(?:-\p{Ll}+)?$/u.test(text);

/** A line that ends a name: its last word closes a body's name, is an abbreviation or "(…)". */
function endsName(line: string): boolean {
  const last = wordsOf(line).at(-1) ?? '';
  return isHead(last) || isAbbreviation(last) || /^\(.*\)$/u.test(last);
}

/**
 * Joins the lines of a name broken across lines: a line that does not end a name yet ("Ailə,
 * Qadın və Uşaq") continues on the next one, and so does a line followed by one that starts with
 * a continuing word ("… Nazirliyi" / "yanında … Xidməti").
 */
function joinBrokenLines(segment: string): string[] {
  const lines = segment
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const out: string[] = [];
  let pending = '';
  for (let i = 0; i < lines.length; i++) {
    pending = pending === '' ? (lines[i] ?? '') : `${pending} ${lines[i] ?? ''}`;
    const nextFirst = normalizeOrgName(wordsOf(lines[i + 1] ?? '')[0] ?? '');
    if (endsName(pending) && !CONTINUATIONS.has(nextFirst)) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending !== '') out.push(pending);
  return out;
}

/**
 * Splits where a comma is missing between two bodies: after a head word that is followed by more
 * words ("Nazirlər Kabineti Əmək və … Nazirliyi", "Səhiyyə Nazirliyi digər aidiyyəti …"), unless
 * the next word continues the name ("yanında", "üzrə", a parenthesis). "A Nazirliyi və B
 * Nazirliyi" is split too, when the part after "və" names a body itself.
 */
function splitMissingCommas(name: string): string[] {
  const words = wordsOf(name);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (!isHead(word) || next.startsWith('(')) continue;
    const nextKey = normalizeOrgName(next);
    if (CONTINUATIONS.has(nextKey)) continue;
    if (nextKey === 've') {
      const rest = words.slice(i + 2).join(' ');
      if (!hasHead(rest)) continue;
      out.push(words.slice(start, i + 1).join(' '));
      start = i + 2;
      i++;
      continue;
    }
    out.push(words.slice(start, i + 1).join(' '));
    start = i + 1;
  }
  out.push(words.slice(start).join(' '));
  return out.filter((s) => s !== '');
}

/**
 * Splits an "executing bodies" cell into single names, on commas, semicolons and line breaks,
 * whether or not a space follows the comma ("Nazirliyi,digər").
 *
 * Names that contain commas themselves ("Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi",
 * "Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi") are kept whole: a short capitalised
 * fragment that names no body, followed by fragments up to one that contains "və" and names a
 * body, is one name, rejoined with ", ". That rule cannot tell "Ailə, Qadın və Uşaq … Komitəsi"
 * from a one-word body followed by another ("Ombudsman, Gənclər və İdman Nazirliyi"); pass the
 * names you know as `knownNames` to settle it: a fragment that is itself a known name stands
 * alone, a rejoined name that is known is always rejoined. A missing comma between two bodies is
 * repaired (see splitMissingCommas). Whitespace inside names is collapsed; nothing else changes.
 */
export function splitExecutorList(
  cell: string,
  options: { knownNames?: readonly string[] } = {},
): string[] {
  const known =
    options.knownNames === undefined ? null : new Set(options.knownNames.map(normalizeOrgName));
  const segments = cell
    .split(/[,;]/)
    .flatMap(joinBrokenLines)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');

  const merged: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    const mergeEnd = commaNameEnd(segments, i, known);
    if (mergeEnd > i) {
      merged.push(segments.slice(i, mergeEnd + 1).join(', '));
      i = mergeEnd;
    } else {
      merged.push(seg);
    }
  }
  return merged.flatMap(splitMissingCommas);
}

/** Index of the last fragment of a comma-containing name starting at i, or i if there is none. */
function commaNameEnd(segments: readonly string[], i: number, known: ReadonlySet<string> | null): number {
  const isFragment = (s: string): boolean =>
    wordsOf(s).length <= 2 && startsUpper(s) && !hasHead(s) && !isAbbreviation(s);
  const first = segments[i] ?? '';
  if (!isFragment(first)) return i;
  for (let j = i + 1; j < segments.length; j++) {
    const s = segments[j] ?? '';
    if (known !== null && known.has(normalizeOrgName(segments.slice(i, j + 1).join(', ')))) return j;
    if (/\svə\s/u.test(` ${s} `) && startsUpper(s) && hasHead(s)) {
      return known !== null && known.has(normalizeOrgName(first)) ? i : j;
    }
    if (!isFragment(s)) return i;
  }
  return i;
}

const INVOLVEMENT = /\s*(?<![\p{L}])cəlb\s+(?:etməklə|edilməklə|olunmaqla)(?![\p{L}])/iu;

/**
 * Separates the executors of a cell from the parties named after them with "… cəlb etməklə"
 * ("by involving …"), who take part but do not execute. The involved parties start after the
 * last word that closes a body's name in the nominative:
 * "Daxili İşlər Nazirliyi ixtisaslaşmış qeyri-hökumət təşkilatlarını cəlb etməklə" →
 * executors "Daxili İşlər Nazirliyi", involved "ixtisaslaşmış qeyri-hökumət təşkilatlarını".
 * A cell without the phrase is returned whole with involved = ''.
 */
export function separateInvolvedParties(written: string): { executors: string; involved: string } {
  // "X Nazirliyi (QHT-ləri cəlb etməklə)": the brackets only set the involvement apart.
  const cell = written.replace(/\s*[()]\s*/g, ', ').replace(/^[\s,]+|[\s,]+$/g, '');
  const m = INVOLVEMENT.exec(cell);
  if (m === null) return { executors: cell.trim(), involved: '' };
  const before = cell.slice(0, m.index);
  const after = cell.slice(m.index + m[0].length).replace(/^[\s,;.]+/, '');
  let boundary = 0;
  for (const w of before.matchAll(/[^\s,;]+/g)) {
    if (isHead(w[0])) boundary = w.index + w[0].length;
  }
  const executors = [before.slice(0, boundary).trim(), after.trim()].filter((s) => s !== '');
  return {
    executors: executors.join(', '),
    involved: before.slice(boundary).replace(/^[\s,;]+/, '').trim(),
  };
}
