import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { caseInput, makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { createTestApp } from '../test/test-app.js';
import { makeOrganisation } from '../test/factories.js';
import { AGE_BAND_GROUP, trueCounts, type CaseTableKey } from './case-statistics.js';
import { EXPORT_COLUMNS } from './case-export.js';
import { auditList } from './disclosure/index.js';
import { caseFacts } from './facts.js';
import { auditMargins, auditRow, knownFromLabels, type Cell, type YearRow } from './publish.js';

const t = await createTestApp();
const migration = await makeOrganisation(t.db, { shortName: 'DMX' });
const hotlineOrg = await makeOrganisation(t.db, { shortName: 'QX', kind: 'ngo' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const officer = await t.as('frontline_officer', migration.id);
const hotline = await t.as('hotline_operator', hotlineOrg.id);
const investigator = await t.as('police_investigator', unit.id);
const coordinator = await t.as('national_coordinator');
const focalPoint = await t.as('agency_focal_point');

interface CaseStatisticsBody {
  from: number;
  to: number;
  threshold: number;
  totals: { year: number; total: Cell }[];
  tables: { key: CaseTableKey; columns: string[]; rows: YearRow[] }[];
  abilities: { export: boolean };
}

// Names that share nothing, so that the duplicate check pairs only the one it should.
const NAMES = ['Əliyeva Günel', 'Hüseynov Rauf', 'Qasımova Leyla', 'Babayev Orxan', 'Nəsibova Sevinc', 'Tağıyev Elnur', 'Kərimova Aytən', 'Rzayev Tural',
  'Süleymanova Nərgiz', 'Cəfərov Emin', 'Mustafayeva Lalə', 'Vəliyev Kamran', 'Abbasova Fidan', 'İsmayılov Vüsal', 'Zeynalova Aynur', 'Həsənov Fərid',
  'Orucova Səbinə', 'Mirzəyev Anar', 'Qurbanova Könül', 'Şükürov Elvin', 'Paşayeva Ülviyyə', 'Nağıyev Rəşad', 'Xəlilova Təranə', 'Sadıqov Ilkin'];
let next = 0;
const references: string[] = [];

async function record(client: typeof officer, options: { year: number; sex: 'female' | 'male'; identified?: boolean; name?: string; birthDate?: string; exploitation?: string[] }) {
  const name = options.name ?? NAMES[next++ % NAMES.length]!;
  const firstContactOn = `${options.year}-03-10`;
  const response = await client.post(
    '/api/cases',
    caseInput({
      identificationChannel: 'police',
      firstContactOn,
      person: { names: [name], latinName: null, sex: options.sex, birthDate: options.birthDate ?? `${options.year - 26}-0${1 + (next % 9)}-1${next % 9}`, documents: [], contacts: [] },
      victim: {
        traffickingStatus: options.identified ? 'identified' : 'presumed',
        statusDecidedOn: options.identified ? `${options.year}-05-20` : null,
        exploitation: (options.exploitation ?? ['ForcedLabour']) as never,
        events: [],
      },
      consents: [{ purpose: 'data_processing', given: true, recordedOn: firstContactOn }],
    }),
  );
  assert.equal(response.statusCode, 201, response.body);
  const created = response.json() as { id: string; reference: string; duplicates: number };
  references.push(created.reference);
  return created;
}

async function caseStatistics(client = coordinator, query = '?from=2019&to=2022'): Promise<CaseStatisticsBody> {
  const response = await client.get(`/api/statistics/cases${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as CaseStatisticsBody;
}

const rowOf = (s: CaseStatisticsBody, key: CaseTableKey, year: number) => s.tables.find((table) => table.key === key)!.rows.find((row) => row.year === year)!;
const facts = () => t.db.owner.transaction().execute((tx) => caseFacts(tx as never));

// 2021: three identified women and six presumed men. 2022: two people. 2020: five people, one of them recorded twice.
for (let i = 0; i < 3; i++) await record(officer, { year: 2021, sex: 'female', identified: true });
for (let i = 0; i < 6; i++) await record(officer, { year: 2021, sex: 'male' });
for (let i = 0; i < 2; i++) await record(officer, { year: 2022, sex: 'female', exploitation: ['SexualExploitation', 'ForcedLabour'] });
const twice = { name: 'Məmmədova Aysel Vüqar qızı', birthDate: '1998-05-02' };
await record(officer, { year: 2020, sex: 'female', ...twice });
for (let i = 0; i < 4; i++) await record(officer, { year: 2020, sex: 'male' });

describe('victims per year', () => {
  test('a year with 3 identified women shows "<5", and what is published does not give them away', async () => {
    const s = await caseStatistics();
    assert.equal(s.threshold, 5);
    assert.deepEqual(s.totals.find((x) => x.year === 2021)!.total, { label: '9', value: 9 });
    const sex = rowOf(s, 'sex', 2021);
    assert.deepEqual(sex.cells!.map((c) => c.label), ['<5', 'x']);
    assert.deepEqual(rowOf(s, 'status', 2021).cells!.map((c) => c.label), ['x', '<5']);

    // Nothing but the label and the value leaves the server.
    const body = JSON.stringify(s);
    assert.doesNotMatch(body, /primary|secondary|suppressed/);

    // The module's audit of the sex row exactly as returned: the women cannot be worked out.
    const known = knownFromLabels([...sex.cells!, sex.total], 5);
    const audit = auditList({ values: sex.cells!.map((c) => c.value), total: sex.total.value }, { threshold: 5, known: (ref) => known(ref.kind === 'total' ? sex.total : sex.cells![ref.index]!) });
    assert.equal(audit.safe, true);
    const women = audit.findings.find((f) => f.ref.kind === 'value' && f.ref.index === 0)!;
    assert.ok(women.min < women.max, `women lie in ${women.min}..${women.max}`);

    // And every row of every table of every year, against the true counts.
    const all = await facts();
    for (const { year, total } of s.totals) {
      const truth = trueCounts(all, s, year);
      for (const table of s.tables) {
        const row = rowOf(s, table.key, year);
        assert.deepEqual(row.total, total, `${table.key} ${year} repeats the year's total`);
        if (row.cells) assert.deepEqual(auditRow(row.cells, row.total, truth[table.key], 5), [], `${table.key} ${year}`);
      }
      const groups = rowOf(s, 'ageGroup', year).cells;
      const bands = rowOf(s, 'ageBand', year).cells;
      if (groups && bands) assert.deepEqual(auditMargins(groups, bands, total, AGE_BAND_GROUP, { rows: truth.ageGroup, columns: truth.ageBand }, 5), []);
    }
  });

  test('a year with fewer than 5 people is "<5" and not broken down', async () => {
    const s = await caseStatistics();
    assert.deepEqual(s.totals.find((x) => x.year === 2022)!.total, { label: '<5', value: null });
    for (const table of s.tables) assert.equal(rowOf(s, table.key, 2022).cells, null, table.key);
    assert.ok(rowOf(s, 'sex', 2019).cells!.every((c) => c.label === '0'));
  });

  test('a person recorded by two bodies and merged as a duplicate counts once', async () => {
    const duplicate = await record(hotline, { year: 2020, sex: 'female', ...twice });
    assert.ok(duplicate.duplicates >= 1);
    assert.equal((await caseStatistics()).totals.find((x) => x.year === 2020)!.total.value, 6, 'two records before the merge');
    const listed = await hotline.get(`/api/cases/${duplicate.id}/duplicates`);
    assert.equal(listed.statusCode, 200, listed.body);
    const [candidate] = listed.json().candidates as { personId: string }[];
    assert.equal((await hotline.post(`/api/cases/${duplicate.id}/duplicates/${candidate!.personId}`, { decision: 'merge' })).statusCode, 200);
    const after = await caseStatistics();
    assert.deepEqual(after.totals.find((x) => x.year === 2020)!.total, { label: '5', value: 5 }, 'one human, once');
    assert.equal(rowOf(after, 'sex', 2020).cells![0]!.label, '<5');
  });

  test('everyone may read them; the range is checked', async () => {
    const asFocalPoint = await caseStatistics(focalPoint, '');
    assert.equal(asFocalPoint.to, new Date().getUTCFullYear());
    assert.equal(asFocalPoint.from, asFocalPoint.to - 4);
    assert.equal(asFocalPoint.abilities.export, false);
    assert.equal((await caseStatistics(officer)).abilities.export, false);
    assert.equal((await caseStatistics(coordinator)).abilities.export, true);
    const backwards = await coordinator.get('/api/statistics/cases?from=2024&to=2020', { 'accept-language': 'en' });
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().errors[0].path, 'to');
    assert.equal((await coordinator.get('/api/statistics/cases?from=1200')).statusCode, 400);
  });
});

