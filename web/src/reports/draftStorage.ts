/**
 * Unsaved edits of an entry kept on this device (localStorage, `koordinator.entry.<id>`), so that a
 * closed tab, a lost connection or an expired session loses nothing. Cleared once the server has
 * the same content.
 */
import { contentOf, sameContent } from './content';
import type { Entry, EntryContent } from './types';

export interface StoredDraft {
  /** The server revision the edits were made on. */
  revision: number;
  /** When the draft was last written (ISO instant). */
  savedAt: string;
  content: EntryContent;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (entryId: string) => `koordinator.entry.${entryId}`;

function browserStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled
  }
}

function isDraft(value: unknown): value is StoredDraft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Partial<StoredDraft>;
  const c = d.content as Partial<EntryContent> | undefined;
  return (
    typeof d.revision === 'number' &&
    typeof d.savedAt === 'string' &&
    !!c &&
    typeof c.status === 'string' &&
    typeof c.narrative === 'string' &&
    Array.isArray(c.activities) &&
    Array.isArray(c.figures) &&
    Array.isArray(c.needs)
  );
}

export function readDraft(entryId: string, storage = browserStorage()): StoredDraft | null {
  try {
    const text = storage?.getItem(draftKey(entryId));
    const value: unknown = text ? JSON.parse(text) : null;
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeDraft(entryId: string, draft: StoredDraft, storage = browserStorage()): void {
  try {
    storage?.setItem(draftKey(entryId), JSON.stringify(draft));
  } catch {
    // full or disabled: the server copy is all there is
  }
}

export function clearDraft(entryId: string, storage = browserStorage()): void {
  try {
    storage?.removeItem(draftKey(entryId));
  } catch {
    // nothing to clear
  }
}

/**
 * The stored draft worth offering for this entry: one whose content the server does not have.
 * `stale`: the server has moved on since the draft's revision (restoring it will show both versions).
 */
export function draftToOffer(draft: StoredDraft | null, entry: Entry): (StoredDraft & { stale: boolean }) | null {
  if (!draft || sameContent(draft.content, contentOf(entry))) return null;
  return { ...draft, stale: draft.revision < entry.revision };
}
