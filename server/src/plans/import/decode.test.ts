import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDocument } from './decode.js';
import { readFixture, SEED_DICTIONARY } from './fixtures/plan-dictionary.js';
import { parsePlanDocument } from './parse.js';
import { PlanReadError, type ParsedPlan } from './parsed-plan.js';

const NEWS = readFixture('plan-2020-2024-news-print.txt');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

/** Windows-1251 bytes of a text, by inverting the decoder's table. */
function windows1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

/** What a parse recognised, without the source description. */
const recognised = (plan: ParsedPlan) => ({ ...plan, source: undefined });

async function rejects(bytes: Uint8Array, code: PlanReadError['code'], fileName?: string): Promise<void> {
  await assert.rejects(parsePlanDocument({ bytes, fileName }, SEED_DICTIONARY), (error: unknown) => {
    assert.ok(error instanceof PlanReadError, String(error));
    assert.equal(error.code, code, error.message);
    return true;
  });
}

test('the news copy in UTF-8 with a BOM, UTF-16 LE and BE (with and without BOM) reads the same', async () => {
  const text = NEWS.toString('utf8');
  const baseline = await parsePlanDocument({ bytes: NEWS }, SEED_DICTIONARY);
  assert.equal(baseline.source.encoding, 'utf-8');
  const variants: [string, Buffer][] = [
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), NEWS])],
    ['utf-16le', Buffer.from(`\ufeff${text}`, 'utf16le')],
    ['utf-16le', Buffer.from(text, 'utf16le')],
    ['utf-16be', utf16be(`\ufeff${text}`)],
    ['utf-16be', utf16be(text)],
  ];
  for (const [encoding, bytes] of variants) {
    const plan = await parsePlanDocument({ bytes }, SEED_DICTIONARY);
    assert.equal(plan.source.encoding, encoding);
    assert.deepEqual(recognised(plan), recognised(baseline), encoding);
  }
});

test('CRLF and CR line ends, NBSP and soft hyphens are normalised', async () => {
  const text = NEWS.toString('utf8');
  const baseline = await parsePlanDocument({ bytes: NEWS }, SEED_DICTIONARY);
  for (const variant of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), text.replace(/ /g, (s, i: number) => (i % 7 === 0 ? '\u00a0' : s)).replace(/Nazirliyi/g, 'Nazir\u00adliyi')]) {
    assert.deepEqual(recognised(await parsePlanDocument({ bytes: Buffer.from(variant) }, SEED_DICTIONARY)), recognised(baseline));
  }
});

test('Windows-1251: a Russian plan is read when the bytes are not UTF-8', async () => {
  const text = [
    'Национальный план действий по борьбе с торговлей людьми на 2020–2024 годы',
    '',
    '№\tМероприятие\tИсполнители\tСрок исполнения',
    '<b>1.1. Совершенствование законодательства</b>\t\t\t',
    '1.1.1.\tПодготовка предложений по совершенствованию законодательства «О борьбе с торговлей людьми»\tКабинет министров\t2020–2022',
    '1.1.2.\tИзучение международного опыта\tМинистерство иностранных дел\tпостоянно',
    '1.1.3.\tПроведение семинаров для сотрудников полиции\tМинистерство внутренних дел\tмарт 2021 г.',
    '',
    'Примечание: план утверждён распоряжением.',
  ].join('\r\n');
  const plan = await parsePlanDocument({ bytes: windows1251(text) }, SEED_DICTIONARY);
  assert.equal(plan.source.encoding, 'windows-1251');
  assert.equal(plan.plan.title, 'Национальный план действий по борьбе с торговлей людьми на 2020–2024 годы');
  assert.deepEqual(plan.plan.period, { from: '2020-01-01', to: '2024-12-31' });
  assert.deepEqual(plan.sections, [{ code: '1.1', title: 'Совершенствование законодательства' }]);
  assert.deepEqual(
    plan.measures.map((m) => [m.code, m.executors[0]?.name, m.period?.kind, m.period?.from, m.period?.to]),
    [
      ['1.1.1', 'Кабинет министров', 'range', '2020-01-01', '2022-12-31'],
      ['1.1.2', 'Министерство иностранных дел', 'ongoing', '2020-01-01', '2024-12-31'],
      ['1.1.3', 'Министерство внутренних дел', 'month', '2021-03-01', '2021-03-31'],
    ],
  );
  assert.equal(plan.measures[0]?.text, 'Подготовка предложений по совершенствованию законодательства «О борьбе с торговлей людьми»');
  // The Russian names are not in the dictionary (it holds the plan's Azerbaijani names): kept and reported.
  assert.deepEqual(plan.warnings.find((w) => w.code === 'executors_not_recognised')?.params?.count, 3);
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), windows1251('Привет'), Buffer.from('</p></body></html>')]);
  assert.equal((await decodeDocument({ bytes: html })).encoding, 'windows-1251', 'declared by the page');
});

