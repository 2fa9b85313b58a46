/**
 * Plans without a table: numbered items at the start of a line ("13.1.1. …"), each followed by
 * its executors and its period on lines of their own, labelled ("İcraçılar: …", "İcra müddəti:
 * …") or not; section headings as plain numbered lines ("13.1. …"). Which numbered lines are
 * measures is decided by where executors and periods are found: the chapters before the
 * measures are numbered the same way.
 */
import { azLower } from '../../../../common/src/collation.js';
import type { Block, DocumentBlocks, LineBlock } from './blocks.js';
import { codeDepth, isRoman, parseCode, splitLeadingCode } from './codes.js';
import { isUnrecognised, readExecutors, type ExecutorMatcher } from './executors.js';
import { parsePeriod } from './period.js';
import type { FoundMeasures, RawMeasure, RawSection } from './table.js';

const EXECUTORS_LABEL = /^(?:icraçı(?:lar)?(?:\s+orqanlar)?|məsul(?:\s+(?:qurumlar|icraçılar))?|icra\s+edən(?:lər)?|исполнители)\s*[:–—-]\s*/u;
const PERIOD_LABEL = /^(?:(?:icra\s+)?müddəti?|icra\s+vaxtı|срок(?:\s+исполнения)?)\s*[:–—-]\s*/u;
const CLOSING = /^(?:qeyd(?:lər)?|примечани)(?!\p{L})/iu;

/** A numbered line: "13.1.1. Text", or the number alone with the text on the next line. */
function itemLead(text: string): { code: string; rest: string } | null {
  const code = parseCode(text);
  return code === null ? splitLeadingCode(text) : { code, rest: '' };
}

interface Item {
  index: number;
  code: string;
  title: string;
}

type LineKind = 'executors' | 'period' | 'text';

function kindOf(text: string, matcher: ExecutorMatcher): { kind: LineKind; value: string } {
  // Labels are matched on the Azerbaijani lower case (İ → i), which keeps every offset.
  const lower = azLower(text);
  const executors = EXECUTORS_LABEL.exec(lower);
  if (executors !== null) return { kind: 'executors', value: text.slice(executors[0].length) };
  const period = PERIOD_LABEL.exec(lower);
  if (period !== null) return { kind: 'period', value: text.slice(period[0].length) };
  if (parsePeriod(text, null) !== null) return { kind: 'period', value: text };
  const names = readExecutors(text, matcher);
  const known = names.filter((n) => !isUnrecognised(n)).length;
  return { kind: names.length > 0 && known * 2 >= names.length ? 'executors' : 'text', value: text };
}

/** The item lines of a measure: from its number to the next numbered line, a note or a heading. */
function itemBody(blocks: readonly Block[], item: Item, matcher: ExecutorMatcher): { measure: Omit<RawMeasure, 'section'>; end: number } {
  const measure = { code: item.code, text: item.title, executors: [] as string[], period: '', subActions: [] };
  let end = item.index;
  let last = 'text' as LineKind;
  for (let i = item.index + 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined) break;
    if (block.kind === 'blank') {
      if (measure.period !== '' || measure.executors.length > 0) break;
      continue;
    }
    if (block.kind !== 'line' || block.heading || itemLead(block.text) !== null || CLOSING.test(block.text)) break;
    const { kind, value } = kindOf(block.text, matcher);
    // A wrapped list of executors continues on lines that do not name a body by themselves.
    const effective: LineKind = kind === 'text' && last === 'executors' && /[,;]$/.test(measure.executors.at(-1) ?? '') ? 'executors' : kind;
    if (effective === 'executors') measure.executors.push(value);
    else if (effective === 'period') measure.period = measure.period === '' ? value : `${measure.period}\n${value}`;
    else measure.text += `\n${value}`;
    last = effective;
    end = i;
  }
  return { measure, end };
}

/** Measures of a document whose items are numbered lines; null when none carry executors or periods. */
export function readNumberedLines(doc: DocumentBlocks, matcher: ExecutorMatcher): FoundMeasures | null {
  const { blocks } = doc;
  const items: Item[] = [];
  blocks.forEach((block, index) => {
    const lead = block.kind === 'line' ? itemLead(block.text) : null;
    if (lead !== null) items.push({ index, code: lead.code, title: lead.rest });
  });
  const bodies = new Map(items.map((item) => [item, itemBody(blocks, item, matcher)]));
  // The measures are the items of one chapter and one depth that carry executors or periods.
  const votes = new Map<string, number>();
  for (const [item, { measure }] of bodies) {
    if (isRoman(item.code) || (measure.period === '' && measure.executors.length === 0)) continue;
    const key = `${item.code.split('.')[0]}|${codeDepth(item.code)}`;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const winner = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (winner === undefined) return null;
  const [chapter = '', depthText = ''] = winner.split('|');
  const depth = Number(depthText);
  const inChapter = (code: string): boolean => code.split('.')[0] === chapter;
  const sections: RawSection[] = [];
  const measures: RawMeasure[] = [];
  let start = -1;
  let end = -1;
  for (const item of items) {
    const isMeasure = inChapter(item.code) && codeDepth(item.code) === depth;
    const isSection = (inChapter(item.code) && depth > 1 && codeDepth(item.code) === depth - 1) || (isRoman(item.code) && start >= 0);
    if (!isMeasure && !isSection) continue;
    if (start < 0) start = item.index;
    if (isSection) {
      sections.push({ code: item.code, title: item.title, styled: (blocks[item.index] as LineBlock).bold, line: true });
      end = Math.max(end, item.index);
      continue;
    }
    const body = bodies.get(item);
    if (body === undefined) continue;
    measures.push({ ...body.measure, section: sections.length > 0 ? sections.length - 1 : null });
    end = Math.max(end, body.end);
  }
  return {
    measures,
    sections,
    before: blocks.slice(0, start),
    after: blocks.slice(end + 1),
    guessed: true,
  };
}
