/**
 * From bytes to text: which format the file is (by its content; the name and media type are
 * only hints), which encoding a text is in, and a normalised text (LF line ends, no BOM, NBSP as
 * space, no soft hyphens or zero-width characters).
 */
import mammoth from 'mammoth';
import { checkDocxArchive } from './docx-guard.js';
import { PlanReadError } from './parsed-plan.js';

export interface DecodeInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
}

export interface DecodedDocument {
  format: 'text' | 'docx' | 'html';
  /** The text encoding found; null for Word documents, whose XML is not a "text file". */
  encoding: string | null;
  /** The text, or the markup for 'html' and 'docx' (mammoth's HTML). */
  content: string;
}

const startsWith = (bytes: Uint8Array, ...signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Files that are certainly not plan texts, by their first bytes. */
const BINARY_SIGNATURES: readonly { name: string; bytes: number[] }[] = [
  { name: 'a PDF document', bytes: ascii('%PDF') },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: ascii('GIF8') },
  { name: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a RIFF (WebP, AVI, WAV) file', bytes: ascii('RIFF') },
  { name: 'a Word 97–2003 (.doc) or other OLE document; save it as .docx', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'an RTF document; save it as .docx', bytes: ascii('{\\rtf') },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'a RAR archive', bytes: ascii('Rar!') },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A .docx is a ZIP whose entry names (stored uncompressed) include word/document.xml. */
const isDocx = (bytes: Uint8Array): boolean =>
  startsWith(bytes, ...ZIP) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');

async function docxToHtml(bytes: Uint8Array): Promise<string> {
  checkDocxArchive(bytes);
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return value;
  } catch (error) {
    throw new PlanReadError('IMPORT_UNSUPPORTED_FORMAT', `The Word document could not be read: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Text encodings

/** UTF-16 without a byte order mark: ASCII characters leave a NUL in every other byte. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  if (oddNul / pairs > 0.1 && evenNul / pairs < 0.02) return 'utf-16le';
  if (evenNul / pairs > 0.1 && oddNul / pairs < 0.02) return 'utf-16be';
  return null;
}

const decodeStrict = (bytes: Uint8Array, encoding: string): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * Windows-1251 maps every byte to something, so decoding never fails; what tells a Russian or
 * Cyrillic-Azerbaijani text from other bytes is that its non-ASCII characters are almost all
 * ordinary Cyrillic letters and the typographic marks Russian texts use.
 */
function looksLikeCyrillicText(text: string): boolean {
  const nonAscii = [...text].filter((ch) => ch > '\u007f');
  if (nonAscii.length === 0) return false;
  const ordinary = nonAscii.filter((ch) => /[А-яЁёІіЈјЇїЄєҐґЎў«»–—№“”„…‘’•°]/u.test(ch)).length;
  return ordinary / nonAscii.length >= 0.95;
}

const DECLARED_1251 = /<meta[^>]+charset\s*=\s*["']?\s*(?:windows-1251|cp1251)/i;

function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const bom: [number[], string][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  const byBom = bom.find(([signature]) => startsWith(bytes, ...signature));
  const encoding = byBom?.[1] ?? utf16ByNulPattern(bytes);
  if (encoding !== undefined && encoding !== null) {
    const text = decodeStrict(bytes, encoding);
    if (text === null) throw new PlanReadError('IMPORT_UNDECODABLE', `The file starts like ${encoding} text but is not valid ${encoding}.`);
    return { text, encoding };
  }
  if (bytes.includes(0)) throw new PlanReadError('IMPORT_UNSUPPORTED_FORMAT', 'The file holds binary data (NUL bytes), not text.');
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const cp1251 = new TextDecoder('windows-1251').decode(bytes);
  if (DECLARED_1251.test(cp1251) || looksLikeCyrillicText(cp1251)) return { text: cp1251, encoding: 'windows-1251' };
  throw new PlanReadError(
    'IMPORT_UNDECODABLE',
    `The text is neither UTF-8, UTF-16 nor Windows-1251 (invalid byte at offset ${firstInvalidUtf8(bytes)}).`,
  );
}

/** Control characters other than tab, line feed, carriage return and form feed. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function normaliseText(text: string): string {
  const normalised = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .normalize('NFC');
  const controls = normalised.match(CONTROL)?.length ?? 0;
  if (controls > normalised.length / 100) {
    throw new PlanReadError('IMPORT_UNSUPPORTED_FORMAT', 'The file holds binary data (control characters), not text.');
  }
  return normalised.replace(CONTROL, '');
}

// ---------------------------------------------------------------------------------------------
// Format

const HTML_DOCUMENT = /<!doctype\s+html|<html[\s>]|<body[\s>]|<table[\s>]/i;
const HTML_BLOCK_TAG = /<(?:p|div|tr|td|th|br|li|h[1-6])(?:\s[^>]*)?\/?>/gi;

/**
 * HTML by its markup. A text export with a few inline tags (the legal database's "<b>…</b>")
 * is still text; a name or media type saying HTML is enough when any block tag is present.
 */
function isHtml(text: string, input: DecodeInput): boolean {
  if (HTML_DOCUMENT.test(text.slice(0, 5000)) || (text.match(HTML_BLOCK_TAG)?.length ?? 0) >= 3) return true;
  const declared = /html/i.test(input.mediaType ?? '') || /\.x?html?$/i.test(input.fileName ?? '');
  return declared && HTML_BLOCK_TAG.test(text);
}

export async function decodeDocument(input: DecodeInput): Promise<DecodedDocument> {
  const { bytes } = input;
  if (bytes.length === 0) throw new PlanReadError('IMPORT_EMPTY_FILE', 'The file is empty.');
  if (startsWith(bytes, ...ZIP)) {
    if (!isDocx(bytes)) throw new PlanReadError('IMPORT_UNSUPPORTED_FORMAT', 'The file is a ZIP archive, not a Word (.docx) document.');
    return { format: 'docx', encoding: null, content: normaliseText(await docxToHtml(bytes)) };
  }
  const binary = BINARY_SIGNATURES.find((s) => startsWith(bytes, ...s.bytes));
  if (binary !== undefined) throw new PlanReadError('IMPORT_UNSUPPORTED_FORMAT', `The file is ${binary.name}, not a plan text.`);
  const { text, encoding } = decodeText(bytes);
  const content = normaliseText(text);
  if (content.trim() === '') throw new PlanReadError('IMPORT_EMPTY_FILE', 'The file holds no text.');
  return { format: isHtml(content, input) ? 'html' : 'text', encoding, content };
}
