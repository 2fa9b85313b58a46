/**
 * The narrative of a report entry is not HTML but a tiny markup: paragraphs separated by a blank
 * line, lines starting with "- " are items of a bullet list, **bold** inline. Pure: the parser the
 * view renders from, and the edits of the editor's toolbar.
 */

export interface Inline {
  text: string;
  bold: boolean;
}

export type Block = { type: 'paragraph'; inlines: Inline[] } | { type: 'list'; items: Inline[][] };

const ITEM = /^\s*-(?:\s+(.*))?$/;
const ITEM_PREFIX = /^\s*-(?:\s+|$)/;

function pushInline(out: Inline[], text: string, bold: boolean): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.bold === bold) last.text += text;
  else out.push({ text, bold });
}

/** Text with **bold** runs; an unpaired or empty marker stays as written. */
export function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('**', at);
    const close = open < 0 ? -1 : text.indexOf('**', open + 2);
    if (close < 0) break;
    if (close === open + 2) {
      pushInline(out, text.slice(at, close + 2), false);
    } else {
      pushInline(out, text.slice(at, open), false);
      pushInline(out, text.slice(open + 2, close), true);
    }
    at = close + 2;
  }
  pushInline(out, text.slice(at), false);
  return out;
}

/** Paragraphs (their single line breaks kept) and bullet lists, in order. */
export function parseNarrative(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', inlines: parseInlines(paragraph.join('\n')) });
    if (items.length) blocks.push({ type: 'list', items: items.map(parseInlines) });
    paragraph = [];
    items = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const item = ITEM.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (item) {
      if (paragraph.length) flush();
      items.push(item[1] ?? '');
    } else {
      if (items.length) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The text after an edit, and the selection to restore. */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

function wrapLine(line: string): string {
  const prefix = ITEM_PREFIX.exec(line)?.[0] ?? '';
  const body = line.slice(prefix.length);
  const lead = body.length - body.trimStart().length;
  const core = body.trim();
  if (!core) return line;
  return `${prefix}${body.slice(0, lead)}**${core}**${body.slice(lead + core.length)}`;
}

/** Bold on the selection: wraps it in ** (each line on its own), or unwraps it when already bold. */
export function toggleBold(text: string, start: number, end: number): Edit {
  const selected = text.slice(start, end);
  if (start >= 2 && text.slice(start - 2, start) === '**' && text.slice(end, end + 2) === '**') {
    return { text: text.slice(0, start - 2) + selected + text.slice(end + 2), start: start - 2, end: end - 2 };
  }
  if (selected.length >= 4 && selected.startsWith('**') && selected.endsWith('**') && !selected.includes('\n')) {
    const inner = selected.slice(2, -2);
    return { text: text.slice(0, start) + inner + text.slice(end), start, end: start + inner.length };
  }
  if (start === end) return { text: `${text.slice(0, start)}****${text.slice(end)}`, start: start + 2, end: start + 2 };
  const wrapped = selected.split('\n').map(wrapLine).join('\n');
  return { text: text.slice(0, start) + wrapped + text.slice(end), start, end: start + wrapped.length };
}

/** Bullets on the lines the selection touches: adds "- " to each, or removes it when every line has one. */
export function toggleBullets(text: string, start: number, end: number): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const found = text.indexOf('\n', last);
  const lineEnd = found < 0 ? text.length : found;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  const remove = filled.length > 0 && filled.every((l) => ITEM_PREFIX.test(l));
  const changed = lines.map((l) => {
    if (remove) return l.replace(ITEM_PREFIX, '');
    if (filled.length > 0 && (l.trim() === '' || ITEM_PREFIX.test(l))) return l;
    return `- ${l}`;
  });
  const block = changed.join('\n');
  const result = text.slice(0, lineStart) + block + text.slice(lineEnd);
  if (start === end && lines.length === 1) {
    const cursor = Math.max(lineStart, start + block.length - lines[0]!.length);
    return { text: result, start: cursor, end: cursor };
  }
  return { text: result, start: lineStart, end: lineStart + block.length };
}
