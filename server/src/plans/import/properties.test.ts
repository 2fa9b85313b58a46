/**
 * What the parser recognises does not depend on how a copy happens to be typeset: lines wrapped
 * anywhere inside cells (between words, or inside a word with a hyphen), any dash in periods,
 * blank lines, CRLF line ends. Checked on the news copy and on generated plans in three layouts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFixture, SEED_DICTIONARY } from './fixtures/plan-dictionary.js';
import { parsePlanDocument } from './parse.js';
import type { ParsedPlan } from './parsed-plan.js';

/** Modest by default to keep the suite fast; raise it (PROPERTY_RUNS=1000) to search harder. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
const DASHES = ['-', '–', '—', '─'] as const;
const parse = (text: string): Promise<ParsedPlan> => parsePlanDocument({ bytes: Buffer.from(text) }, SEED_DICTIONARY);

/** What must not change: codes, sections, texts, executors, periods (any dash), recommendations. */
const recognised = (plan: ParsedPlan) => ({
  plan: plan.plan,
  sections: plan.sections,
  measures: plan.measures.map((m) => ({
    code: m.code,
    section: m.section,
    text: m.text,
    executors: m.executors.map((e) => [e.role, e.organisationId, e.genericKey ?? null, e.name]),
    period: m.period === null ? null : { ...m.period, text: m.period.text.replace(/[-–—─]/g, '-') },
    recommended: m.recommended,
  })),
});

// ---------------------------------------------------------------------------------------------
// Re-typesetting a text

type Edit = { at: number; insert: string; remove?: number };

interface Typesetting {
  breaks: { place: number; hyphenate: boolean }[];
  dashes: number[];
  blankLines: number[];
  crlf: boolean;
}

/**
 * Where a text may be re-typeset without changing what it says: spaces inside a region (a line
 * break instead), inside lower-case words of six letters or more (a hyphen and a line break,
 * never after "qeyri"), after a hyphen followed by a capital ("Qeyri-|Hökumət") or a dash between
 * years ("2020─|2022"), the dashes between years, and line ends (a blank line more).
 */
function placesIn(text: string, regions: readonly [number, number][]) {
  const inRegion = (i: number): boolean => regions.some(([from, to]) => i >= from && i < to);
  const spaces: number[] = [];
  const wordSplits: number[] = [];
  const afterHyphen: number[] = [];
  const dashes: number[] = [];
  const lineEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!inRegion(i)) continue;
    const ch = text[i] ?? '';
    if (ch === ' ' && /\S/.test(text[i - 1] ?? '') && /\S/.test(text[i + 1] ?? '')) spaces.push(i);
    if (ch === '\n') lineEnds.push(i);
    if (/[-─]/.test(ch) && (/\p{L}/u.test(text[i - 1] ?? '') ? /\p{Lu}/u.test(text[i + 1] ?? '') : /\d/.test(text[i + 1] ?? ''))) afterHyphen.push(i + 1);
    if (ch === '─' && /\d/.test(text[i - 1] ?? '')) dashes.push(i);
  }
  for (const m of text.matchAll(/(?<![\p{L}-])[a-zçəğıöşü]{6,}(?![\p{L}-])/gu)) {
    if (!inRegion(m.index)) continue;
    for (let k = 3; k <= m[0].length - 3; k++) wordSplits.push(m.index + k);
  }
  return { spaces, wordSplits, afterHyphen, dashes, lineEnds };
}

type Places = ReturnType<typeof placesIn>;

const typesetting = (places: Places, regions: number): fc.Arbitrary<Typesetting> =>
  fc.record({
    breaks: fc.array(
      fc.oneof(
        fc.nat().map((n) => ({ place: places.spaces[n % places.spaces.length] ?? 0, hyphenate: false })),
        fc.nat().map((n) => ({ place: places.wordSplits[n % places.wordSplits.length] ?? 0, hyphenate: true })),
        fc.nat().map((n) => ({ place: places.afterHyphen[n % Math.max(1, places.afterHyphen.length)] ?? -1, hyphenate: false })),
      ),
      { maxLength: 12 * regions },
    ),
    dashes: fc.array(fc.nat({ max: DASHES.length - 1 }), { minLength: places.dashes.length, maxLength: places.dashes.length }),
    blankLines: fc.array(fc.nat(), { maxLength: 10 }).map((ns) => ns.map((n) => places.lineEnds[n % places.lineEnds.length] ?? -1)),
    crlf: fc.boolean(),
  });

