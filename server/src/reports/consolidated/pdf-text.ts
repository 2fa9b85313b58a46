/**
 * Reads back the text of a PDF written by pdfkit with embedded fonts, page by page, so tests can
 * check what a report says. It knows exactly what pdfkit writes (deflated or plain streams, Type0
 * fonts with a ToUnicode map, one `Tm` per line fragment, `TJ` arrays of hex glyph codes); it is
 * no general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const source = pdf.toString('latin1');
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const streamAt = source.indexOf('stream', start);
    const endAt = source.indexOf('endobj', start);
    if (streamAt < 0 || streamAt > endAt) {
      objects.set(Number(match[1]), { dictionary: source.slice(start, endAt), stream: null });
      header.lastIndex = endAt;
      continue;
    }
    const dictionary = source.slice(start, streamAt);
    const dataStart = streamAt + 'stream'.length + (source[streamAt + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dictionary, stream: dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw });
    header.lastIndex = source.indexOf('endobj', dataStart + length);
  }
  return objects;
}

const hexText = (hex: string) => {
  let text = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return text;
};

/** A ToUnicode CMap: glyph code → text (bfchar, and bfrange in both its forms). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(code!, 16), hexText(text!));
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]*>)/g)) {
      const start = parseInt(from!, 16);
      const end = parseInt(to!, 16);
      if (target!.startsWith('[')) {
        const texts = [...target!.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((m) => hexText(m[1]!.replace(/\s/g, '')));
        texts.forEach((text, i) => map.set(start + i, text));
      } else {
        const base = target!.slice(1, -1);
        const first = parseInt(base.slice(-4), 16);
        for (let code = start; code <= end; code++) map.set(code, hexText(base.slice(0, -4)) + String.fromCharCode(first + code - start));
      }
    }
  }
  return map;
}

/**
 * The text of every page, in page order: a change of line becomes a line break, fragments on one
 * line (table cells, bullets, runs of another font) are parted by a space.
 */
export function pdfPages(pdf: Buffer): string[] {
  const objects = objectsOf(pdf);
  const ref = (dictionary: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1] ?? NaN);

  // Font resource name → its glyph map (pdfkit names each font once for the whole document).
  const cmaps = new Map<string, Map<number, string>>();
  for (const object of objects.values()) {
    for (const [, name, id] of object.dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      if (cmaps.has(name!)) continue;
      const font = objects.get(Number(id));
      const toUnicode = font && objects.get(ref(font.dictionary, 'ToUnicode'))?.stream;
      cmaps.set(name!, toUnicode ? parseCMap(toUnicode.toString('latin1')) : new Map());
    }
  }

  const root = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dictionary) && !/\/Parent /.test(o.dictionary));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(root?.dictionary ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return kids.map((id) => {
    const content = objects.get(ref(objects.get(id)?.dictionary ?? '', 'Contents'))?.stream?.toString('latin1') ?? '';
    let text = '';
    let font = new Map<number, string>();
    let lineY: string | null = null;
    for (const [, y, name, array] of content.matchAll(/1 0 0 1 \S+ (\S+) Tm|\/(F\d+) \S+ Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\] TJ/g)) {
      if (y !== undefined) {
        // Another line, or another fragment of this one (a table cell, a bold run): apart from the text before.
        if (lineY !== null && y !== lineY) text += '\n';
        else if (lineY !== null && !/\s$/.test(text)) text += ' ';
        lineY = y;
      } else if (name !== undefined) {
        font = cmaps.get(name) ?? new Map();
      } else {
        for (const [, hex] of array!.matchAll(/<([0-9a-fA-F]*)>/g)) {
          for (let i = 0; i + 4 <= hex!.length; i += 4) text += font.get(parseInt(hex!.slice(i, i + 4), 16)) ?? '\uFFFD';
        }
      }
    }
    return text;
  });
}

/** The whole document's text, whitespace (line ends included) folded to single spaces. */
export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf)
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}