describe('proceedings', () => {
  test('by stage, prosecuted and convicted by sex, sentences and sums, suppressed', async () => {
    const caseId = (await sql<{ id: string }>`select id from cases order by number limit 1`.execute(t.db.owner)).rows[0]!.id;
    const defendants = [
      { sex: 'male', convicted: true, sentenceMonths: 96 },
      { sex: 'male', convicted: true, sentenceMonths: 130 },
      { sex: 'female', convicted: false },
    ];
    for (let i = 0; i < 6; i++) {
      const response = await investigator.post(`/api/cases/${caseId}/proceedings`, {
        number: `2021/${i}`, article: '144-1', stage: i < 2 ? 'verdict' : 'preliminary_investigation', openedOn: '2021-06-01',
        defendants: i < 2 ? defendants : [], proceedsTraced: 1000 * (i + 1), compensationOrdered: i === 0 ? 5000 : null,
      });
      assert.equal(response.statusCode, 201, response.body);
    }
    const response = await coordinator.get('/api/statistics/proceedings?from=2021&to=2021');
    assert.equal(response.statusCode, 200, response.body);
    const s = response.json();
    const row = (key: string) => s.tables.find((table: { key: string }) => table.key === key).rows[0] as YearRow;
    assert.equal(row('stage').total.label, '6');
    assert.deepEqual(row('stage').cells!.map((c) => c.label), ['<5', '0', '0', '<5', '0', '0']);
    assert.equal(row('prosecuted').total.label, '6');
    assert.deepEqual(row('prosecuted').cells!.map((c) => c.label).slice(0, 2), ['<5', '<5']);
    assert.deepEqual(row('convicted').cells!.map((c) => c.label).slice(0, 2), ['0', '<5']);
    assert.equal(row('sentence').cells, null, 'four convicted: not broken down');
    const sums = Object.fromEntries(s.amounts.map((a: { key: string; rows: { sum: Cell }[] }) => [a.key, a.rows[0]!.sum]));
    assert.deepEqual(sums.proceedsTraced, { label: '21000.00', value: 21000 });
    assert.deepEqual(sums.compensationOrdered, { label: 'x', value: null }, 'one proceeding behind it');
    assert.doesNotMatch(response.body, /2021\/\d|144-1/, 'no proceeding numbers or articles');
  });
});

