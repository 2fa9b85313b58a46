import type { TFunction } from 'i18next';
import { useEffect, useRef, type RefObject } from 'react';
import { ApiError } from '../app/api';
import { type ClientError, isPlaced } from './caseForm';

/** Messages by field path: the form's own checks first, then the server's (already in the reader's language). */
export interface FieldErrors {
  /** The message for exactly this path. */
  at(path: string): string | undefined;
  /** The first message for this path or anything under it (a list and its items). */
  under(path: string): string | undefined;
  /** Whether there is any message at all. */
  any: boolean;
}

function serverMessages(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError)) return out;
  for (const item of error.problem.errors ?? []) {
    const path = item.path.replace(/^body\.?/, '');
    if (!out.has(path)) out.set(path, item.message);
  }
  return out;
}

/** The value at a dotted path of a request body ("person.documents.0.number"). */
function valueAt(body: unknown, path: string): unknown {
  let node = body;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * What was sent and what the form would send now: a server message stays at its field only while
 * the field still holds what the server refused; correcting the field clears it.
 */
export interface SentAndCurrent {
  sent: unknown;
  current: unknown;
}

export function fieldErrors(t: TFunction, serverError: unknown, missing: Map<string, ClientError> | null, compare?: SentAndCurrent): FieldErrors {
  const messages = new Map<string, string>();
  for (const [path] of missing ?? []) messages.set(path, t('form.required'));
  for (const [path, message] of serverMessages(serverError)) {
    if (messages.has(path)) continue;
    if (compare && compare.sent !== undefined && JSON.stringify(valueAt(compare.sent, path)) !== JSON.stringify(valueAt(compare.current, path))) continue;
    messages.set(path, message);
  }
  return {
    at: (path) => messages.get(path),
    under: (path) => {
      for (const [key, message] of messages) if (key === path || key.startsWith(`${path}.`)) return message;
      return undefined;
    },
    any: messages.size > 0,
  };
}

/**
 * The problem without the messages the form shows next to its fields, for the alert under the
 * form: the title and request id stay, and anything the form has no field for is still listed.
 */
export function loosePartOf(error: unknown, hint: string): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return error;
  const loose = error.problem.errors.filter((e) => !isPlaced(e.path.replace(/^body\.?/, '')));
  return new ApiError({ ...error.problem, errors: loose, detail: hint });
}

/** After a refused save, focus moves to the first field with a message (keyboard and screen-reader users land on it). */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, attempt: number) {
  const last = useRef(0);
  useEffect(() => {
    if (attempt === last.current) return;
    last.current = attempt;
    const first = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  });
}
