/**
 * Every route, fuzzed from its own schema: the body, query and path parameters that the OpenAPI
 * document publishes (generated from the routes' zod schemas) give valid values, which are then
 * broken one field at a time with hostile values (wrong types, nulls, missing and extra fields,
 * huge and unstorable strings, scripts of every kind, deep nesting, prototype keys, numbers and
 * dates out of range), alongside bodies that are not JSON at all. Each route is called as a user
 * of a role its policy allows, in a small seeded country. Every answer must be below 500; every
 * refusal must be problem+json with a catalogued code, the request id and nothing internal; and a
 * refused request must leave every table as it was (failed logins may only add their audit entry).
 *
 * FUZZ_RUNS (cases per route with a body, default 12) and FUZZ_SEED (default: fixed) tune the run;
 * the counts of cases and their outcomes are printed at the end.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../common/src/roles.js';
import { makeUser } from '../test/factories.js';
import { createTestApp, type Client } from '../test/test-app.js';
import { changedTables, fingerprintOf, writeMarker } from './db-fingerprint.js';
import { FORMULAS, MARKUP, SQL } from './hostile-values.js';
import { checkProblem } from './responses.js';
import { hostileValue, mutated, validValue, type IdPool, type Json, type JsonSchema } from './schema-arbitrary.js';
import { buildDocx, documentXml } from './zip-builder.js';
import { describedRoutes, roleFor, type DescribedRoute } from './routes.js';
import { buildWorld, type RoleClient } from './world.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_314);

const t = await createTestApp();
const world = await buildWorld(t);
const { as, db } = { as: world.as, db: t.db };

// ---------------------------------------------------------------------------------------------
// The routes, from the OpenAPI document, with who may call them

interface FuzzRoute extends DescribedRoute {
  /** Takes a raw file (application/octet-stream) rather than JSON. */
  upload: boolean;
  role: Role | null;
}

/** Routes that end a state (a period closed, an entry submitted, a record deleted) run last, so the others still find it open. */
const TERMINAL = /\/(?:submit|review|reopen|close|undo|decision|status|emergency-access|logout|logout-all|confirm|publish)$/;
const order = (route: { method: string; url: string }) => (route.method === 'DELETE' ? 3 : TERMINAL.test(route.url) ? 2 : route.method === 'GET' ? 0 : 1);
const users = Object.fromEntries(Object.entries(as).map(([role, client]) => [role, client.user])) as Record<Role, RoleClient['user']>;

const routes: FuzzRoute[] = describedRoutes(t)
  .map((r) => ({ ...r, upload: r.method === 'POST' && !r.body && r.query.some((q) => q.name === 'fileName'), role: roleFor(r.access, users) }))
  .sort((a, b) => order(a) - order(b));

// ---------------------------------------------------------------------------------------------
// Ids that exist, so that valid requests get past "not found"

const victim = await makeUser(t.db, { role: 'agency_focal_point', organisationId: world.org.dmx });
const spareOrganisation = (await as.admin.post('/api/organisations', { nameAz: 'Fuzz üçün qurum', shortName: 'FQ', kind: 'ngo' })).json().id as string;
const KNOWN: Record<string, string[]> = {
  organisations: [spareOrganisation],
  users: [victim.id],
  plans: [world.planId],
  measures: world.measureIds.slice(0, 3),
  'report-periods': [world.periodId],
  'report-entries': world.entryIds.slice(0, 4),
  cases: [world.caseId],
  organisationId: [world.org.dmx, world.org.ngo, spareOrganisation],
  toOrgId: [world.org.shelter, world.org.ngo],
  planId: [world.planId],
  periodId: [world.periodId],
  entryId: world.entryIds.slice(0, 2),
  measureId: world.measureIds.slice(0, 2),
  userId: [victim.id],
};
const existingTables = new Set((await db.owner.selectFrom('information_schema.tables' as never).select('table_name' as never).where('table_schema' as never, '=', 'public' as never).execute()).map((r) => (r as { table_name: string }).table_name));

