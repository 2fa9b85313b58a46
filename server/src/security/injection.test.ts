/**
 * Injection and scripting: SQL metacharacters in text fields and filters are stored and found
 * literally (a LIKE wildcard matches itself only), and markup in narratives, notes and names is
 * kept and returned as data, in JSON, and written as text into the Word report.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import { sql } from 'kysely';
import type { Role } from '../../../common/src/roles.js';
import { createTestApp } from '../test/test-app.js';
import { MARKUP, SQL } from './hostile-values.js';
import { describedRoutes, roleFor } from './routes.js';
import { acceptedEntry, buildWorld } from './world.js';

const t = await createTestApp();
const world = await buildWorld(t);
const { as } = world;
const users = Object.fromEntries(Object.entries(as).map(([role, client]) => [role, client.user])) as Record<Role, (typeof as)[Role]['user']>;

/** The items of a list answer, whatever its shape. */
function itemsOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    for (const value of Object.values(body)) if (Array.isArray(value)) return value;
  }
  return null;
}

const tableCounts = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public'`.execute(t.db.owner)).rows[0]!.n;

/** Every GET route with a free-text filter, and the parameters it needs besides. */
const FREE_TEXT = new Set(['q', 'name', 'action', 'resource', 'document', 'phone']);
const searchable = describedRoutes(t)
  .filter((r) => r.method === 'GET' && !r.path.length && r.query.some((q) => FREE_TEXT.has(q.name) && q.schema.type === 'string' && !q.schema.enum && !q.schema.format && !q.schema.pattern))
  .map((r) => ({ ...r, role: roleFor(r.access, users)!, filters: r.query.filter((q) => FREE_TEXT.has(q.name) && q.schema.type === 'string' && !q.schema.enum && !q.schema.format && !q.schema.pattern).map((q) => q.name) }));
const REQUIRED: Record<string, string> = { periodId: world.periodId, planId: world.planId };
const required = (route: (typeof searchable)[number]) =>
  route.query.filter((q) => q.required && !route.filters.includes(q.name)).map((q) => `&${q.name}=${encodeURIComponent(REQUIRED[q.name] ?? (q.schema.enum?.[0] as string) ?? '')}`).join('');

describe('SQL metacharacters in filters are taken literally', () => {
  test('there are free-text filters to try', () => {
    const names = searchable.map((r) => r.url);
    for (const url of ['/api/organisations', '/api/users', '/api/measures', '/api/report-entries', '/api/cases', '/api/audit']) assert.ok(names.includes(url), `${url} in ${names.join(', ')}`);
  });

  for (const route of searchable) {
    test(`${route.url} (${route.filters.join(', ')}) as ${route.role}`, async () => {
      const client = as[route.role];
      const tables = await tableCounts();
      for (const filter of route.filters) {
        // A literal match finds only what holds the text as written; a wildcard or an injected condition would find everything.
        for (const value of ['%', '_', '%%', '_%_', '\\', '\\%', '%\\', "' or '1'='1", "'; drop table users; --", "') or true; --", '*', '.*', '[a-z]']) {
          const response = await client.get(`${route.url}?${filter}=${encodeURIComponent(value)}${required(route)}`);
          assert.ok(response.statusCode < 500, `${filter}=${value}: ${response.statusCode} ${response.body}`);
          if (response.statusCode !== 200) {
            assert.equal(response.json().code, 'VALIDATION_FAILED', `${filter}=${value}: ${response.body}`);
            continue;
          }
          const items = itemsOf(response.json());
          assert.ok(items, `${route.url} answers a list`);
          const strays = items.filter((item) => !JSON.stringify(item).toLowerCase().includes(JSON.stringify(value).slice(1, -1).toLowerCase()));
          assert.deepEqual(strays, [], `${filter}=${JSON.stringify(value)} matched ${JSON.stringify(strays).slice(0, 300)}`);
        }
      }
      assert.equal(await tableCounts(), tables);
    });
  }
});