describe('the de-identified export', () => {
  const parse = (csv: string) => csv.trimEnd().split('\r\n').map((line) => line.split(','));

  test('k-anonymous over the quasi-identifiers, without names or case references, and audited', async () => {
    for (let i = 0; i < 14; i++) await record(officer, { year: 2019, sex: i % 3 ? 'female' : 'male' });
    for (const k of [11, 14]) {
      const response = await coordinator.get(`/api/statistics/export.csv?k=${k}`);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /^text\/csv/);
      assert.match(String(response.headers['content-disposition']), /attachment/);
      const [header, ...rows] = parse(response.body);
      assert.deepEqual(header, [...EXPORT_COLUMNS]);
      assert.ok(rows.length >= k, `${rows.length} rows`);
      const classes = new Map<string, number>();
      for (const row of rows) classes.set(row.join(','), (classes.get(row.join(',')) ?? 0) + 1);
      assert.ok(Math.min(...classes.values()) >= k, `every class has at least ${k}: ${[...classes.values()]}`);
      for (const name of [...NAMES, twice.name]) for (const part of name.split(' ')) assert.ok(!response.body.includes(part), `${part} in the export`);
      for (const reference of references) assert.ok(!response.body.includes(reference) && !response.body.includes(reference.slice(3)), reference);
      assert.doesNotMatch(response.body, /İA-|\d{4}-\d{2}-\d{2}/);

      const report = (await coordinator.get(`/api/statistics/export-report?k=${k}`)).json();
      assert.equal(report.k, k);
      assert.equal(report.exported, rows.length);
      assert.equal(report.exported + report.suppressedRecords, report.records);
    }
    const audited = await sql<{ details: { k: number; exported: number } }>`select details from audit_log where action = 'statistics.export' order by seq`.execute(t.db.owner);
    assert.deepEqual(audited.rows.map((r) => r.details.k), [11, 14]);
  });

  test('k below 2 is refused; the configured k is the default and the floor; only those the policy names may download', async () => {
    assert.equal((await coordinator.get('/api/statistics/export.csv?k=1')).statusCode, 400);
    assert.equal((await coordinator.get('/api/statistics/export-report')).json().k, 11);
    assert.equal((await coordinator.get('/api/statistics/export-report?k=3')).json().k, 11, 'a request cannot lower k');
    assert.equal((await officer.get('/api/statistics/export.csv')).statusCode, 403);
    assert.equal((await focalPoint.get('/api/statistics/export-report')).statusCode, 403);
  });
});