test('bytes that are no text encoding are IMPORT_UNDECODABLE', async () => {
  const corrupted = Buffer.concat([NEWS.subarray(0, 500), Buffer.from([0xff, 0xfe, 0xc3]), NEWS.subarray(500)]);
  await rejects(corrupted, 'IMPORT_UNDECODABLE');
  await assert.rejects(decodeDocument({ bytes: corrupted }), /offset 500/);
  await rejects(Buffer.from([0x41, 0x42, ...Array.from({ length: 200 }, (_, i) => 0x80 + ((i * 37) % 128))]), 'IMPORT_UNDECODABLE');
  await rejects(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41, 0x00])]), 'IMPORT_UNDECODABLE', 'a lone surrogate');
});

test('empty files, binary files and other formats are refused with their code', async () => {
  await rejects(new Uint8Array(), 'IMPORT_EMPTY_FILE');
  await rejects(Buffer.from(' \r\n\t\n'), 'IMPORT_EMPTY_FILE');
  await rejects(Buffer.from([0xef, 0xbb, 0xbf]), 'IMPORT_EMPTY_FILE');
  await rejects(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'IMPORT_UNSUPPORTED_FORMAT', 'plan.png');
  await rejects(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'IMPORT_UNSUPPORTED_FORMAT', 'plan.txt');
  await rejects(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'IMPORT_UNSUPPORTED_FORMAT');
  await rejects(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'IMPORT_UNSUPPORTED_FORMAT', 'plan.doc');
  await rejects(Buffer.from('PK\x03\x04\x14\x00\x00\x00xl/workbook.xml'), 'IMPORT_UNSUPPORTED_FORMAT', 'plan.xlsx');
  await rejects(Buffer.from('PK\x03\x04\x14\x00\x00\x00word/document.xml but no archive'), 'IMPORT_UNSUPPORTED_FORMAT', 'broken.docx');
  await rejects(Buffer.from('abc\u0000def\u0001\u0002 ghi'.repeat(20)), 'IMPORT_UNSUPPORTED_FORMAT');
  await rejects(Buffer.from('text\u0007with\u0008bell\u001b and escapes\u0001\u0002\u0003'.repeat(10)), 'IMPORT_UNSUPPORTED_FORMAT');
});

test('a text without measures is IMPORT_NO_MEASURES', async () => {
  await rejects(Buffer.from('Azərbaycanda insan alverinə qarşı mübarizə sahəsində qanunvericilik təkmilləşdiriləcək.\n\nBu barədə sərəncam imzalanıb.'), 'IMPORT_NO_MEASURES');
  await rejects(Buffer.from('1. Giriş\n\n1.1. Planın məqsədi.\n\n2. Prinsiplər\n\n2.1. Qanunçuluq.'), 'IMPORT_NO_MEASURES');
  await rejects(Buffer.from('<html><body><table><tr><td>a</td><td>b</td></tr></table></body></html>'), 'IMPORT_NO_MEASURES');
});

test('HTML is told from text by its markup, not by a few inline tags', async () => {
  assert.equal((await decodeDocument({ bytes: readFixture('plan-2020-2024-legal-database.txt') })).format, 'text', '<b> in a text export');
  assert.equal((await decodeDocument({ bytes: Buffer.from('<table><tr><td>4.1.1.</td></tr></table>') })).format, 'html');
  assert.equal((await decodeDocument({ bytes: Buffer.from('<p>bir</p> iki', 'utf8'), fileName: 'plan.html' })).format, 'html', 'by name');
  assert.equal((await decodeDocument({ bytes: Buffer.from('<p>bir</p> iki', 'utf8') })).format, 'text');
});
