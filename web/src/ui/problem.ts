import { ApiError, type Problem } from '../app/api';

export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  // Not from the server: a failure in the page itself.
  return { status: 0, detail: error instanceof Error ? error.message : undefined };
}

/** `newPassword`, `/newPassword`, `body.aliases.0` → the form field the message belongs to. */
export function fieldOfPath(path: string): string {
  const segments = path.split(/[./[\]]/).filter(Boolean);
  if (segments[0] === 'body' && segments.length > 1) segments.shift();
  return segments[0] ?? '';
}

/** First server message per form field, to show next to the input. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const item of error.problem.errors ?? []) {
    const field = fieldOfPath(item.path);
    if (field && !(field in out)) out[field] = item.message;
  }
  return out;
}
