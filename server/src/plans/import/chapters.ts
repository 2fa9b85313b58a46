/**
 * The chapters before the measures ("1. Giriş", "2. … məqsədi və … prinsipləri", "3. …
 * maliyyələşdirilməsi"): numbered headings and the paragraphs under each.
 */
import type { Block, LineBlock } from './blocks.js';
import type { ParsedChapter } from './parsed-plan.js';

const CHAPTER_HEADING = /^(\d{1,2})\.\s+(\S.{0,150})$/u;

interface Heading {
  index: number;
  number: string;
  title: string;
}

/**
 * A line that may head a chapter: "N. Title" without closing punctuation, so that the numbered
 * paragraphs of an order ("2. Azərbaycan Respublikasının Nazirlər Kabineti:") are not taken.
 */
function headingOf(block: LineBlock, index: number): Heading | null {
  const m = CHAPTER_HEADING.exec(block.text);
  if (m === null || /[.:;,]$/.test(block.text)) return null;
  return { index, number: m[1] ?? '', title: (m[2] ?? '').trim() };
}

/** The last run of headings numbered 1, 2, 3, …: earlier runs belong to the approving order. */
function lastNumberedRun(headings: readonly Heading[]): Heading[] {
  let run: Heading[] = [];
  for (const h of headings) {
    if (h.number === '1') run = [h];
    else if (run.length > 0 && Number(h.number) === Number(run.at(-1)?.number) + 1) run.push(h);
  }
  return run;
}

/** Paragraphs from the lines between two headings: lines joined, blank lines separate. */
function paragraphText(blocks: readonly Block[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const b of [...blocks, { kind: 'blank' } as const]) {
    if (b.kind === 'line' && !b.heading) current.push(b.text);
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs.join('\n\n');
}

/**
 * Chapters among the blocks before the measures. Headings marked as such (markdown, <h3>, bold)
 * are preferred; plain numbered lines count only in a document without marked ones. The chapter
 * that holds the measures (`measuresChapter`, "4") is left out: its content is the sections.
 */
export function readChapters(blocks: readonly Block[], measuresChapter: string | null): ParsedChapter[] {
  const candidates = blocks.flatMap((b, i) => {
    const h = b.kind === 'line' ? headingOf(b, i) : null;
    return h === null ? [] : [{ ...h, marked: (b as LineBlock).heading || (b as LineBlock).bold }];
  });
  const marked = candidates.filter((c) => c.marked);
  const headings = lastNumberedRun(marked.length > 0 ? marked : candidates);
  // A chapter ends at the next heading of any kind, numbered ("13. …" after "3. …") or not.
  const ends = blocks.map((b, i) => (b.kind === 'line' && b.heading) || candidates.some((h) => h.index === i));
  return headings
    .filter((h) => h.number !== measuresChapter)
    .map((h) => {
      const end = ends.findIndex((isEnd, i) => i > h.index && isEnd);
      return { number: h.number, title: h.title, text: paragraphText(blocks.slice(h.index + 1, end < 0 ? undefined : end)) };
    });
}
