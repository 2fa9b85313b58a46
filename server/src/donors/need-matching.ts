/**
 * Finding the need a match was recorded for. Needs live in their report entry as a list without
 * ids; a match keeps the need's place in the list and its text, so it still finds its need when
 * the body reorders the list or adds to it, and says so when the need was changed or removed.
 * Pure.
 */

export interface StoredMatch {
  id: string;
  entryId: string;
  position: number;
  description: string;
}

export interface EntryNeeds {
  entryId: string;
  needs: readonly { description?: unknown }[];
}

const norm = (text: unknown) => (typeof text === 'string' ? text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('az') : '');

/** The place of each match's need in its entry now, or null when no need there says the same. */
export function placeMatches(matches: readonly StoredMatch[], entries: readonly EntryNeeds[]): Map<string, number | null> {
  const byEntry = new Map(entries.map((e) => [e.entryId, e.needs]));
  const placed = new Map<string, number | null>();
  for (const match of matches) {
    const needs = byEntry.get(match.entryId) ?? [];
    const wanted = norm(match.description);
    if (norm(needs[match.position]?.description) === wanted) {
      placed.set(match.id, match.position);
      continue;
    }
    const elsewhere = needs.findIndex((n) => norm(n.description) === wanted);
    placed.set(match.id, elsewhere >= 0 ? elsewhere : null);
  }
  return placed;
}
