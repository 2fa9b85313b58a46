import type { Entry } from './types';

/** Why the entry is back with its body: the comment of the last return (or reopening), if any. */
export function lastReturn(entry: Pick<Entry, 'events' | 'state'>): Entry['events'][number] | null {
  if (entry.state !== 'returned') return null;
  const back = entry.events.filter((e) => e.kind === 'returned' || e.kind === 'reopened');
  return back.sort((a, b) => a.at.localeCompare(b.at))[back.length - 1] ?? null;
}
