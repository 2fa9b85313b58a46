/**
 * An entry's content (what a person writes; what each submission keeps) and the differences
 * between two versions of it. Pure.
 */
import type { Activity, Entry, EntryContent, Figure, Need } from './types';

export function contentOf(entry: EntryContent): EntryContent {
  const { status, narrative, activities, figures, needs } = entry;
  return { status, narrative, activities, figures, needs };
}

export function sameContent(a: EntryContent, b: EntryContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

export interface ListChanges<T> {
  added: T[];
  removed: T[];
}

/** Items of `after` not in `before` and the other way round, counting repeats (a changed item is one of each). */
export function listChanges<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): ListChanges<T> {
  const left = new Map<string, number>();
  for (const item of before) left.set(key(item), (left.get(key(item)) ?? 0) + 1);
  const added: T[] = [];
  for (const item of after) {
    const k = key(item);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else added.push(item);
  }
  const removed: T[] = [];
  for (const item of [...before].reverse()) {
    const k = key(item);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      removed.unshift(item);
      left.set(k, n - 1);
    }
  }
  return { added, removed };
}

const norm = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ');

export const activityKey = (a: Activity) =>
  JSON.stringify([a.kind, norm(a.title), a.dateFrom, a.dateTo, norm(a.place), a.participants, a.women, a.men, a.partners.map(norm)]);
export const figureKey = (f: Figure) => JSON.stringify([norm(f.label), f.value, norm(f.unit)]);
export const needKey = (n: Need) => JSON.stringify([n.kind, norm(n.description), n.amount, norm(n.currency)]);

export interface ContentChanges {
  status: { before: EntryContent['status']; after: EntryContent['status'] } | null;
  narrative: { before: string; after: string } | null;
  activities: ListChanges<Activity>;
  figures: ListChanges<Figure>;
  needs: ListChanges<Need>;
}

/** What changed from one version of the content to another. */
export function contentChanges(before: EntryContent, after: EntryContent): ContentChanges {
  return {
    status: before.status === after.status ? null : { before: before.status, after: after.status },
    narrative: before.narrative === after.narrative ? null : { before: before.narrative, after: after.narrative },
    activities: listChanges(before.activities, after.activities, activityKey),
    figures: listChanges(before.figures, after.figures, figureKey),
    needs: listChanges(before.needs, after.needs, needKey),
  };
}

export function hasChanges(c: ContentChanges): boolean {
  const lists = [c.activities, c.figures, c.needs];
  return c.status !== null || c.narrative !== null || lists.some((l) => l.added.length > 0 || l.removed.length > 0);
}

/** The snapshots of the last two submissions, oldest first; null before the second submission. */
export function lastTwoSubmissions(entry: Pick<Entry, 'events'>): [EntryContent, EntryContent] | null {
  const submitted = entry.events
    .filter((e) => e.kind === 'submitted' && e.snapshot)
    .sort((a, b) => a.version - b.version || a.at.localeCompare(b.at));
  const [previous, last] = submitted.slice(-2);
  return previous?.snapshot && last?.snapshot ? [previous.snapshot, last.snapshot] : null;
}

/** Rows still missing what names them: not sent until filled in (the server would refuse them). */
export function incomplete(content: EntryContent): boolean {
  return (
    content.activities.some((a) => !a.title.trim()) ||
    content.figures.some((f) => !f.label.trim()) ||
    content.needs.some((n) => !n.description.trim())
  );
}
