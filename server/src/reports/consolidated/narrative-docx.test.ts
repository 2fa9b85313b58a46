import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, Packer } from 'docx';
import mammoth from 'mammoth';
import { narrativeParagraphs, narrativePlainText } from './narrative-docx.js';

const TEXT = 'Birinci abzas **1913** nəfər.\nİkinci sətir.\n\n- **DMX**: 6 nəfər\n- ikinci bənd\n\nSon abzas';

/** The Word body of the paragraphs, as HTML, so bold and lists are visible. */
async function html(text: string): Promise<string> {
  const doc = new Document({ sections: [{ children: narrativeParagraphs(text) }] });
  const buffer = await Packer.toBuffer(doc);
  return (await mammoth.convertToHtml({ buffer })).value;
}

test('paragraphs, bold runs, line breaks and bullet items become Word paragraphs', async () => {
  const paragraphs = narrativeParagraphs(TEXT);
  assert.equal(paragraphs.length, 4, 'paragraph, two items, paragraph');
  const out = await html(TEXT);
  assert.match(out, /<p>Birinci abzas <strong>1913<\/strong> nəfər\.<br \/>İkinci sətir\.<\/p>/);
  assert.match(out, /<ul><li><strong>DMX<\/strong>: 6 nəfər<\/li><li>ikinci bənd<\/li><\/ul>/);
  assert.match(out, /<p>Son abzas<\/p>/);
});

test('no markup is ever taken as anything but text; an empty narrative gives nothing', async () => {
  assert.deepEqual(narrativeParagraphs(''), []);
  assert.deepEqual(narrativeParagraphs('\n\n  \n'), []);
  const out = await html('<script>x</script> a ** b');
  assert.match(out, /&lt;script&gt;x&lt;\/script&gt; a \*\* b/);
});

test('plain text for spreadsheet cells drops the markup', () => {
  assert.equal(narrativePlainText(TEXT), 'Birinci abzas 1913 nəfər.\nİkinci sətir.\n\n• DMX: 6 nəfər\n• ikinci bənd\n\nSon abzas');
});
