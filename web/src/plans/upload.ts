import { uploadFile } from '../ui/upload';
import type { ImportPreview } from './importTypes';

/** The server's limit for an uploaded plan document. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.txt', '.docx', '.html', '.htm'];

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
  const search = new URLSearchParams({ fileName: file.name });
  if (planId) search.set('planId', planId);
  return uploadFile<ImportPreview>({ url: `/api/plan-imports?${search.toString()}`, file, onProgress, signal });
}