/** Known ids for a property or the path segment before a parameter; else a few ids from the table the segment names, if any. */
async function idsFor(name: string): Promise<string[]> {
  if (KNOWN[name]) return KNOWN[name];
  const table = name.replaceAll('-', '_');
  if (!existingTables.has(table)) return [];
  const rows = await db.owner.selectFrom(table as never).select('id' as never).limit(3).execute().catch(() => []);
  return rows.map((r) => String((r as { id: unknown }).id));
}
const pool = new Map<string, string[]>();
const idPool: IdPool = (name) => pool.get(name) ?? [];
for (const name of Object.keys(KNOWN)) pool.set(name, KNOWN[name]!);

// ---------------------------------------------------------------------------------------------
// One case: a request and what must hold of its answer

interface Case {
  how: string;
  query: Record<string, string | string[]>;
  params: Record<string, string>;
  body?: { json: Json } | { raw: string | Buffer; type: string };
}

/** A URL carries UTF-8, in which a lone surrogate cannot be written: it goes as U+FFFD, as a browser would send it. */
const encode = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
const encodeQuery = (query: Record<string, string | string[]>) =>
  Object.entries(query)
    .flatMap(([key, value]) => [value].flat().map((v) => `${encode(key)}=${encode(v)}`))
    .join('&');

const asQueryValue = (value: Json): string | string[] => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : typeof value === 'string' ? value : JSON.stringify(value));

const RAW_BODIES: { raw: string | Buffer; type: string; how: string }[] = [
  { raw: '{"unterminated": ', type: 'application/json', how: 'malformed JSON' },
  { raw: '', type: 'application/json', how: 'empty JSON body' },
  { raw: 'a=1&b=2', type: 'application/x-www-form-urlencoded', how: 'a form' },
  { raw: '<x><y/></x>', type: 'application/xml', how: 'XML' },
  { raw: '{"a":1}', type: 'text/plain', how: 'JSON as text/plain' },
  { raw: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--', type: 'multipart/form-data; boundary=b', how: 'multipart' },
  { raw: `{"a":"${'x'.repeat(1_200_000)}"}`, type: 'application/json', how: 'body over the limit' },
  { raw: '[' .repeat(20_000) + ']'.repeat(20_000), type: 'application/json', how: 'nested 20 000 deep' },
  { raw: '{"__proto__":{"isAdmin":true}}', type: 'application/json', how: '__proto__ key' },
  { raw: '{"constructor":{"prototype":{"isAdmin":true}}}', type: 'application/json', how: 'constructor.prototype keys' },
  { raw: '{"a":1,"a":2}', type: 'application/json', how: 'duplicate keys' },
  { raw: Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), type: 'application/json', how: 'byte order mark' },
  { raw: Buffer.from('{"a":"\xff\xfe"}', 'latin1'), type: 'application/json; charset=utf-8', how: 'invalid UTF-8' },
];

const UPLOADS: { raw: Buffer; how: string }[] = [
  { raw: Buffer.alloc(0), how: 'empty file' },
  { raw: Buffer.from('%PDF-1.4\n%%EOF\n'), how: 'a PDF' },
  { raw: Buffer.from(`${SQL.join('\n')}\n${MARKUP.join('\n')}\n${FORMULAS.join('\n')}`), how: 'hostile text' },
  { raw: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), how: 'an executable' },
  { raw: buildDocx([{ name: 'word/document.xml', data: documentXml(['4.1.1-ci yarımbənd üzrə:', '<script>alert(1)</script>']) }]), how: 'a Word document' },
  { raw: Buffer.from('PK\x03\x04garbage that is no archive'), how: 'a broken zip' },
  { raw: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)), how: 'random bytes' },
];

