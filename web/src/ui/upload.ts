import { api, ApiError, csrfToken, NETWORK_ERROR, type Problem } from '../app/api';
import i18n from '../i18n';

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
  /** Where the raw file is posted, with its query string. */
  url: string;
  file: File;
  /** 0..1 of the file sent. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Posts the raw file (application/octet-stream), reporting upload progress; resolves to the JSON answer. */
export async function uploadFile<T>({ url, file, onProgress, signal }: UploadOptions): Promise<T> {
  // The CSRF cookie is set by any request that arrives without one.
  if (!csrfToken()) await api.get('/api/session').catch(() => undefined);

  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
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
          resolve(JSON.parse(xhr.responseText) as T);
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
