/**
 * Reports in styles seed 003 does not show: a 2021 report (fixtures/report-2021-style.txt, made up
 * in the wording other bodies use), a Word document with heading styles, bullet lists and a
 * table, and files that cannot be split.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { ReportSplitError, splitReport, type SplitReport } from './split-report.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const split = (text: string): Promise<SplitReport> => splitReport({ bytes: Buffer.from(text) });
const activities = (report: SplitReport, entry: number) =>
  report.entries[entry]?.activities.map((a) => [a.title, a.dateFrom, a.dateTo, a.place, a.participants, a.kind]);

test('a 2021 report: "bəndlər üzrə", "4.7.1. Tədbir:", "Tədbir 4.8.2:", numeric dates, "iştirakçı sayı"', async () => {
  const report = await splitReport({ bytes: fixture('report-2021-style.txt'), fileName: 'report-2021-style.txt' });
  assert.deepEqual(
    report.entries.map((e) => [e.measures, e.heading]),
    [
      [['4.1.1', '4.1.2', '4.1.5'], '4.1.1, 4.1.2 və 4.1.5-ci bəndlər üzrə'],
      [['4.2.1'], '4.2.1-ci bənd üzrə'],
      [['4.3.2'], '4.3.2-ci bənd üzrə:'],
      [['4.7.1'], '4.7.1. Tədbir: Hüquq-mühafizə orqanlarının və sosial işçilərin potensialının artırılması'],
      [['4.8.2'], 'Tədbir 4.8.2:'],
      [['4.9.1'], '4.9.1-ci tədbirin icrası barədə'],
    ],
  );
  assert.equal(report.entries[2]?.text, 'Hesabat dövründə bu bənd üzrə müraciət daxil olmamışdır.');
  assert.deepEqual(activities(report, 1), [
    ['Tikinti obyektlərində reyd', '2021-03-12', '2021-03-14', 'Sumqayıt', 25, 'inspection'],
    ['Kənd təsərrüfatı müəssisələrində monitorinq', '2021-04-05', '2021-05-07', 'Gəncə', 20, 'inspection'],
    ['Əmək miqrantlarının hüquqları üzrə sorğu', '2021-06-01', '2021-06-30', null, null, 'research'],
    ['Müfəttişlər üçün metodiki vəsaitin hazırlanması', null, null, null, 40, null],
  ]);
  assert.deepEqual(report.entries[1]?.activities[1]?.participantsBySex, { women: 12, men: 8 });
  assert.deepEqual(activities(report, 3), [
    ['Sosial işçilər üçün “İnsan alveri qurbanlarının müəyyən edilməsi” mövzusunda təlim', '2021-03-12', '2021-03-12', 'Bakı', 25, 'training'],
    ['Regional məşğulluq mərkəzlərinin əməkdaşları üçün təlim kursu', '2021-04-20', '2021-04-20', 'onlayn', 48, 'training'],
    ['Əmək müfəttişləri üçün seminar', '2021-05-18', '2021-05-18', 'Şəki', 30, 'meeting'],
  ]);
  assert.deepEqual(activities(report, 4), [
    ['“İnsan alverinə yox deyək” maarifləndirmə aksiyası', '2021-07-30', '2021-07-30', 'Bakı', 150, 'awareness'],
    ['Gənclər arasında maarifləndirmə görüşü', '2021-09-15', '2021-09-15', 'Lənkəran', 60, 'awareness'],
    ['Ali məktəb tələbələri ilə görüş', null, null, 'Mingəçevir', null, 'meeting'],
  ]);
  assert.deepEqual(
    report.entries.map((e) => e.figures.map((f) => [f.value, f.unit])),
    [[[3, 'iclas']], [[1250, 'təsərrüfat subyekti'], [37, 'hal'], [12, '%']], [], [[103, 'nəfər']], [[5000, 'ədəd']], [[4, 'iclas'], [45, null]]],
  );
});

test('a 2021 report: warnings where the splitter is unsure, with their entries', async () => {
  const report = await splitReport({ bytes: fixture('report-2021-style.txt') });
  assert.deepEqual(
    report.warnings.map((w) => [w.code, w.entry, w.params]),
    [
      ['text_before_first_heading', undefined, { characters: 196 }],
      ['event_without_date', 1, { title: 'Müfəttişlər üçün metodiki vəsaitin hazırlanması' }],
      ['event_year_assumed', 4, { title: 'Gənclər arasında maarifləndirmə görüşü', year: 2021 }],
      ['event_without_date', 4, { title: 'Ali məktəb tələbələri ilə görüş' }],
      ['heading_not_recognised', 5, { line: '4.9.2 bəndi ilə bağlı məlumat növbəti hesabatda veriləcək.' }],
      ['figure_label_unclear', 5, { value: 45 }],
    ],
  );
  assert.ok(report.warnings.every((w) => w.message.length > 0));
});

test('guessed headings, repeated and unordered measures, empty entries are reported', async () => {
  const report = await split(
    [
      '4.2.1-ci bənd üzrə:',
      'Seminar keçirilmişdir.',
      '',
      '4.1.1 Qanunvericiliyin təkmilləşdirilməsi',
      'Layihə hazırlanmışdır.',
      '',
      '4.2.1-ci bənd üzrə:',
      '',
      '4.3.1-ci bənd üzrə:',
      'Görüş keçirilmişdir.',
    ].join('\n'),
  );
  assert.deepEqual(report.preamble, '');
  assert.deepEqual(
    report.warnings.map((w) => [w.code, w.entry]),
    [
      ['heading_uncertain', 1],
      ['measure_out_of_order', 1],
      ['entry_without_text', 2],
      ['duplicate_measure', 2],
    ],
  );
  assert.equal(report.entries[1]?.confidence, 0.7);
});

test('a heading wrapped onto the next line is still one heading', async () => {
  const report = await split('13.3.6-cı və\n13.3.7-ci yarımbəndlər üzrə:\nTədbirlər görülmüşdür.');
  assert.deepEqual(report.entries.map((e) => [e.measures, e.text]), [[['13.3.6', '13.3.7'], 'Tədbirlər görülmüşdür.']]);
});

async function wordReport(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)) });
  const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Təhsil Nazirliyinin 2022-ci il üzrə hesabatı', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '4.2.1-ci bənd üzrə', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Nazirlik tərəfindən ümumtəhsil məktəblərində 120 maarifləndirmə tədbiri keçirilmişdir.'),
          new Paragraph({ text: 'Müəllimlər üçün təlim – 12.03.2022, Gəncə – 25 nəfər', bullet: { level: 0 } }),
          new Paragraph({ text: 'Valideynlərlə görüş (15-16.04.2022, Sumqayıt, iştirakçı sayı: 40)', bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun({ text: '4.8.3 Maarifləndirmə materiallarının hazırlanması', bold: true })] }),
          new Paragraph('Məktəblilər üçün 3000 ədəd kitabça çap edilmişdir.'),
          new Table({
            rows: [
              row('Tədbir', 'Tarix', 'Yer', 'İştirakçı sayı'),
              row('Şagirdlər arasında esse müsabiqəsi', '10.05.2022', 'Bakı', '60'),
            ],
          }),
          new Table({
            rows: [row('4.9.1', 'Planın icrasının əlaqələndirilməsi', 'İşçi qrupun iclaslarında iştirak təmin edilmişdir.\nHesabatlar vaxtında təqdim olunmuşdur.')],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

test('a Word report: heading styles, bold code lines, bullet lists, an events table, a table of measures', async () => {
  const report = await splitReport({ bytes: await wordReport(), fileName: 'hesabat.docx' });
  assert.equal(report.preamble, 'Təhsil Nazirliyinin 2022-ci il üzrə hesabatı');
  assert.deepEqual(
    report.entries.map((e) => [e.measures, e.heading, e.confidence]),
    [
      [['4.2.1'], '4.2.1-ci bənd üzrə', 1],
      [['4.8.3'], '4.8.3 Maarifləndirmə materiallarının hazırlanması', 0.9],
      [['4.9.1'], '4.9.1', 0.9],
    ],
  );
  assert.deepEqual(activities(report, 0), [
    ['Müəllimlər üçün təlim', '2022-03-12', '2022-03-12', 'Gəncə', 25, 'training'],
    ['Valideynlərlə görüş', '2022-04-15', '2022-04-16', 'Sumqayıt', 40, 'meeting'],
  ]);
  assert.deepEqual(report.entries[0]?.figures.map((f) => [f.value, f.unit]), [[120, 'tədbir']]);
  assert.deepEqual(activities(report, 1), [['Şagirdlər arasında esse müsabiqəsi', '2022-05-10', '2022-05-10', 'Bakı', null, null]]);
  assert.deepEqual(report.entries[1]?.figures.map((f) => [f.value, f.unit]), [[3000, 'ədəd']]);
  assert.equal(report.entries[2]?.text, 'İşçi qrupun iclaslarında iştirak təmin edilmişdir.\n\nHesabatlar vaxtında təqdim olunmuşdur.');
});

test('nothing recognised: REPORT_NO_ENTRIES; unreadable files: the decoder’s codes', async () => {
  const rejects = async (bytes: Uint8Array, code: string) =>
    assert.rejects(splitReport({ bytes }), (error: unknown) => error instanceof ReportSplitError && error.code === code && error.message !== '');
  await rejects(Buffer.from('Hörmətli həmkarlar,\n2021-ci ildə 12 seminar keçirilmişdir.\n'), 'REPORT_NO_ENTRIES');
  await rejects(Buffer.from(''), 'IMPORT_EMPTY_FILE');
  await rejects(Buffer.from('%PDF-1.7 ...'), 'IMPORT_UNSUPPORTED_FORMAT');
  await rejects(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), 'IMPORT_UNSUPPORTED_FORMAT');
});

test('the same report in UTF-16, with CRLF line ends, or as HTML splits the same', async () => {
  const text = fixture('report-2021-style.txt').toString('utf8');
  const baseline = await split(text);
  for (const bytes of [Buffer.from(`\ufeff${text}`, 'utf16le'), Buffer.from(text.replace(/\n/g, '\r\n'))]) {
    assert.deepEqual(await splitReport({ bytes }), baseline);
  }
  const html = `<html><body>${text.split('\n\n').map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('')}</body></html>`;
  const fromHtml = await splitReport({ bytes: Buffer.from(html), fileName: 'report.html' });
  assert.deepEqual(fromHtml.entries.map((e) => [e.measures, e.activities]), baseline.entries.map((e) => [e.measures, e.activities]));
});
