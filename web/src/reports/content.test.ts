import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentChanges, hasChanges, lastTwoSubmissions, listChanges } from './content.js';
import { draftKey, draftToOffer, readDraft, writeDraft, clearDraft } from './draftStorage.js';
import type { Activity, Entry, EntryContent, EntryEvent } from './types.js';

const activity = (title: string, participants: number | null = null): Activity => ({
  kind: 'training',
  title,
  dateFrom: '2016-06-22',
  dateTo: '2016-06-23',
  place: 'Bakı',
  participants,
  women: null,
  men: null,
  partners: ['BMqT'],
});
const content = (patch: Partial<EntryContent> = {}): EntryContent => ({
  status: 'in_progress',
  narrative: 'Layihə hazırlanmışdır.',
  activities: [],
  figures: [],
  needs: [],
  ...patch,
});

test('list changes count repeats and show a changed item as removed and added', () => {
  assert.deepEqual(listChanges([1, 1, 2], [1, 2, 3], String), { added: [3], removed: [1] });
  assert.deepEqual(listChanges([], [], String), { added: [], removed: [] });
});

test('changes between two versions: status, narrative, activities and figures', () => {
  const before = content({ activities: [activity('Seminar', 4)], figures: [{ label: 'Leqallaşdırılıb', value: 1913, unit: 'nəfər' }] });
  const after = content({
    status: 'done',
    narrative: 'Layihə təqdim edilmişdir.',
    activities: [activity('Seminar ', 4), activity('Təlim', 16)],
    figures: [{ label: 'Leqallaşdırılıb', value: 1950, unit: 'nəfər' }],
  });
  const changes = contentChanges(before, after);
  assert.deepEqual(changes.status, { before: 'in_progress', after: 'done' });
  assert.ok(changes.narrative);
  assert.deepEqual(changes.activities.added.map((a) => a.title), ['Təlim']); // spacing differences are no change
  assert.deepEqual(changes.activities.removed, []);
  assert.deepEqual(changes.figures.removed.map((f) => f.value), [1913]);
  assert.deepEqual(changes.figures.added.map((f) => f.value), [1950]);
  assert.ok(hasChanges(changes));
  assert.equal(hasChanges(contentChanges(before, before)), false);
});

const event = (kind: EntryEvent['kind'], version: number, snapshot: EntryContent | null): EntryEvent => ({
  id: `${kind}${version}`,
  kind,
  version,
  comment: null,
  by: null,
  at: `2026-01-0${version}T10:00:00Z`,
  snapshot,
});

test('the last two submissions are compared, whatever the order of events', () => {
  const v1 = content({ narrative: 'bir' });
  const v2 = content({ narrative: 'iki' });
  const v3 = content({ narrative: 'üç' });
  assert.equal(lastTwoSubmissions({ events: [event('submitted', 1, v1), event('returned', 1, null)] }), null);
  const pair = lastTwoSubmissions({ events: [event('submitted', 3, v3), event('returned', 2, null), event('submitted', 1, v1), event('submitted', 2, v2)] });
  assert.deepEqual(pair, [v2, v3]);
});

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

test('drafts are stored under koordinator.entry.<id>; broken values are ignored', () => {
  const storage = memoryStorage();
  const draft = { revision: 3, savedAt: '2026-01-01T10:00:00Z', content: content() };
  writeDraft('e1', draft, storage);
  assert.ok(storage.map.has(draftKey('e1')) && draftKey('e1') === 'koordinator.entry.e1');
  assert.deepEqual(readDraft('e1', storage), draft);
  storage.setItem(draftKey('e2'), '{"revision":"x"');
  assert.equal(readDraft('e2', storage), null);
  clearDraft('e1', storage);
  assert.equal(readDraft('e1', storage), null);
});

test('a draft is offered only when the server lacks its content; stale when the server moved on', () => {
  const entry = { ...content(), revision: 4 } as Entry;
  assert.equal(draftToOffer({ revision: 4, savedAt: 'x', content: content() }, entry), null);
  assert.equal(draftToOffer(null, entry), null);
  assert.equal(draftToOffer({ revision: 4, savedAt: 'x', content: content({ narrative: 'yeni' }) }, entry)?.stale, false);
  assert.equal(draftToOffer({ revision: 2, savedAt: 'x', content: content({ narrative: 'yeni' }) }, entry)?.stale, true);
});
