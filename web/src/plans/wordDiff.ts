/**
 * Word-level differences between two wordings of a measure: a longest-common-subsequence diff over
 * words, punctuation marks and spaces. Pure; the comparison view and the import preview use it.
 */

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Words (letters and digits), single punctuation marks and runs of white space. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

const key = (token: string) => (/^\s+$/.test(token) ? ' ' : token);

/** Beyond this many token pairs the texts are shown as wholly replaced rather than compared. */
const MAX_CELLS = 4_000_000;

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function lcsParts(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: LCS length of a[i..] and b[j..], flattened.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        key(a[i]!) === key(b[j]!) ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[i]!) === key(b[j]!)) {
      push(parts, 'same', b[j]!);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      push(parts, 'removed', a[i++]!);
    } else {
      push(parts, 'added', b[j++]!);
    }
  }
  while (i < n) push(parts, 'removed', a[i++]!);
  while (j < m) push(parts, 'added', b[j++]!);
  return parts;
}

/**
 * A space left "the same" between two changes splits one change into many marks; it is counted
 * as part of the change on both sides instead.
 */
function joinChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((part, index) => {
    const before = parts[index - 1];
    const after = parts[index + 1];
    if (part.kind === 'same' && /^\s+$/.test(part.text) && before && after && before.kind !== 'same' && after.kind !== 'same') {
      push(out, 'removed', part.text);
      push(out, 'added', part.text);
    } else {
      push(out, part.kind, part.text);
    }
  });
  // Group each run of changes as "removed" then "added", so that merging can join its pieces.
  const grouped: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) push(grouped, 'removed', removed);
    if (added) push(grouped, 'added', added);
    removed = '';
    added = '';
  };
  for (const part of out) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      push(grouped, 'same', part.text);
    }
  }
  flush();
  return grouped;
}

/** The parts of `before` and `after` in order: unchanged, removed from `before`, added in `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  return joinChanges(lcsParts(a, b));
}

/** The parts one side of a side-by-side view shows. */
export function sideParts(parts: DiffPart[], side: 'before' | 'after'): DiffPart[] {
  return parts.filter((p) => p.kind === 'same' || p.kind === (side === 'before' ? 'removed' : 'added'));
}
