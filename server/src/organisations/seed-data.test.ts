import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ORGANISATION_KINDS } from '../../../common/src/roles.js';
import {
  matchOrganisation,
  normalizeOrgName,
  separateInvolvedParties,
  splitExecutorList,
  type MatchableOrganisation,
} from '../../../common/src/org-names.js';
import { GENERIC_EXECUTORS, ORGANISATION_SEEDS } from './seed-data.js';

/** The shared seed documents beside the repository (../shared/seeds). */
const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const FILE_004 = '004_961f872eaa6ca64b.txt';
const FILE_000 = '000_268148417ab32cf4.txt';

const ORGS: MatchableOrganisation[] = ORGANISATION_SEEDS.map((o) => ({
  id: o.key,
  nameAz: o.nameAz,
  shortName: o.shortName,
  aliases: o.aliases,
}));
const GENERICS: MatchableOrganisation[] = GENERIC_EXECUTORS.map((g) => ({
  id: g.key,
  nameAz: g.nameAz,
  shortName: '',
  aliases: g.aliases,
}));
const ALL = [...ORGS, ...GENERICS];
const namesOf = (o: MatchableOrganisation): string[] =>
  [o.nameAz, o.shortName, ...o.aliases].filter((n) => n !== '');

test('keys are unique stable slugs', () => {
  const keys = ALL.map((o) => o.id);
  assert.equal(new Set(keys).size, keys.length);
  for (const key of keys) assert.match(key, /^[a-z][a-z0-9_]*$/);
});

test('every organisation is named in all three languages and has a valid kind', () => {
  for (const o of ORGANISATION_SEEDS) {
    for (const field of ['nameAz', 'shortName', 'nameRu', 'nameEn'] as const) {
      assert.ok(o[field].trim() !== '' && o[field] === o[field].trim(), `${o.key}.${field}`);
    }
    assert.match(o.nameRu, /\p{Script=Cyrillic}/u, `${o.key}.nameRu`);
    assert.doesNotMatch(o.nameRu, /[əƏıöüçşğ]/u, `${o.key}.nameRu`);
    assert.doesNotMatch(o.nameEn, /[\p{Script=Cyrillic}əƏıİöüçşğ]/u, `${o.key}.nameEn`);
    assert.ok((ORGANISATION_KINDS as readonly string[]).includes(o.kind), `${o.key}.kind ${o.kind}`);
  }
});

test('aliases are distinct, non-empty and differ from nameAz', () => {
  for (const o of [...ORGANISATION_SEEDS, ...GENERIC_EXECUTORS]) {
    assert.equal(new Set(o.aliases).size, o.aliases.length, `${o.key}: duplicate alias`);
    for (const alias of o.aliases) {
      assert.ok(alias.trim() !== '' && alias === alias.trim(), `${o.key}: blank alias`);
      assert.notEqual(alias, o.nameAz, `${o.key}: alias equal to nameAz`);
    }
  }
});

test('the actors of the system are present with the right kinds', () => {
  const kindOf = new Map(ORGANISATION_SEEDS.map((o) => [o.key, o.kind]));
  const expected: Record<string, string> = {
    cabinet: 'other',
    din: 'ministry',
    iamb: 'agency',
    national_coordinator: 'other',
    assistance_centre: 'agency',
    hotline_ngo: 'ngo',
    ngo_coalition: 'ngo',
    dmx: 'state_service',
    eesmn: 'ministry',
    aqupdk: 'state_committee',
    itsda: 'agency',
    ali_mehkeme: 'court',
    bas_prokurorluq: 'prosecution',
    ombudsman: 'ombudsman',
    milli_meclis: 'parliament',
    aztv: 'company',
    iom: 'international',
    osce: 'international',
  };
  for (const [key, kind] of Object.entries(expected)) assert.equal(kindOf.get(key), kind, key);
  const national = ORGANISATION_SEEDS.find((o) => o.key === 'national_coordinator');
  assert.equal(national?.nameAz, 'İnsan alverinə qarşı mübarizə üzrə Milli Koordinator');
});

test('no two entries share a normalized name, short name or alias', () => {
  const owner = new Map<string, string>();
  for (const o of ALL) {
    for (const n of namesOf(o)) {
      const key = normalizeOrgName(n);
      const prev = owner.get(key);
      assert.ok(prev === undefined || prev === o.id, `"${n}" of ${o.id} normalizes like a name of ${prev}`);
      owner.set(key, o.id);
    }
  }
});

