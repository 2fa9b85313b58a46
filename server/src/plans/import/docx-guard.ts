/**
 * A Word document is a ZIP archive that mammoth unpacks whole into memory, and whose XML it
 * parses. Before that, the archive is checked here, so that a small upload cannot make the
 * server unpack gigabytes (a zip bomb) or parse an XML bomb:
 * - the central directory's declared sizes add up to at most `DOCX_LIMITS.unpackedBytes`;
 * - every compressed part really unpacks to no more than it declares (inflated with that as the
 *   limit, so a lying archive costs at most what it claims);
 * - no XML part declares a document type or entities, which Word never writes.
 * Pure: bytes in, an error or nothing out.
 */
import { inflateRawSync } from 'node:zlib';
import { PlanReadError } from './parsed-plan.js';

export const DOCX_LIMITS = { unpackedBytes: 100 * 1024 * 1024, parts: 5000 } as const;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Part {
  name: string;
  method: number;
  compressedSize: number;
  unpackedSize: number;
  localOffset: number;
}

const unsafe = (reason: string) => new PlanReadError('IMPORT_UNSAFE_ARCHIVE', `The Word document was not read: ${reason}.`);
const unreadable = (reason: string) => new PlanReadError('IMPORT_UNSUPPORTED_FORMAT', `The Word document could not be read: ${reason}.`);

/** The parts the archive's central directory lists, as a ZIP reader finds them (from the end). */
function centralDirectory(zip: Buffer): Part[] {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable('the archive has no central directory');
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unsafe('it is a ZIP64 archive, which a Word document never needs');
  if (count > DOCX_LIMITS.parts) throw unsafe(`it has more than ${DOCX_LIMITS.parts} parts`);
  const parts: Part[] = [];
  for (let at = offset, i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable('its central directory is damaged');
    const nameLength = zip.readUInt16LE(at + 28);
    const unpackedSize = zip.readUInt32LE(at + 24);
    const compressedSize = zip.readUInt32LE(at + 20);
    if (unpackedSize === 0xffffffff || compressedSize === 0xffffffff) throw unsafe('it is a ZIP64 archive, which a Word document never needs');
    parts.push({
      name: zip.toString('utf8', at + 46, Math.min(zip.length, at + 46 + nameLength)),
      method: zip.readUInt16LE(at + 10),
      compressedSize,
      unpackedSize,
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/** The part's compressed bytes, where its local header says they start. */
function compressedBytes(zip: Buffer, part: Part): Buffer {
  const at = part.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) throw unreadable(`the part ${part.name} is missing`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + part.compressedSize > zip.length) throw unreadable(`the part ${part.name} is cut off`);
  return zip.subarray(start, start + part.compressedSize);
}

function unpack(zip: Buffer, part: Part): Buffer | null {
  const bytes = compressedBytes(zip, part);
  if (part.method === STORED) {
    if (bytes.length !== part.unpackedSize) throw unreadable(`the part ${part.name} is damaged`);
    return bytes;
  }
  if (part.method !== DEFLATED) return null; // No ZIP reader mammoth uses unpacks it; it fails there, cheaply.
  try {
    return inflateRawSync(bytes, { maxOutputLength: Math.max(1, part.unpackedSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw unsafe(`the part ${part.name} unpacks to more than the ${part.unpackedSize} bytes it declares`);
    throw unreadable(`the part ${part.name} is damaged`);
  }
}

const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

/** Throws `IMPORT_UNSAFE_ARCHIVE` for an archive that would exhaust the reader, `IMPORT_UNSUPPORTED_FORMAT` for a broken one. */
export function checkDocxArchive(bytes: Uint8Array): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = centralDirectory(zip);
  const declared = parts.reduce((sum, part) => sum + part.unpackedSize, 0);
  if (declared > DOCX_LIMITS.unpackedBytes) throw unsafe(`it unpacks to ${Math.ceil(declared / 2 ** 20)} MB, more than ${DOCX_LIMITS.unpackedBytes / 2 ** 20} MB`);
  for (const part of parts) {
    const content = unpack(zip, part);
    if (content && /\.(?:xml|rels)$/i.test(part.name) && DECLARATION.test(content.toString('latin1'))) {
      throw unsafe(`the part ${part.name} declares a document type or entities, which Word never writes`);
    }
  }
}