/** The text typeset anew; edits apply from the end so that earlier places stay valid. */
function retypeset(text: string, places: Places, t: Typesetting): string {
  const edits: Edit[] = [
    ...t.breaks.filter((b) => b.place > 0).map((b) => (places.spaces.includes(b.place) ? { at: b.place, insert: '\n', remove: 1 } : { at: b.place, insert: b.hyphenate ? '-\n' : '\n' })),
    ...places.dashes.map((at, i) => ({ at, insert: DASHES[t.dashes[i] ?? 0] ?? '─', remove: 1 })),
    ...t.blankLines.filter((at) => at >= 0).map((at) => ({ at, insert: '\n' })),
  ];
  const seen = new Set<number>();
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    if (seen.has(edit.at)) continue;
    seen.add(edit.at);
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + (edit.remove ?? 0));
  }
  return t.crlf ? out.replace(/\n/g, '\r\n') : out;
}

// ---------------------------------------------------------------------------------------------

test('property: the news copy re-typeset reads the same', async () => {
  const text = readFixture('plan-2020-2024-news-print.txt').toString('utf8');
  const tableStart = text.indexOf('Sıra №-si');
  const notesStart = text.indexOf('\nQeyd:');
  // Cells of the table, and the notes (line breaks between words only: a note is prose).
  const places = placesIn(text, [[tableStart, notesStart]]);
  const notePlaces = placesIn(text, [[notesStart + 7, text.length]]);
  const baseline = recognised(await parse(text));
  await fc.assert(
    fc.asyncProperty(typesetting(places, 6), fc.array(fc.nat(), { maxLength: 10 }), async (t, noteBreaks) => {
      const withNoteBreaks = { ...t, breaks: [...t.breaks, ...noteBreaks.map((n) => ({ place: notePlaces.spaces[n % notePlaces.spaces.length] ?? 0, hyphenate: false }))] };
      const variant = retypeset(text, { ...places, spaces: [...places.spaces, ...notePlaces.spaces] }, withNoteBreaks);
      assert.deepEqual(recognised(await parse(variant)), baseline);
    }),
    { numRuns: RUNS },
  );
});

// ---------------------------------------------------------------------------------------------
// Generated plans

const EXECUTORS: readonly [string, string][] = [
  ['Nazirlər Kabineti', 'cabinet'],
  ['Daxili İşlər Nazirliyi', 'din'],
  ['Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi', 'eesmn'],
  ['Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi', 'aqupdk'],
  ['Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi', 'nrytn'],
  ['Dövlət Miqrasiya Xidməti', 'dmx'],
  ['Azərbaycan Respublikasının Prezidenti yanında Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası', 'qhtdds'],
  ['“Azərbaycan Dəmir Yolları” Qapalı Səhmdar Cəmiyyəti', 'ady'],
  ['İcbari Tibbi Sığorta üzrə Dövlət Agentliyi', 'itsda'],
  ['Milli Koordinator', 'national_coordinator'],
];
const PERIODS: readonly [string, string, string, string][] = [
  ['2021─2023', 'range', '2021-01-01', '2023-12-31'],
  ['mütəmadi', 'ongoing', '2021-01-01', '2025-12-31'],
  ['2022-ci il', 'year', '2022-01-01', '2022-12-31'],
  ['2024–2025-ci illər', 'range', '2024-01-01', '2025-12-31'],
  ['İyun 2022', 'month', '2022-06-01', '2022-06-30'],
];
const WORDS = [
  'insan', 'alverinə', 'qarşı', 'mübarizə', 'sahəsində', 'tədbirlərin', 'hazırlanması', 'təkmilləşdirilməsi', 'qurbanlarının',
  'müdafiəsi', 'monitorinqlərin', 'aparılması', 'beynəlxalq', 'əməkdaşlığın', 'gücləndirilməsi', 'maarifləndirici', 'materialların',
  'uşaqların', 'hüquq-mühafizə', 'orqanlarının', 'sosial-psixoloji', 'xidmətlərin', 'və', 'ilə', '2022-ci', 'ildə', '“Qaynar', 'xətt”',
];

interface GeneratedMeasure {
  text: string;
  executors: number[];
  otherBodies: boolean;
  involvesNgos: boolean;
  period: number;
}

const measureArb: fc.Arbitrary<GeneratedMeasure> = fc.record({
  text: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }).map((ws) => ws.join(' ')),
  executors: fc.uniqueArray(fc.nat({ max: EXECUTORS.length - 1 }), { minLength: 1, maxLength: 4 }),
  otherBodies: fc.boolean(),
  involvesNgos: fc.boolean(),
  period: fc.nat({ max: PERIODS.length - 1 }),
});
const planArb = fc.array(
  fc.record({ title: fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 }).map((ws) => ws.join(' ')), measures: fc.array(measureArb, { minLength: 1, maxLength: 4 }) }),
  { minLength: 1, maxLength: 3 },
);
type GeneratedPlan = { title: string; measures: GeneratedMeasure[] }[];

