import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConsolidatedEntry, ConsolidatedMeasure, ConsolidatedReport } from './consolidated.repository.js';
import { pdfPages, pdfText } from './pdf-text.js';
import { reportPdf } from './report-pdf.js';
import { computeTotals } from './totals.js';

const LETTERS = 'ə Ə ğ Ğ ı I İ i ö Ö ü Ü ç Ç ş Ş';
const FIGURE = { label: 'Sığınacağa yerləşdirilmiş şəxslər', value: 12.5, unit: 'nəfər' };

const activity = (title: string) => ({
  kind: 'training' as const,
  title,
  dateFrom: '2023-05-02',
  dateTo: '2023-05-02',
  place: 'Gəncə',
  participants: 25,
  women: 15,
  men: 10,
  partners: [],
});

const entry = (name: string, activities = [activity('Sosial işçilər üçün təlim')]): ConsolidatedEntry => ({
  organisationName: name,
  organisationShortName: null,
  role: 'executor',
  status: 'continuing',
  narrative: `Qurbanlara **hüquqi yardım** göstərilib; ${LETTERS}.\n\n- Şəki, Şirvan, Quba\n- Ağdaş`,
  activities,
  figures: [FIGURE],
});

const measure = (code: string, entries: ConsolidatedEntry[]): ConsolidatedMeasure => ({
  code,
  text: `Xüsusi həssas qrupların, o cümlədən uşaqların insan alverindən qorunması üzrə tədbirlərin gücləndirilməsi (${code})`,
  periodText: '2023–2024-cü illər',
  executors: 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
  entries,
});

function report(sections: ConsolidatedReport['sections'], unreported: ConsolidatedReport['unreported'] = []): ConsolidatedReport {
  return {
    period: { id: 'p', kind: 'half_year', year: 2023, half: 2, startsOn: '2023-07-01', endsOn: '2023-12-31', status: 'closed' },
    plan: { id: 'plan', title: 'Milli Fəaliyyət Planı' },
    sections,
    totals: computeTotals(sections.flatMap((s) => s.measures.flatMap((m) => m.entries))),
    unreported,
  };
}

test('every Azerbaijani letter is written with the embedded font and reads back as written', async () => {
  const pdf = await reportPdf(report([{ code: '3', title: 'Qurbanların müdafiəsi', measures: [measure('3.1', [entry('Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi')])] }], [{ name: 'Gənclər və İdman Nazirliyi', shortName: 'GİN' }]), {
    generatedAt: new Date('2024-01-15T09:00:00Z'),
  });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = pdfText(pdf);
  assert.ok(!text.includes('\uFFFD'), 'no glyph without its letter');
  for (const expected of [
    'Milli Fəaliyyət Planı İcra hesabatı 2023-cü ilin II yarımili Tərtib edilib: 15.01.2024',
    measure('3.1', []).text,
    'İcraçılar: Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
    'İcra müddəti: 2023–2024-cü illər',
    'İcra vəziyyəti: Davam edir',
    `Qurbanlara hüquqi yardım göstərilib; ${LETTERS}.`,
    '• Şəki, Şirvan, Quba • Ağdaş',
    'Sosial işçilər üçün təlim 02.05.2023 Gəncə 25 (qadın: 15, kişi: 10)',
    'Sığınacağa yerləşdirilmiş şəxslər — 12,5 nəfər',
    'Sığınacağa yerləşdirilmiş şəxslər 12,5 nəfər 1',
    'Gənclər və İdman Nazirliyi (GİN)',
  ])
    assert.ok(text.includes(expected), expected);
});

test('uncompressed on request, so the page streams can be read as they are', async () => {
  const pdf = await reportPdf(report([]), { compress: false });
  assert.ok(!pdf.toString('latin1').includes('/FlateDecode'));
  assert.ok(pdfText(pdf).includes('Bütün qurumlar hesabat təqdim edib.'));
  assert.ok(pdfText(pdf).includes('Göstərici yoxdur.'));
});

test('title page, contents with the right page of every part, numbered pages, a long table continued with its header', async () => {
  const many = Array.from({ length: 60 }, (_, i) => activity(`Maarifləndirici görüş ${i + 1}`));
  const pdf = await reportPdf(
    report([
      { code: '1', title: 'Normativ baza', measures: [measure('1.1', []), measure('1.2', [entry('Daxili İşlər Nazirliyi', many)])] },
      { code: '2', title: 'Qurbanlara yardım', measures: [measure('2.1', [entry('Səhiyyə Nazirliyi')])] },
    ]),
  );
  const pages = pdfPages(pdf);
  assert.ok(pages[0]!.includes('İcra hesabatı'));
  assert.ok(!/^\d+$/m.test(pages[0]!), 'no number on the title page');
  assert.ok(pages[1]!.startsWith('Mündəricat'));
  const contents = [...pages[1]!.matchAll(/^(\d+) (.+)$/gm)].map((m) => ({ page: Number(m[1]), title: m[2]! }));
  assert.deepEqual(
    contents.map((c) => c.title),
    ['1. Normativ baza', '2. Qurbanlara yardım', 'Əlavə: yekun göstəricilər', 'Hesabat təqdim etməyən qurumlar'],
  );
  for (const { page, title } of contents) assert.ok(pages[page - 1]!.startsWith(title), `${title} on page ${page}`);
  pages.slice(1).forEach((page, i) => assert.ok(page.trimEnd().endsWith(String(i + 2)), `page ${i + 2} is numbered`));

  const tablePages = pages.filter((page) => page.includes('Maarifləndirici görüş'));
  assert.ok(tablePages.length >= 2, 'sixty activities take more than a page');
  for (const page of tablePages) assert.ok(page.includes('Tədbir Tarix Yer İştirakçılar'), 'the header is repeated');
  for (let i = 1; i <= 60; i++) assert.ok(pages.join('\n').includes(`Maarifləndirici görüş ${i} `), `activity ${i}`);
});
