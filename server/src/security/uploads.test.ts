/**
 * Hostile files: Word documents that unpack to gigabytes or carry an XML bomb, where a plan or an
 * agency's report is read; and files whose content is not what their name says, where
 * attachments and case documents are kept.
 */
import assert from 'node:assert/strict';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { createTestApp } from '../test/test-app.js';
import { assertProblem } from './responses.js';
import { buildDocx, buildZip, deflateBomb, documentXml, type ZipEntry } from './zip-builder.js';
import { buildWorld, upload } from './world.js';

const t = await createTestApp();
const world = await buildWorld(t);
const { as } = world;

const planImport = (bytes: Buffer, fileName = 'plan.docx') => upload(as.secretariat, `/api/plan-imports?fileName=${encodeURIComponent(fileName)}`, bytes);
const reportImport = (bytes: Buffer, fileName = 'hesabat.docx') => upload(as.agency_focal_point, `/api/report-imports?periodId=${world.periodId}&fileName=${encodeURIComponent(fileName)}`, bytes);
const READERS = [['plan import', planImport], ['report import', reportImport]] as const;

/** A request, with how long it took and how much the process grew meanwhile. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; grewMb: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - started, grewMb: (Math.max(peak, process.memoryUsage().rss) - before.rss) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

const MB = 2 ** 20;
/** A document part of `megabytes` MiB of spaces, compressed about a thousandfold, declaring `declared` bytes. */
const bombPart = (name: string, megabytes: number, declared = megabytes * MB): ZipEntry => ({ name, raw: { compressed: deflateBomb(megabytes), uncompressedSize: declared, crc: 0 } });

const LAUGHS = `<!DOCTYPE w:document [
<!ENTITY a "ha">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
<!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>`;
const EXTERNAL = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

describe('Word documents that would exhaust the server are refused before they are read', () => {
  for (const [label, read] of READERS) {
    test(`${label}: a zip bomb that declares its size (400 MB from under half a megabyte)`, async () => {
      const bomb = buildDocx([bombPart('word/document.xml', 400)]);
      assert.ok(bomb.length < 512 * 1024);
      const { result, ms, grewMb } = await measured(() => read(bomb));
      assertProblem(result, 422, 'IMPORT_UNSAFE_ARCHIVE');
      assert.ok(ms < 2000, `${ms} ms`);
      assert.ok(grewMb < 100, `memory grew by ${grewMb.toFixed(0)} MB`);
    });

    test(`${label}: a zip bomb that lies about its size`, async () => {
      const bomb = buildDocx([bombPart('word/document.xml', 400, 2048)]);
      const { result, ms, grewMb } = await measured(() => read(bomb));
      assertProblem(result, 422, 'IMPORT_UNSAFE_ARCHIVE');
      assert.ok(ms < 2000, `${ms} ms`);
      assert.ok(grewMb < 100, `memory grew by ${grewMb.toFixed(0)} MB`);
    });

    test(`${label}: many parts, each small, adding up to too much`, async () => {
      const parts = Array.from({ length: 40 }, (_, i) => bombPart(`word/media/image${i}.png`, 4));
      const { result, ms } = await measured(() => read(buildDocx([{ name: 'word/document.xml', data: documentXml(['Mətn']) }, ...parts])));
      assertProblem(result, 422, 'IMPORT_UNSAFE_ARCHIVE');
      assert.ok(ms < 2000, `${ms} ms`);
    });

    test(`${label}: a billion laughs and an external entity in the document's XML`, async () => {
      for (const prolog of [LAUGHS, EXTERNAL]) {
        const docx = buildDocx([{ name: 'word/document.xml', data: documentXml(['&i; &xxe;'], prolog) }]);
        const { result, ms } = await measured(() => read(docx));
        assertProblem(result, 422, 'IMPORT_UNSAFE_ARCHIVE');
        assert.ok(ms < 2000, `${ms} ms`);
        assert.doesNotMatch(result.body, /root:|hahaha/);
      }
    });
  }

  test('a document type declaration in any other part of the package is refused too', async () => {
    const styles = `<?xml version="1.0"?>${LAUGHS}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&i;</w:styles>`;
    const docx = buildDocx([{ name: 'word/document.xml', data: documentXml(['Mətn']) }, { name: 'word/styles.xml', data: styles }]);
    assertProblem(await planImport(docx), 422, 'IMPORT_UNSAFE_ARCHIVE');
  });

  test('an ordinary Word document is still read', async () => {
    const plain = buildDocx([{ name: 'word/document.xml', data: documentXml(['Hörmətli Milli Koordinator, hesabatımızı göndəririk.']) }]);
    assertProblem(await reportImport(plain), 422, 'REPORT_NO_ENTRIES');
    const made = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('4.2.1-ci yarımbənd üzrə:'), new Paragraph('Seminar keçirilib.')] }] }));
    const split = await reportImport(made);
    assert.ok([200, 422].includes(split.statusCode), split.body);
    assert.notEqual(split.json().code, 'IMPORT_UNSAFE_ARCHIVE');
  });

  test('an archive that is not a complete zip is unreadable, not a crash', async () => {
    const whole = buildDocx([{ name: 'word/document.xml', data: documentXml(['Mətn']) }]);
    for (const broken of [whole.subarray(0, whole.length - 10), whole.subarray(0, 200), Buffer.concat([whole.subarray(0, 60), Buffer.alloc(500, 0xff), whole.subarray(560)])]) {
      const response = await planImport(Buffer.from(broken));
      assert.ok(response.statusCode < 500 && response.statusCode >= 400, `${response.statusCode} ${response.body}`);
    }
    // An entry compressed with a method no Word writes, and a deflate stream that is not one.
    const odd = buildZip([{ name: 'word/document.xml', raw: { compressed: Buffer.from('not deflate at all'), uncompressedSize: 18, crc: 0 } }]);
    assert.ok((await planImport(odd)).statusCode < 500);
    const flushed = deflateRawSync(Buffer.from(documentXml(['a'])), { finishFlush: constants.Z_SYNC_FLUSH });
    const unfinished = buildDocx([{ name: 'word/document.xml', raw: { compressed: flushed, uncompressedSize: documentXml(['a']).length, crc: crc32(documentXml(['a'])) } }]);
    assert.ok((await planImport(unfinished)).statusCode < 500);
  });
});