const TITLE = 'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2021–2025-ci illər üçün Milli Fəaliyyət Planı';
const executorCell = (m: GeneratedMeasure): string =>
  [...m.executors.map((i) => EXECUTORS[i]?.[0] ?? ''), ...(m.otherBodies ? ['digər aidiyyəti dövlət orqanları'] : [])].join(', ') +
  (m.involvesNgos ? ' ixtisaslaşmış qeyri-hökumət təşkilatlarını cəlb etməklə' : '');
const rows = (plan: GeneratedPlan) =>
  plan.flatMap((section, s) => [
    { section: `7.${s + 1}. ${section.title}` },
    ...section.measures.map((m, i) => ({ cells: [`7.${s + 1}.${i + 1}.`, m.text, executorCell(m), PERIODS[m.period]?.[0] ?? ''] })),
  ]);

const LAYOUTS: Record<string, (plan: GeneratedPlan) => string> = {
  pipes: (plan) =>
    [
      `“${TITLE}” təsdiq edilib.`,
      'Sıra №-si |\nTədbirin adı |\nİcraçı orqanlar |\nİcra müddəti |',
      ...rows(plan).map((r) => ('section' in r ? `${r.section} |\n|||` : r.cells.map((c) => `${c} |`).join('\n'))),
      'Qeyd: yoxdur.',
    ].join('\n'),
  tabs: (plan) =>
    [
      `# ${TITLE}`,
      'Sıra №-si\tTədbirin adı\tİcraçı orqanlar\tİcra müddəti',
      ...rows(plan).map((r) => ('section' in r ? `<b>${r.section}</b>\t\t\t` : r.cells.join('\t'))),
      'Son.',
    ].join('\n'),
  html: (plan) =>
    [
      `<h1>${TITLE}</h1><table>`,
      '<tr><th>Sıra №-si</th><th>Tədbirin adı</th><th>İcraçı orqanlar</th><th>İcra müddəti</th></tr>',
      ...rows(plan).map((r) =>
        'section' in r ? `<tr><td colspan="4"><b>${r.section}</b></td></tr>` : `<tr>${r.cells.map((c) => `<td>\n  ${c}\n</td>`).join('')}</tr>`,
      ),
      '</table>',
    ].join('\n'),
};

/** What the parser must find in a generated plan. */
const expectedOf = (plan: GeneratedPlan) => ({
  sections: plan.map((s, i) => ({ code: `7.${i + 1}`, title: s.title })),
  measures: plan.flatMap((s, si) =>
    s.measures.map((m, mi) => {
      const [, kind, from, to] = PERIODS[m.period] ?? [];
      return {
        code: `7.${si + 1}.${mi + 1}`,
        text: m.text,
        executors: [
          ...m.executors.map((i) => `executor:${EXECUTORS[i]?.[1] ?? ''}`),
          ...(m.otherBodies ? ['generic:other_state_bodies'] : []),
          ...(m.involvesNgos ? ['involved:ngos'] : []),
        ],
        period: [kind, from, to],
      };
    }),
  ),
});

const found = (plan: ParsedPlan) => ({
  sections: plan.sections,
  measures: plan.measures.map((m) => ({
    code: m.code,
    text: m.text,
    executors: m.executors.map((e) => `${e.role}:${e.organisationId ?? e.genericKey ?? '?'}`),
    period: [m.period?.kind, m.period?.from, m.period?.to],
  })),
});

/** A generated plan in one layout, typeset anew: wrapped cells where cells span lines. */
const typesetPlans = fc.tuple(planArb, fc.constantFrom(...(Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[]))).chain(([plan, layout]) => {
  const text = LAYOUTS[layout]?.(plan) ?? '';
  const places = placesIn(text, [[text.indexOf('7.'), text.length]]);
  // A tab-separated row is one line; in HTML a line break in the markup is only a space.
  const wrappable = layout === 'pipes' ? places : layout === 'html' ? { ...places, wordSplits: [], afterHyphen: [] } : { ...places, spaces: [], wordSplits: [], afterHyphen: [] };
  return typesetting(wrappable, 2).map((t) => ({ plan, layout, text: retypeset(text, wrappable, t) }));
});

test('property: generated plans are read back in every layout, however they are typeset', async () => {
  await fc.assert(
    fc.asyncProperty(typesetPlans, async ({ plan, layout, text }) => {
      const parsed = await parse(text);
      assert.deepEqual(found(parsed), expectedOf(plan), `${layout}:\n${text}`);
      assert.deepEqual(parsed.plan.period, { from: '2021-01-01', to: '2025-12-31' });
    }),
    { numRuns: RUNS },
  );
});
