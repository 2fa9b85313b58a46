import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { detectFileType } from './file-type.js';

test('documents and images are recognised by their bytes', async () => {
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hesabat')] }] }));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Vərəq').addRow(['a']);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  assert.equal(detectFileType(docx)?.extension, 'docx');
  assert.equal(detectFileType(xlsx)?.extension, 'xlsx');
  assert.equal(detectFileType(Buffer.from('%PDF-1.7\n...'))?.mediaType, 'application/pdf');
  assert.equal(detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mediaType, 'image/png');
  assert.equal(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.mediaType, 'image/jpeg');
});

test('a name does not make a type: scripts, HTML and other archives are refused', () => {
  assert.equal(detectFileType(Buffer.from('<script>alert(1)</script>')), null);
  assert.equal(detectFileType(Buffer.from('MZ\x90\x00')), null);
  assert.equal(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])), null, 'a zip that is no office document');
});
