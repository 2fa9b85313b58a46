/**
 * Where a search query occurs in a text, for highlighting the matches of the measures' full-text
 * search. Folds both strings the way the server's search does: lower case the Azerbaijani way
 * (İ → i, I → ı), then ə → e, ı → i, ö → o, ü → u, ç → c, ş → s, ğ → g (and Cyrillic ё → е,
 * й → и, as the database's `az_fold` does). Query words are split on white space only, like the
 * server's. The fold maps each UTF-16 code unit to exactly one, so positions in the folded text are
 * positions in the original.
 */

const LETTER_FOLD: Readonly<Record<string, string>> = { ə: 'e', ı: 'i', ö: 'o', ü: 'u', ç: 'c', ş: 's', ğ: 'g', ё: 'е', й: 'и' };

function foldChar(ch: string): string {
  const lower = ch === 'İ' ? 'i' : ch === 'I' ? 'ı' : ch.toLowerCase();
  // A letter whose lower case is longer (none in Azerbaijani) stays as it is, keeping positions.
  const one = lower.length === 1 ? lower : ch;
  return LETTER_FOLD[one] ?? one;
}

/** The text folded for comparison; same length as the input. */
export function foldForSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** The words of a query (split on white space), folded, each once. */
export function queryWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(/\s+/).filter(Boolean))];
}

/**
 * Ranges `[start, end)` of `text` matching any word of `query` (each word independently),
 * sorted, with overlapping and touching ranges merged.
 */
export function highlightRanges(text: string, query: string): [number, number][] {
  const words = queryWords(query);
  if (words.length === 0 || text === '') return [];
  const folded = foldForSearch(text);
  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) found.push([at, at + word.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
