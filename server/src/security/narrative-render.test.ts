/**
 * The web client never renders what people typed as HTML: the narrative's parser keeps markup as
 * text, the view renders it as React text nodes (escaped), and no part of the client writes HTML
 * from strings.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseNarrative, type Block } from '../../../common/src/narrative.js';
import { repoRoot } from '../config/paths.js';
import { MARKUP } from './hostile-values.js';

/** The text of a parsed narrative, without its own markup (bold markers, list dashes, blank lines). */
const textOf = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' ? [b.inlines] : b.items)).flatMap((inlines) => inlines.map((i) => i.text)).join('');

describe('the narrative parser keeps markup as text', () => {
  test('every hostile string comes out of the parser as the same characters', () => {
    for (const text of MARKUP) assert.equal(textOf(parseNarrative(text)), text);
  });

  test('for any text without its markers, the parser returns the text itself, markup and all', () => {
    const piece = fc.oneof(fc.constantFrom(...MARKUP, '<', '>', '&', '"', "'", '&lt;', '&#x3c;', '\\u003c'), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        // Its markers are "**", a leading "- " and line breaks; without them a narrative is one paragraph of the text.
        const text = pieces.join(' ').replace(/[*\-\n\r\u2028\u2029]/g, '');
        assert.equal(textOf(parseNarrative(text)), text.trim() === '' ? '' : text.trimEnd());
      }),
      { numRuns: 300 },
    );
  });
});

describe('the narrative view renders text, never HTML', () => {
  test('markup in a narrative is escaped in the rendered page', async () => {
    // The view is a .tsx module of the client, with a CSS module: load CSS as an empty module,
    // and let the classic JSX transform find React.
    register(
      'data:text/javascript,' +
        encodeURIComponent(
          "export async function load(url, context, next) { return url.endsWith('.css') ? { format: 'module', source: 'export default new Proxy({}, { get: (_, key) => String(key) });', shortCircuit: true } : next(url, context); }",
        ),
    );
    (globalThis as { React?: unknown }).React = React;
    const view = pathToFileURL(join(repoRoot, 'web/src/reports/NarrativeView.tsx')).href;
    const { NarrativeView } = (await import(view)) as { NarrativeView: React.FC<{ text: string }> };
    const { MantineProvider } = await import('@mantine/core');
    const narrative = `${MARKUP.join('\n\n')}\n\n- **<b onmouseover=alert(1)>bold</b>**\n- <u>item</u>`;
    const html = renderToStaticMarkup(React.createElement(MantineProvider, null, React.createElement(NarrativeView, { text: narrative })));
    for (const tag of ['<script', '<img', '<svg', '<iframe', '<a ', '<b ', '<u>', '<!--', '<![CDATA']) assert.ok(!html.includes(tag), `${tag} rendered as markup: ${html.slice(0, 400)}`);
    assert.ok(!/\son\w+=/i.test(html.replace(/&quot;|&#x27;|&lt;[^&]*&gt;/g, '')), 'no event handler attribute');
    for (const text of ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;&lt;/iframe&gt;', '&lt;u&gt;item&lt;/u&gt;']) assert.ok(html.includes(text), `${text} shown as text`);
    assert.ok(html.includes('<strong>&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;</strong>'), 'bold is the only markup the narrative has');
  });
});

describe('the client writes no HTML from strings', () => {
  const files = readdirSync(join(repoRoot, 'web/src'), { recursive: true })
    .map(String)
    .filter((file) => /\.(?:tsx?|jsx?)$/.test(file) && !file.endsWith('.test.ts'));

  test('no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or new Function', () => {
    assert.ok(files.length > 20);
    const found = files.flatMap((file) => {
      const source = readFileSync(join(repoRoot, 'web/src', file), 'utf8');
      return [/dangerouslySetInnerHTML/, /\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new\s+Function\s*\(/, /srcdoc/i]
        .filter((pattern) => pattern.test(source))
        .map((pattern) => `${file}: ${pattern}`);
    });
    assert.deepEqual(found, []);
  });

  test('links the client builds from data are never javascript: URLs', () => {
    const found = files.filter((file) => /href=\{`javascript:|href="javascript:|['"`]javascript:/i.test(readFileSync(join(repoRoot, 'web/src', file), 'utf8')));
    assert.deepEqual(found, []);
  });
});