describe('SQL metacharacters in text are stored and found as written', () => {
  const texts = [...SQL, ...MARKUP].map((text, i) => `${text} №${i}`);

  test('organisation names: stored literally, and a search for the exact text finds that one only', async () => {
    for (const name of texts) {
      const created = await as.admin.post('/api/organisations', { nameAz: name, shortName: name.slice(0, 20), kind: 'ngo' });
      assert.equal(created.statusCode, 201, `${name}: ${created.body}`);
      assert.equal((await as.admin.get(`/api/organisations/${created.json().id}`)).json().nameAz, name);
    }
    for (const name of texts) {
      const found = (await as.admin.get(`/api/organisations?q=${encodeURIComponent(name)}&pageSize=200`)).json().items.map((o: { nameAz: string }) => o.nameAz);
      assert.deepEqual(found, [name], `q=${name}`);
    }
    const percent = (await as.admin.get('/api/organisations?q=%25&pageSize=200')).json().items.map((o: { nameAz: string }) => o.nameAz);
    assert.deepEqual(percent.sort(), texts.filter((n) => n.includes('%')).sort(), 'a % finds the names with a %');
    const underscore = (await as.admin.get('/api/organisations?q=_&pageSize=200')).json().items.map((o: { nameAz: string }) => o.nameAz);
    assert.deepEqual(underscore.sort(), texts.filter((n) => n.includes('_')).sort(), 'an _ finds the names with an _');
  });

  test('user names: stored literally and found by the exact text', async () => {
    for (const [i, fullName] of texts.slice(0, 12).entries()) {
      const created = await as.admin.post('/api/users', { login: `inj.${i}.${Date.now() % 100000}`, fullName, organisationId: world.org.ngo, role: 'oversight_reader', password: 'Uzun-Parol-2026!' });
      assert.equal(created.statusCode, 201, `${fullName}: ${created.body}`);
      assert.equal((await as.admin.get(`/api/users/${created.json().id}`)).json().fullName, fullName);
      const found = (await as.admin.get(`/api/users?q=${encodeURIComponent(fullName)}`)).json().items.map((u: { fullName: string }) => u.fullName);
      assert.deepEqual(found, [fullName]);
    }
  });

  test('measure texts and participants: stored literally and found by their words', async () => {
    const id = world.measureIds[5]!;
    const text = `Tədbir ${SQL[0]} ${SQL[5]}${SQL[6]}${SQL[7]} 100%_tam ${MARKUP[0]}`;
    const saved = await as.secretariat.put(`/api/measures/${id}`, { text, period: null, participants: [{ role: 'involved', name: SQL[1], organisationId: null }], reason: SQL[2] });
    assert.equal(saved.statusCode, 200, saved.body);
    const read = (await as.oversight_reader.get(`/api/measures/${id}`)).json();
    assert.equal(read.text, text);
    assert.equal(read.participants[0].name, SQL[1]);
    for (const q of ['100%_tam', '%_\\', 'drop table users;']) {
      const found = (await as.oversight_reader.get(`/api/measures?planId=${world.planId}&q=${encodeURIComponent(q)}&pageSize=200`)).json().items.map((m: { id: string }) => m.id);
      assert.deepEqual(found, [id], `q=${q}`);
    }
  });

  test('report narratives and their activities, figures and needs: stored literally, found by their words', async () => {
    const entryId = world.entryIds[3]!;
    const narrative = [...SQL, ...MARKUP].join('\n');
    const activities = [{ kind: 'training', title: SQL[0], dateFrom: '2022-03-01', dateTo: '2022-03-01', place: MARKUP[1], participants: 3, women: 1, men: 2, partners: [SQL[3], MARKUP[0]] }];
    const figures = [{ label: SQL[1], value: 1, unit: '%' }];
    const needs = [{ kind: 'other', description: MARKUP[2], amount: null, currency: null }];
    const saved = await as.agency_focal_point.put(`/api/report-entries/${entryId}`, { revision: 0, status: 'in_progress', narrative, activities, figures, needs });
    assert.equal(saved.statusCode, 200, saved.body);
    const read = (await as.agency_focal_point.get(`/api/report-entries/${entryId}`)).json();
    assert.equal(read.narrative, narrative);
    assert.deepEqual([read.activities[0].title, read.activities[0].place, read.activities[0].partners], [SQL[0], MARKUP[1], [SQL[3], MARKUP[0]]]);
    assert.deepEqual([read.figures[0].label, read.needs[0].description], [SQL[1], MARKUP[2]]);
    for (const q of ['%_\\', '<script>alert(1)</script>']) {
      const found = (await as.agency_focal_point.get(`/api/report-entries?periodId=${world.periodId}&q=${encodeURIComponent(q)}`)).json().items.map((e: { id: string }) => e.id);
      assert.deepEqual(found, [entryId], `q=${q}`);
    }
  });

  test("a victim's names, documents, contacts and notes: sealed, and read back as written", async () => {
    const names = [`Məmmədova ${SQL[0]}`, `O'Brien ${MARKUP[0]}`];
    const created = await as.frontline_officer.post('/api/cases', {
      identificationChannel: 'police',
      firstContactOn: '2026-01-10',
      person: { names, sex: 'female', birthDate: '1990-01-01', address: SQL[4], documents: [{ kind: 'passport', number: "C0'1;--", country: 'AZ' }], contacts: [{ kind: 'email', value: MARKUP[1] }] },
      victim: { traffickingStatus: 'presumed' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const caseId = created.json().id;
    const note = await as.frontline_officer.post(`/api/cases/${caseId}/notes`, { part: 'victim', body: `${MARKUP.join(' ')} ${SQL.join(' ')}` });
    assert.ok(note.statusCode < 300, note.body);
    const read = (await as.frontline_officer.get(`/api/cases/${caseId}`)).json();
    const text = JSON.stringify(read);
    for (const value of [...names, SQL[4], "C0'1;--", MARKUP[1], `${MARKUP.join(' ')} ${SQL.join(' ')}`]) assert.ok(text.includes(JSON.stringify(value).slice(1, -1)), `${value} read back`);
    const byName = (await as.frontline_officer.get(`/api/cases?q=${encodeURIComponent(names[0]!)}`)).json().items.map((c: { id: string }) => c.id);
    assert.ok(byName.includes(caseId), 'found by the name as written');
    const stored = await sql<{ row: string }>`select p::text as row from persons p`.execute(t.db.owner);
    assert.ok(stored.rows.every((r) => !r.row.includes('Brien')), 'names are sealed at rest');
  });

  test('meeting titles and minutes: stored literally', async () => {
    const title = `${SQL[0]} ${MARKUP[0]}`;
    const created = await as.secretariat.post('/api/meetings', { kind: 'commission', title, heldOn: '2026-03-12', startsAt: '10:00' });
    if (created.statusCode === 404) return; // no meetings in this build
    assert.equal(created.statusCode, 201, created.body);
    assert.equal((await as.secretariat.get(`/api/meetings/${created.json().id}`)).json().title, title);
  });
});

describe('markup is data', () => {
  test('narratives with markup come back as the same text, as JSON, and go into the Word report as text', async () => {
    const entryId = world.entryIds[4]!;
    const narrative = `${MARKUP.join('\n\n')}\n\n- **<b>bold?</b>** and <i>not italic</i>`;
    await acceptedEntry(world, entryId, { narrative });
    const read = await as.secretariat.get(`/api/report-entries/${entryId}`);
    assert.match(String(read.headers['content-type']), /^application\/json/);
    assert.equal(read.json().narrative, narrative);
    const report = await as.secretariat.get(`/api/report-periods/${world.periodId}/report.docx`);
    assert.equal(report.statusCode, 200);
    const { value: html } = await mammoth.convertToHtml({ buffer: report.rawPayload });
    assert.ok(!/<script|<img|<svg|<iframe|<a href="javascript/i.test(html), 'no markup of the narrative became markup of the document');
    const { value: raw } = await mammoth.extractRawText({ buffer: report.rawPayload });
    for (const text of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<i>not italic</i>']) assert.ok(raw.includes(text), `${text} is in the report as text`);
  });

  test('JSON answers escape nothing away and are never served as HTML', async () => {
    const created = await as.admin.post('/api/organisations', { nameAz: '</script><script>alert(1)</script>', shortName: '<b>', kind: 'ngo' });
    assert.equal(created.statusCode, 201, created.body);
    const read = await as.admin.get(`/api/organisations/${created.json().id}`);
    assert.match(String(read.headers['content-type']), /^application\/json/);
    assert.equal(read.headers['x-content-type-options'], 'nosniff');
    assert.equal(read.json().nameAz, '</script><script>alert(1)</script>');
  });
});
