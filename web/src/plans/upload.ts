import { api, ApiError, csrfToken, NETWORK_ERROR, type Problem } from '../app/api';
import i18n from '../i18n';
import type { ImportPreview } from './importTypes';

/** The server's limit for an uploaded plan document. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.txt', '.docx', '.html', '.htm'];

// An upload needs XMLHttpRequest (for its progress), not fetch; the CSRF token is api.ts's.

function problemOf(xhr: XMLHttpRequest): Problem {
  const fallback: Problem = { status: xhr.status, title: xhr.statusText || undefined };
  if (!(xhr.getResponseHeader('content-type') ?? '').includes('json')) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(xhr.responseText) as Partial<Problem>), status: xhr.status };
  } catch {
    return fallback;
  }
}

export interface UploadOptions {
  file: File;
  /** The plan to import into; undefined: the server recognises it (or starts a new plan). */
  planId?: string;
  /** 0..1 of the file sent. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Sends the raw file for a preview of the import, reporting upload progress. */
export async function uploadPlanDocument({ file, planId, onProgress, signal }: UploadOptions): Promise<ImportPreview> {
  // The CSRF cookie is set by any request that arrives without one.
  if (!csrfToken()) await api.get('/api/session').catch(() => undefined);
  const search = new URLSearchParams({ fileName: file.name });
  if (planId) search.set('planId', planId);

  return new Promise<ImportPreview>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/plan-imports?${search.toString()}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.language);
    const token = csrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);

    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportPreview);
        } catch {
          reject(new ApiError({ status: xhr.status }));
        }
        return;
      }
      // A lost session: any request through api.ts sends the person to the login page.
      if (xhr.status === 401) void api.get('/api/session').catch(() => undefined);
      reject(new ApiError(problemOf(xhr)));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: NETWORK_ERROR }));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
