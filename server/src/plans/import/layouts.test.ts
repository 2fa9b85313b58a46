/**
 * Layouts the seed copies do not show: the 2004 plan's tasks with sub-actions (HTML with
 * rowspans), the 2014–2018 plan's numbered lines, a Word document, the legal database's HTML
 * form, and tables whose columns have no header.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readFixture, SEED_DICTIONARY } from './fixtures/plan-dictionary.js';
import { parsePlanDocument } from './parse.js';
import type { ParsedMeasure, ParsedPlan } from './parsed-plan.js';

const parse = (bytes: Uint8Array, fileName?: string): Promise<ParsedPlan> => parsePlanDocument({ bytes, fileName }, SEED_DICTIONARY);
const ids = (m: ParsedMeasure | undefined): string[] => (m?.executors ?? []).map((e) => `${e.role}:${e.organisationId ?? e.genericKey ?? `?${e.name}`}`);
const span = (p: { kind: string; from: string | null; to: string | null } | null | undefined) => (p == null ? null : [p.kind, p.from, p.to]);
const warningsOf = (plan: ParsedPlan) => plan.warnings.map((w) => [w.code, w.measure ?? w.params?.section ?? null]);

test('2004 layout: tasks spanning sub-actions with their own deadlines, Roman sections, numbers restarting', async () => {
  const plan = await parse(readFixture('plan-2004-style.html'));
  assert.deepEqual(plan.source, { format: 'html', layout: 'html-table', encoding: 'utf-8' });
  assert.deepEqual(plan.plan, {
    title: 'İnsan alverinə qarşı mübarizəyə dair Milli Fəaliyyət Planı',
    act: { kind: 'Prezidentin Sərəncamı', number: '178', date: '2004-05-06' },
    // No years in the title: the years the deadlines cover.
    period: { from: '2004-01-01', to: '2005-12-31' },
  });
  assert.deepEqual(plan.sections, [
    { code: 'I', title: 'Qanunvericilik bazasının təkmilləşdirilməsi' },
    { code: 'II', title: 'Profilaktika və maarifləndirmə' },
  ]);
  assert.deepEqual(plan.measures.map((m) => [m.code, m.section]), [['I.1', 'I'], ['I.2', 'I'], ['II.1', 'II'], ['II.2', 'II']]);
  const [first, second, third, fourth] = plan.measures;
  assert.equal(first?.text, 'İnsan alverinə qarşı mübarizə haqqında qanun layihəsinin hazırlanması');
  assert.deepEqual(ids(first), ['executor:din', 'executor:edliyye', 'executor:xin']);
  assert.deepEqual(
    first?.subActions.map((s) => [s.text, ...(span(s.period) ?? [])]),
    [
      ['Qanun layihəsinin hazırlanması və Nazirlər Kabinetinə təqdim edilməsi', 'month', '2004-06-01', '2004-06-30'],
      ['Beynəlxalq konvensiyalara qoşulma məsələsinin öyrənilməsi', 'month', '2004-09-01', '2004-09-30'],
      ['Qanunvericiliyin tətbiqinin monitorinqi', 'ongoing', '2004-01-01', '2005-12-31'],
    ],
  );
  assert.deepEqual(span(first?.period), ['range', '2004-01-01', '2005-12-31'], 'the task spans its sub-actions');
  assert.equal(first?.period?.text, 'İyun 2004; Sentyabr 2004; Mütəmadi');
  assert.deepEqual(ids(second), ['executor:cabinet', 'executor:eesmn']);
  assert.deepEqual(second?.subActions.map((s) => span(s.period)), [['month', '2004-12-01', '2004-12-31'], ['range', '2005-01-01', '2005-03-31']]);
  // Paragraphs of one cell paired with the paragraphs of the deadline cell.
  assert.deepEqual(ids(third), ['executor:tehsil', 'executor:gin', 'executor:mtrs']);
  assert.deepEqual(
    third?.subActions.map((s) => [s.text, s.period?.text]),
    [
      ['Məktəblərdə maarifləndirici dərslərin keçirilməsi', 'Mütəmadi'],
      ['Televiziya və radioda verilişlərin hazırlanması', '2004-cü ilin sonunadək'],
    ],
  );
  // A sub-action row whose task cells were left empty instead of spanning.
  assert.deepEqual(ids(fourth), ['executor:dsx', 'executor:dgk', 'executor:dmx']);
  assert.deepEqual(fourth?.subActions.map((s) => s.period?.text), ['May 2004', 'İyul 2004']);
  assert.ok(plan.measures.every((m) => m.confidence === 1));
  assert.deepEqual(plan.warnings, []);
  assert.deepEqual(plan.notes, ['İcraçı orqanlar hər rübün sonunda görülmüş işlər barədə Milli Koordinatora məlumat verirlər.']);
});

test('2014–2018 layout: items 13.x.y on lines, headings as plain text, labelled and unlabelled lines', async () => {
  const plan = await parse(readFixture('plan-2014-2018-style.txt'));
  assert.deepEqual(plan.source, { format: 'text', layout: 'plain-lines', encoding: 'utf-8' });
  assert.deepEqual(plan.plan, {
    title: 'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014–2018-ci illər üçün Milli Fəaliyyət Planı',
    act: { kind: 'Prezidentin Sərəncamı', number: '667', date: '2014-07-24' },
    period: { from: '2014-01-01', to: '2018-12-31' },
  });
  assert.deepEqual(plan.chapters.map((c) => [c.number, c.title]), [['1', 'Ümumi müddəalar'], ['2', 'Planın məqsədləri'], ['3', 'Planın maliyyələşdirilməsi']]);
  assert.equal(plan.chapters[1]?.text, '2.1. Qurbanların müdafiəsinin gücləndirilməsi.\n\n2.2. İnsan alverinin qarşısının alınması.');
  assert.deepEqual(plan.sections, [
    { code: '13.1', title: 'Normativ hüquqi bazanın təkmilləşdirilməsi' },
    { code: '13.2', title: 'İnsan alverinin qarşısının alınması' },
  ]);
  const byCode = new Map(plan.measures.map((m) => [m.code, m]));
  assert.deepEqual([...byCode.keys()], ['13.1.1', '13.1.2', '13.2.1', '13.2.2', '13.2.3']);
  assert.equal(
    byCode.get('13.1.1')?.text,
    'İnsan alverinə qarşı mübarizə sahəsində qanunvericiliyin beynəlxalq standartlara uyğunlaşdırılması məqsədilə təkliflərin hazırlanması',
  );
  assert.deepEqual(ids(byCode.get('13.1.1')), ['executor:cabinet', 'executor:din', 'executor:edliyye']);
  assert.deepEqual(span(byCode.get('13.1.1')?.period), ['range', '2014-01-01', '2015-12-31']);
  assert.deepEqual(ids(byCode.get('13.1.2')), ['executor:din', 'executor:dmx', 'executor:dsx'], 'a list wrapped after a comma');
  assert.deepEqual(span(byCode.get('13.1.2')?.period), ['year', '2015-01-01', '2015-12-31']);
  assert.deepEqual(ids(byCode.get('13.2.1')), ['executor:eesmn', 'generic:local_executive_authorities', 'involved:ngos']);
  assert.deepEqual(span(byCode.get('13.2.1')?.period), ['ongoing', '2014-01-01', '2018-12-31']);
  assert.deepEqual(ids(byCode.get('13.2.2')), ['executor:tehsil', 'executor:?Ağ Şəhər Agentliyi']);
  assert.equal(byCode.get('13.2.3')?.period, null);
  assert.deepEqual(warningsOf(plan), [
    ['layout_guessed', null],
    ['executors_not_recognised', null],
    ['section_heading_from_plain_text', '13.1'],
    ['section_heading_from_plain_text', '13.2'],
    ['text_repaired', '13.1.1'],
    ['executor_not_recognised', '13.2.2'],
    ['period_not_recognised', '13.2.3'],
  ]);
  assert.deepEqual(
    plan.measures.map((m) => m.confidence),
    [0.7, 0.8, 0.8, 0.65, 0.55],
    'guessed layout, repaired text, an unknown executor, an unread period',
  );
});

const docxCell = (text: string | string[], options: { bold?: boolean; columnSpan?: number; rowSpan?: number } = {}): TableCell =>
  new TableCell({
    children: [text].flat().map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: options.bold === true })] })),
    ...(options.columnSpan === undefined ? {} : { columnSpan: options.columnSpan }),
    ...(options.rowSpan === undefined ? {} : { rowSpan: options.rowSpan }),
  });

async function wordPlan(): Promise<Buffer> {
  const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });
  const table = new Table({
    rows: [
      row(docxCell('Sıra №-si', { bold: true }), docxCell('Tədbirin adı', { bold: true }), docxCell('İcraçı orqanlar', { bold: true }), docxCell('İcra müddəti', { bold: true })),
      row(docxCell('5.1. Qanunvericiliyin təkmilləşdirilməsi', { bold: true, columnSpan: 4 })),
      row(docxCell('5.1.1.'), docxCell('Qanunvericiliyin təkmilləşdirilməsi barədə təkliflər hazırlanması'), docxCell(['Nazirlər Kabineti', 'Ədliyyə Nazirliyi']), docxCell('2025-ci il')),
      row(docxCell('5.1.2.'), docxCell('Qurbanların müdafiəsi qaydalarının yenilənməsi'), docxCell('Daxili İşlər Nazirliyi, Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi'), docxCell('mütəmadi')),
      row(docxCell('5.2. Maarifləndirmə', { bold: true, columnSpan: 4 })),
      row(docxCell('5.2.1.'), docxCell('Maarifləndirici materialların hazırlanması'), docxCell(['Təhsil Nazirliyi', 'Ağ Şəhər Agentliyi']), docxCell('İyun 2026')),
      row(docxCell('5.2.2.'), docxCell('Sərhəd məntəqələrində vərəqələrin paylanması'), docxCell('Dövlət Sərhəd Xidməti, Dövlət Gömrük Komitəsi', { rowSpan: 2 }), docxCell('2025–2027', { rowSpan: 2 })),
      row(docxCell('5.2.3.'), docxCell('Nəqliyyat vasitələrində elanların yerləşdirilməsi')),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Azərbaycan Respublikası Prezidentinin'),
          new Paragraph('2025-ci il 15 yanvar tarixli 100 nömrəli Sərəncamı ilə'),
          new Paragraph('təsdiq edilmişdir'),
          new Paragraph({ text: 'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2025–2028-ci illər üçün Milli Fəaliyyət Planı', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '1. Giriş', heading: HeadingLevel.HEADING_3 }),
          new Paragraph('Plan əvvəlki planın davamıdır.'),
          new Paragraph({ text: '5. Tədbirlər planı', heading: HeadingLevel.HEADING_3 }),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('a Word document with a four-column table, merged section rows and merged cells', async () => {
  const plan = await parse(await wordPlan(), 'plan.docx');
  assert.deepEqual(plan.source, { format: 'docx', layout: 'docx-table', encoding: null });
  assert.deepEqual(plan.plan, {
    title: 'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2025–2028-ci illər üçün Milli Fəaliyyət Planı',
    act: { kind: 'Prezidentin Sərəncamı', number: '100', date: '2025-01-15' },
    period: { from: '2025-01-01', to: '2028-12-31' },
  });
  assert.deepEqual(plan.chapters, [{ number: '1', title: 'Giriş', text: 'Plan əvvəlki planın davamıdır.' }]);
  assert.deepEqual(plan.sections, [
    { code: '5.1', title: 'Qanunvericiliyin təkmilləşdirilməsi' },
    { code: '5.2', title: 'Maarifləndirmə' },
  ]);
  assert.deepEqual(
    plan.measures.map((m) => [m.code, m.section, ids(m).join(' '), ...(span(m.period) ?? [])]),
    [
      ['5.1.1', '5.1', 'executor:cabinet executor:edliyye', 'year', '2025-01-01', '2025-12-31'],
      ['5.1.2', '5.1', 'executor:din executor:eesmn', 'ongoing', '2025-01-01', '2028-12-31'],
      ['5.2.1', '5.2', 'executor:tehsil executor:?Ağ Şəhər Agentliyi', 'month', '2026-06-01', '2026-06-30'],
      // A merged executors cell and a merged period cell belong to both measures.
      ['5.2.2', '5.2', 'executor:dsx executor:dgk', 'range', '2025-01-01', '2027-12-31'],
      ['5.2.3', '5.2', 'executor:dsx executor:dgk', 'range', '2025-01-01', '2027-12-31'],
    ],
  );
  assert.deepEqual(warningsOf(plan), [
    ['executors_not_recognised', null],
    ['executor_not_recognised', '5.2.1'],
  ]);
});

test('the legal database\'s HTML form: header table, order, chapters, measures table, notes', async () => {
  const plan = await parse(readFixture('plan-legal-db.html'));
  assert.deepEqual(plan.source, { format: 'html', layout: 'html-table', encoding: 'utf-8' });
  assert.deepEqual(plan.plan, {
    title: 'Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2020–2024-cü illər üçün Milli Fəaliyyət Planı',
    act: { kind: 'Prezidentin Sərəncamı', number: '2173', date: '2020-07-22' },
    period: { from: '2020-01-01', to: '2024-12-31' },
  });
  assert.deepEqual(
    plan.chapters.map((c) => [c.number, c.title, c.text]),
    [
      ['1', 'Giriş', 'Milli Fəaliyyət Planı insan alverinə qarşı mübarizə sahəsində tədbirlərin davamı olaraq tərtib edilmişdir.\n\nİkinci abzas.'],
      ['2', 'Milli Fəaliyyət Planının məqsədi və həyata keçirilməsinin əsas prinsipləri', '2.1. Milli Fəaliyyət Planının məqsədi tədbirlərin davamlılığının təmin edilməsidir.'],
      ['3', 'Milli Fəaliyyət Planının maliyyələşdirilməsi', 'Tədbirlərin icrası dövlət büdcəsi hesabına maliyyələşdirilir.'],
    ],
  );
  assert.deepEqual(plan.sections.map((s) => s.code), ['4.1', '4.2']);
  assert.deepEqual(
    plan.measures.map((m) => [m.code, ids(m).join(' '), ...(span(m.period) ?? []), m.recommended.map((r) => r.organisationId).join(' ')]),
    [
      ['4.1.1', 'executor:cabinet', 'range', '2020-01-01', '2022-12-31', 'ali_mehkeme'],
      ['4.1.2', 'executor:cabinet', 'range', '2020-01-01', '2021-12-31', ''],
      ['4.1.3', 'executor:cabinet executor:din', 'range', '2020-01-01', '2022-12-31', 'ali_mehkeme'],
      ['4.2.1', 'executor:din executor:tehsil executor:aqupdk executor:qhtdds', 'ongoing', '2020-01-01', '2024-12-31', 'metbuat_surasi'],
      ['4.2.2', 'executor:din involved:other_state_bodies involved:amea involved:higher_education_institutions involved:ngos', 'range', '2020-01-01', '2024-12-31', 'metbuat_surasi'],
    ],
  );
  assert.equal(plan.measures[0]?.period?.text, '2020─2022');
  assert.match(plan.measures[0]?.text ?? '', /“İnsan alverinə qarşı mübarizə haqqında” Avropa Şurası/);
  // The notes cite 4.2.5, which this shortened copy does not have.
  assert.deepEqual(warningsOf(plan), [
    ['document_cut_off', '4.2.2'],
    ['recommended_measure_unknown', '4.2.5'],
  ]);
  assert.equal(plan.notes.length, 2);
});

test('a table without a header: the columns are told apart by their content', async () => {
  const text = [
    'Milli Fəaliyyət Planı',
    '',
    '1.1.\t2021–2022\tDaxili İşlər Nazirliyi, Dövlət Miqrasiya Xidməti\tMiqrantlar üçün məlumat kitabçasının hazırlanması',
    '1.2.\tmütəmadi\tTəhsil Nazirliyi\tMəktəblərdə maarifləndirici dərslərin keçirilməsi',
    '1.3.\t2023-cü il\tSəhiyyə Nazirliyi, yerli icra hakimiyyəti orqanları\tTibb işçiləri üçün təlimlərin keçirilməsi',
    '',
    'Son.',
  ].join('\n');
  const plan = await parse(Buffer.from(text));
  assert.deepEqual(
    plan.measures.map((m) => [m.code, m.text, ids(m).join(' '), m.period?.kind]),
    [
      ['1.1', 'Miqrantlar üçün məlumat kitabçasının hazırlanması', 'executor:din executor:dmx', 'range'],
      ['1.2', 'Məktəblərdə maarifləndirici dərslərin keçirilməsi', 'executor:tehsil', 'ongoing'],
      ['1.3', 'Tibb işçiləri üçün təlimlərin keçirilməsi', 'executor:sehiyye generic:local_executive_authorities', 'year'],
    ],
  );
  assert.deepEqual(plan.measures.map((m) => m.section), ['1', '1', '1']);
  assert.ok(plan.warnings.some((w) => w.code === 'layout_guessed'));
  assert.ok(plan.measures.every((m) => m.confidence === 0.8));
});

test('a markdown-like table, one row per line between pipes', async () => {
  const text = [
    '| № | Tədbirin adı | İcraçı orqanlar | İcra müddəti |',
    '| --- | --- | --- | --- |',
    '| 2.1. Profilaktika | | | |',
    '| 2.1.1. | Maarifləndirici materialların hazırlanması | Təhsil Nazirliyi | 2021─2022 |',
    '| 2.1.2. | Qaynar xəttin fəaliyyəti | Daxili İşlər Nazirliyi | mütəmadi |',
    '| 2.1.2. | Təkrarlanan kod | Daxili İşlər Nazirliyi | 2021 |',
    '| 2.1.1. | Sıradan çıxan kod | | |',
    '',
    'Qeyd: yoxdur.',
  ].join('\n');
  const plan = await parse(Buffer.from(text));
  assert.equal(plan.source.layout, 'pipe-separated');
  assert.deepEqual(plan.sections, [{ code: '2.1', title: 'Profilaktika' }]);
  assert.deepEqual(plan.measures.map((m) => [m.code, m.confidence]), [['2.1.1', 1], ['2.1.2', 1], ['2.1.2', 0.8], ['2.1.1', 0.35]]);
  assert.deepEqual(warningsOf(plan), [
    ['act_not_recognised', null],
    ['measure_without_executors', '2.1.1'],
    ['measure_without_period', '2.1.1'],
    ['duplicate_measure_code', '2.1.2'],
    ['duplicate_measure_code', '2.1.1'],
  ]);
});

test('measures out of order, and a missing code between coded measures', async () => {
  const text = [
    '<table>',
    '<tr><td>3.1.1.</td><td>Birinci tədbir</td><td>Təhsil Nazirliyi</td><td>2021</td></tr>',
    '<tr><td>3.1.3.</td><td>Üçüncü tədbir</td><td>Təhsil Nazirliyi</td><td>2021</td></tr>',
    '<tr><td>3.1.2.</td><td>İkinci tədbir</td><td>Təhsil Nazirliyi</td><td>2021</td></tr>',
    '<tr><td></td><td>Nömrəsiz tədbir</td><td>Təhsil Nazirliyi</td><td>2022</td></tr>',
    '</table>',
  ].join('\n');
  const plan = await parse(Buffer.from(text));
  assert.deepEqual(plan.measures.map((m) => m.code), ['3.1.1', '3.1.3', '3.1.2', '3.1.3']);
  assert.deepEqual(
    plan.warnings.filter((w) => w.measure !== undefined).map((w) => [w.code, w.measure]),
    [
      ['layout_guessed', '3.1.3'],
      ['measure_out_of_order', '3.1.2'],
      ['duplicate_measure_code', '3.1.3'],
    ],
  );
});

test('an HTML copy that ends inside the table is cut off', async () => {
  const page = readFixture('plan-legal-db.html').toString('utf8');
  const plan = await parse(Buffer.from(page.slice(0, page.indexOf('<tr><td>4.2.2.'))));
  assert.equal(plan.measures.at(-1)?.code, '4.2.1');
  assert.deepEqual(plan.warnings[0], {
    code: 'document_cut_off',
    message: 'The document seems cut off after 4.2.1.',
    measure: '4.2.1',
    params: { after: '4.2.1' },
  });
});

test('a table without codes: measures numbered 1, 2, …, sections from the spanning rows', async () => {
  const html = [
    '<table>',
    '<tr><th>Tədbirin adı</th><th>İcraçı orqanlar</th><th>İcra müddəti</th></tr>',
    '<tr><td colspan="3"><strong>Profilaktika</strong></td></tr>',
    '<tr><td>Maarifləndirici materialların hazırlanması</td><td>Təhsil Nazirliyi</td><td>2021</td></tr>',
    '<tr><td>Qaynar xəttin fəaliyyəti</td><td>Daxili İşlər Nazirliyi</td><td>mütəmadi</td></tr>',
    '<tr><td colspan="3"><strong>Müdafiə</strong></td></tr>',
    '<tr><td>Sığınacaqların genişləndirilməsi</td><td>Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi</td><td>2022-ci il</td></tr>',
    '</table>',
  ].join('');
  const plan = await parse(Buffer.from(html), 'plan.html');
  assert.deepEqual(plan.sections, [
    { code: '1', title: 'Profilaktika' },
    { code: '2', title: 'Müdafiə' },
  ]);
  assert.deepEqual(plan.measures.map((m) => [m.code, m.section, ids(m).join(' '), m.period?.kind]), [
    ['1', '1', 'executor:tehsil', 'year'],
    ['2', '1', 'executor:din', 'ongoing'],
    ['3', '2', 'executor:eesmn', 'year'],
  ]);
  assert.deepEqual(plan.plan.period, { from: '2021-01-01', to: '2022-12-31' });
});
