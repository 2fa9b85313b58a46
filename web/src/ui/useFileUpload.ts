import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api';

export type Send<T> = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<T>;

export const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

interface FileUploadOptions {
  maxBytes: number;
  /** The problem shown, without sending, for a file over the limit. */
  tooLarge: (file: File) => { title: string; detail: string };
}

/**
 * One file upload at a time: the chosen file, progress (null when idle), the last problem. A file
 * over the limit is refused before it is sent; leaving the page aborts the upload.
 */
export function useFileUpload({ maxBytes, tooLarge }: FileUploadOptions) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  /** Sends the file; resolves to the answer, or undefined when it failed (the problem is in `error`). */
  const run = useCallback(
    async <T>(chosen: File, send: Send<T>): Promise<T | undefined> => {
      setFile(chosen);
      setError(null);
      if (chosen.size > maxBytes) {
        setError(new ApiError({ status: 413, code: 'PAYLOAD_TOO_LARGE', ...tooLarge(chosen) }));
        return undefined;
      }
      abort.current = new AbortController();
      setProgress(0);
      try {
        return await send(chosen, setProgress, abort.current.signal);
      } catch (e) {
        if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
        return undefined;
      } finally {
        setProgress(null);
      }
    },
    [maxBytes, tooLarge],
  );

  return { file, progress, error, busy: progress !== null, run };
}
