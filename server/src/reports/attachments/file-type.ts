/**
 * What a file is, judged by its bytes, never by its name: the kinds a report may carry.
 * Office documents are zip archives; which one is told by the part names inside.
 */
export interface DetectedType {
  mediaType: string;
  extension: string;
}

const starts = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

function zipHolds(bytes: Uint8Array, partName: string): boolean {
  // Part names are stored uncompressed in local headers and the central directory.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(partName, 0, 'latin1');
}

export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: 'application/pdf', extension: 'pdf' };
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png', extension: 'png' };
  if (starts(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHolds(bytes, 'word/document.xml')) return { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
    if (zipHolds(bytes, 'xl/workbook.xml')) return { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    return null;
  }
  // Word 97–2003 and Excel 97–2003 share the compound-file container.
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { mediaType: 'application/x-ole-storage', extension: 'doc' };
  return null;
}