function caseArbitrary(route: FuzzRoute): fc.Arbitrary<Case> {
  const paramsValid = fc.record(Object.fromEntries(route.path.map((p) => {
    const segment = route.url.split('/').at(route.url.split('/').indexOf(`:${p.name}`) - 1) ?? p.name;
    const known = route.method === 'DELETE' || TERMINAL.test(route.url) || p.name !== 'id' ? idPool(p.name) : idPool(segment);
    return [p.name, known.length ? fc.oneof(fc.constantFrom(...known), fc.uuid()) : fc.uuid()];
  }))) as fc.Arbitrary<Record<string, string>>;
  const querySchema: JsonSchema = { type: 'object', properties: Object.fromEntries(route.query.map((q) => [q.name, q.schema])), required: route.query.filter((q) => q.required).map((q) => q.name) };
  const queryValid = validValue(querySchema, idPool).map((q) => Object.fromEntries(Object.entries(q as Record<string, Json>).map(([k, v]) => [k, asQueryValue(v)])));
  const bodyValid = route.body ? validValue(route.body, idPool) : fc.constant<Json>(null);

  const valid = fc.record({ query: queryValid, params: paramsValid, body: bodyValid }).map(({ query, params, body }) => ({
    how: 'valid',
    query,
    params,
    body: route.upload ? undefined : route.body ? { json: body } : undefined,
  }));
  const brokenBody = route.body
    ? fc.record({ query: queryValid, params: paramsValid, m: mutated(bodyValid) }).map(({ query, params, m }) => ({ how: `body: ${m.how}`, query, params, body: { json: m.value } }))
    : null;
  const brokenQuery = route.query.length
    ? fc.record({ query: queryValid, params: paramsValid, body: bodyValid, key: fc.constantFrom(...route.query.map((q) => q.name), '__proto__', 'unknown'), bad: hostileValue, kind: fc.nat(2) }).map(({ query, params, body, key, bad, kind }) => {
        const changed: Record<string, string | string[]> = { ...query };
        if (kind === 0) changed[key] = asQueryValue(typeof bad === 'object' && bad !== null && !Array.isArray(bad) ? JSON.stringify(bad) : bad);
        else if (kind === 1) changed[key] = [String(query[key] ?? 'a'), 'b'];
        else delete changed[key];
        return { how: `query: ${key} ${['hostile', 'repeated', 'removed'][kind]}`, query: changed, params, body: route.body ? { json: body } : undefined };
      })
    : null;
  const brokenPath = route.path.length
    ? fc.record({ query: queryValid, params: paramsValid, body: bodyValid, key: fc.constantFrom(...route.path.map((p) => p.name)), bad: fc.oneof(fc.constantFrom(...SQL, ...MARKUP, '..', '.', '%2e%2e', '0', '-1', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-4000-8000-00000000000g', ' '), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })) }).map(({ query, params, body, key, bad }) => ({
        how: `path: ${key} hostile`,
        query,
        params: { ...params, [key]: bad },
        body: route.body ? { json: body } : undefined,
      }))
    : null;
  const rawBody = route.upload
    ? fc.record({ query: queryValid, params: paramsValid, file: fc.constantFrom(...UPLOADS) }).map(({ query, params, file }) => ({ how: `upload: ${file.how}`, query, params, body: { raw: file.raw, type: 'application/octet-stream' } }))
    : fc.record({ query: queryValid, params: paramsValid, raw: fc.constantFrom(...RAW_BODIES) }).map(({ query, params, raw }) => ({ how: `raw: ${raw.how}`, query, params, body: { raw: raw.raw, type: raw.type } }));

  const choices: { weight: number; arbitrary: fc.Arbitrary<Case> }[] = [{ weight: 2, arbitrary: valid }, { weight: route.upload ? 6 : route.body ? 2 : 1, arbitrary: rawBody }];
  if (brokenBody) choices.push({ weight: 6, arbitrary: brokenBody });
  if (brokenQuery) choices.push({ weight: route.body ? 1 : 4, arbitrary: brokenQuery });
  if (brokenPath) choices.push({ weight: 1, arbitrary: brokenPath });
  return fc.oneof(...choices);
}

function requestOf(route: FuzzRoute, c: Case): InjectOptions {
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => encode(c.params[name] ?? ''));
  const query = encodeQuery(c.query);
  const options: InjectOptions = { method: route.method as 'GET', url: query ? `${path}?${query}` : path };
  if (c.body && 'json' in c.body) {
    options.payload = JSON.stringify(c.body.json);
    options.headers = { 'content-type': 'application/json' };
  } else if (c.body) {
    options.payload = c.body.raw;
    options.headers = { 'content-type': c.body.type };
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// The run

/** Audit entries a refused request may leave: the trail of failed logins is the point of refusing them. */
const AUDITED_REFUSALS = new Set(['session.login_failed', 'session.login_blocked', 'user.locked']);

const tally = { cases: 0, routes: 0, byClass: new Map<string, number>(), byCode: new Map<string, number>(), byKind: new Map<string, number>(), failures: 0 };
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
let baseline = await fingerprintOf(db);
let marker = await writeMarker(db);

async function clientFor(route: FuzzRoute): Promise<Client> {
  if (!route.role) return t.anonymous();
  // Routes about one's own account or session could end the shared user's session: a user of their own.
  if (/^\/api\/(?:auth|account)\//.test(route.url)) return t.as(route.role, as[route.role].user.organisationId);
  return as[route.role];
}

function problemFailure(response: LightMyRequestResponse): string | null {
  const problem = checkProblem(response);
  return problem.ok ? null : `refusal is not a proper problem: ${problem.reason}: ${response.body.slice(0, 300)}`;
}

/** The tables written since the last look (the fingerprint is taken again only when a transaction wrote). */
async function tablesWritten(): Promise<string[]> {
  const now = await writeMarker(db);
  if (now === marker) return [];
  const after = await fingerprintOf(db);
  const changed = changedTables(baseline, after);
  baseline = after;
  marker = await writeMarker(db);
  return changed;
}

async function check(c: Case, response: LightMyRequestResponse): Promise<string | null> {
  count(tally.byClass, `${Math.floor(response.statusCode / 100)}xx`);
  if (response.statusCode >= 400) count(tally.byCode, String(response.headers['content-type']).startsWith('application/problem+json') ? response.json().code : `HTTP ${response.statusCode}`);
  count(tally.byKind, c.how.replace(/:.*$/, ''));
  const changed = await tablesWritten();
  if (response.statusCode >= 500) return `answered ${response.statusCode}: ${response.body.slice(0, 300)}`;
  if (response.statusCode < 400) return null;
  const problem = problemFailure(response);
  if (problem) return problem;
  const writes = changed.filter((table) => table !== 'audit_log' && table !== 'audit_head');
  if (writes.length) return `refused (${response.statusCode} ${response.json().code}) but wrote to ${writes.join(', ')}`;
  if (changed.length) {
    const audited = await db.owner.selectFrom('audit_log').select('action').where('request_id', '=', response.json().requestId).execute();
    const unexpected = audited.filter((a) => !AUDITED_REFUSALS.has(a.action));
    if (unexpected.length || !audited.length) return `refused (${response.statusCode} ${response.json().code}) but audited ${unexpected.map((a) => a.action).join(', ') || 'another request'}`;
  }
  return null;
}

describe('every route, fuzzed from its own schema', () => {
  after(() => {
    const list = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(
      [
        `fuzzing: ${tally.cases} cases on ${tally.routes} routes (seed ${SEED}, ${RUNS} runs per route with a body), ${tally.failures} failed`,
        `  answers: ${list(tally.byClass)}`,
        `  kinds: ${list(tally.byKind)}`,
        `  refusals: ${list(tally.byCode)}`,
      ].join('\n'),
    );
  });

  test('every registered route is in the OpenAPI document with its schemas, so that none escapes the fuzzing', () => {
    assert.ok(routes.length > 100, `${routes.length} routes`);
    assert.deepEqual(routes.filter((r) => !r.documented).map((r) => `${r.method} ${r.url}`), []);
  });

  for (const [index, route] of routes.entries()) {
    test(`${route.method} ${route.url}${route.role ? ` as ${route.role}` : ''}`, async () => {
      for (const p of route.path) {
        const segment = route.url.split('/').at(route.url.split('/').indexOf(`:${p.name}`) - 1)!;
        const key = p.name === 'id' ? segment : p.name;
        if (!pool.has(key)) pool.set(key, await idsFor(key));
      }
      const client = await clientFor(route);
      const runs = route.body || route.upload ? RUNS : Math.max(4, Math.ceil(RUNS / 2));
      const cases = fc.sample(caseArbitrary(route), { numRuns: runs, seed: SEED + index });
      const failures: string[] = [];
      baseline = await fingerprintOf(db);
      marker = await writeMarker(db);
      for (const c of cases) {
        const options = requestOf(route, c);
        const response = await client.request(options);
        tally.cases++;
        const failure = await check(c, response);
        if (failure) failures.push(`${c.how} → ${failure}\n    request: ${options.method} ${String(options.url).slice(0, 300)} ${String(options.payload ?? '').slice(0, 300)}`);
      }
      tally.routes++;
      tally.failures += failures.length;
      assert.deepEqual(failures, [], `${route.method} ${route.url}`);
    });
  }
});
