/** A Content-Disposition for a download: an ASCII fallback name, and the full name for modern clients. */
export function attachmentDisposition(name: string, fallback = 'download'): string {
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || fallback;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