describe('a file is what its content is, not what its name says', () => {
  const entryId = world.entryIds[1]!;
  const attach = (fileName: string, bytes: Buffer) => upload(as.agency_focal_point, `/api/report-entries/${entryId}/attachments?fileName=${encodeURIComponent(fileName)}`, bytes);
  const addDocument = (fileName: string, bytes: Buffer) => upload(as.frontline_officer, `/api/cases/${world.caseId}/documents?fileName=${encodeURIComponent(fileName)}&part=identity`, bytes);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR image')]);
  const windowsProgram = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(120), Buffer.from('PE\0\0 This program cannot be run in DOS mode.')]);
  const linuxProgram = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(100)]);
  const REFUSED: [string, Buffer][] = [
    ['hesabat.pdf', windowsProgram],
    ['hesabat.pdf', linuxProgram],
    ['şəkil.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['səhifə.pdf', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['skript.docx', Buffer.from('#!/bin/sh\nrm -rf /\n')],
    ['arxiv.docx', buildZip([{ name: 'payload.exe', data: windowsProgram }])],
  ];

  test('attachments: executables, scripts, SVG and HTML under document names are refused, and nothing is kept', async () => {
    for (const [name, bytes] of REFUSED) assertProblem(await attach(name, bytes), 415, 'ATTACHMENT_TYPE');
    assert.deepEqual((await as.agency_focal_point.get(`/api/report-entries/${entryId}`)).json().attachments, []);
  });

  test('case documents: the same files are refused, and nothing is kept', async () => {
    for (const [name, bytes] of REFUSED) assertProblem(await addDocument(name, bytes), 415, 'ATTACHMENT_TYPE');
    assert.deepEqual((await as.frontline_officer.get(`/api/cases/${world.caseId}`)).json().documents, []);
  });

  test('a picture named .docx is kept and served as the picture it is, as a download, never sniffed', async () => {
    for (const [send, read] of [
      [() => attach('müqavilə.docx', png), (id: string) => as.agency_focal_point.get(`/api/report-entries/${entryId}/attachments/${id}`)],
      [() => addDocument('pasport.docx', png), (id: string) => as.frontline_officer.get(`/api/cases/${world.caseId}/documents/${id}`)],
    ] as const) {
      const created = await send();
      assert.equal(created.statusCode, 201, created.body);
      if (created.json().mediaType) assert.equal(created.json().mediaType, 'image/png');
      const file = await read(created.json().id);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'image/png');
      assert.equal(file.headers['x-content-type-options'], 'nosniff');
      assert.match(String(file.headers['content-disposition']), /^attachment;/);
      assert.ok(file.rawPayload.equals(png));
    }
  });

  test('plan and report imports read a file by its content: a picture named .docx is not a document', async () => {
    assertProblem(await planImport(png, 'plan.docx'), 415, 'IMPORT_UNSUPPORTED_FORMAT');
    assertProblem(await reportImport(windowsProgram, 'hesabat.docx'), 415, 'IMPORT_UNSUPPORTED_FORMAT');
  });
});

describe('file names are data', () => {
  const entryId = world.entryIds[2]!;
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
  const NAMES = [
    '<img src=x onerror=alert(1)>.pdf',
    '"; filename="evil.exe.pdf',
    'a\r\nSet-Cookie: kk_session=stolen\r\n.pdf',
    '..%2F..%2Fetc%2Fpasswd.pdf',
    '../../../etc/passwd.pdf',
    "'; drop table report_attachments; --.pdf",
    'Hesabat — Ağcabədi «2024» 𝕏.pdf',
    '\u202efdp.exe',
  ];

  test('any name is kept as written and comes back as data, in a header that cannot be split or re-quoted', async () => {
    for (const name of NAMES) {
      const created = await upload(as.agency_focal_point, `/api/report-entries/${entryId}/attachments?fileName=${encodeURIComponent(name)}`, pdf);
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.json().fileName, name.trim());
      const file = await as.agency_focal_point.get(`/api/report-entries/${entryId}/attachments/${created.json().id}`);
      const disposition = String(file.headers['content-disposition']);
      assert.doesNotMatch(disposition, /[\r\n]/);
      assert.equal(file.headers['set-cookie'], undefined);
      const ascii = /^attachment; filename="([^"\\]*)"; filename\*=UTF-8''([^;\s"]+)$/.exec(disposition);
      assert.ok(ascii, disposition);
      assert.equal(decodeURIComponent(ascii[2]!), name.trim());
      assert.equal(file.headers['content-type'], 'application/pdf');
    }
    const listed = (await as.agency_focal_point.get(`/api/report-entries/${entryId}`)).json().attachments.map((a: { fileName: string }) => a.fileName);
    assert.deepEqual(listed.sort(), NAMES.map((n) => n.trim()).sort());
    assert.match(String((await as.agency_focal_point.get(`/api/report-entries/${entryId}`)).headers['content-type']), /^application\/json/);
  });
});