test('every name matches its own entry and no name of one entry matches another', () => {
  for (const o of ALL) {
    for (const n of namesOf(o)) {
      assert.deepEqual(matchOrganisation(n, ALL), { id: o.id, score: 1 }, n);
      for (const other of ALL) {
        if (other.id === o.id) continue;
        assert.equal(matchOrganisation(n, [other]), null, `"${n}" (${o.id}) matches ${other.id}`);
      }
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Coverage of the plan texts

interface Row {
  file: string;
  code: string;
  executors: string;
}

/** 004: `code TAB measure TAB executing bodies TAB period`, one measure a line. */
function rows004(text: string): Row[] {
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    const code = cells[0]?.trim() ?? '';
    if (cells.length >= 4 && /^4\.\d+\.\d+\.?$/.test(code)) {
      rows.push({ file: FILE_004, code, executors: cells[2] ?? '' });
    }
  }
  return rows;
}

/** 000: cells separated by `|` and broken across lines; a code cell, the measure, the bodies. */
function rows000(text: string): Row[] {
  const table = text.split(/^Qeyd:/m)[0] ?? '';
  const cells = table.split('|').map((c) => c.trim());
  const rows: Row[] = [];
  cells.forEach((cell, i) => {
    if (/^4\.\d+\.\d+\.?$/.test(cell)) rows.push({ file: FILE_000, code: cell, executors: cells[i + 2] ?? '' });
  });
  return rows;
}

/** The bodies the closing notes recommend: "N. Azərbaycan Respublikasının X-na tövsiyə edilsin". */
function recommended(text: string): string[] {
  const notes = text.split(/^Qeyd:/m)[1] ?? '';
  return [...notes.matchAll(/^\d+\.\s*(.+?)\s*tövsiyə edilsin/gmu)].map((m) => m[1] ?? '');
}

/** Involved parties are accusative phrases joined by commas and "və". */
const splitInvolved = (text: string): string[] =>
  text
    .split(/,|\svə\s/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const identify = (name: string): string | undefined =>
  matchOrganisation(name, ORGS)?.id ?? matchOrganisation(name, GENERICS)?.id;

test('every executor, involved party and recommended participant in the plan is known', (t) => {
  if (!existsSync(SEEDS_DIR)) {
    t.skip(`seed folder ${SEEDS_DIR} is absent`);
    return;
  }
  const text004 = readFileSync(SEEDS_DIR + FILE_004, 'utf8');
  const text000 = readFileSync(SEEDS_DIR + FILE_000, 'utf8');
  const rows = [...rows004(text004), ...rows000(text000)];
  assert.equal(rows.filter((r) => r.file === FILE_000).length, 69, '000 holds the complete plan');
  assert.equal(rows.filter((r) => r.file === FILE_004).length, 64, '004 is cut off after 4.8.3');

  const unknown: string[] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const { executors, involved } = separateInvolvedParties(row.executors);
    const names = splitExecutorList(executors);
    assert.ok(names.length > 0, `${row.file} ${row.code}: no executor`);
    for (const name of [...names, ...splitInvolved(involved)]) {
      const id = identify(name);
      if (id === undefined) unknown.push(`${row.file} ${row.code}: ${name}`);
      else seen.set(name, id);
    }
  }
  assert.deepEqual(unknown, []);

  // Variants that must land on the right body, not merely somewhere.
  assert.equal(seen.get('Maliyyə Monitorinq Xidməti'), 'mmx');
  assert.equal(seen.get('Maliyyə Monitorinqi Xidməti'), 'mmx');
  assert.equal(seen.get('Milli Koordinator'), 'national_coordinator');
  assert.equal(seen.get('Azərbaycan Milli Elmlər Akademiyasını'), 'amea');
  assert.equal(seen.get('Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi'), 'nrytn');
  assert.equal(seen.get('Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi'), 'aqupdk');
  assert.equal(
    seen.get('Azərbaycan Respublikasının Prezidenti yanında Qeyri- Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası'),
    'qhtdds',
  );
  assert.equal(seen.get('digər aidiyyəti dövlət orqanları'), 'other_state_bodies');

  const recommendedIds = recommended(text000).map(identify);
  assert.deepEqual(recommendedIds, [
    'ali_mehkeme',
    'bas_prokurorluq',
    'vekiller_kollegiyasi',
    'ombudsman',
    'metbuat_surasi',
  ]);
});
