/**
 * The indicator framework tables of an assessment: for each area (4.5, 5.1, …) a title, then
 * framework indicators at level 1 and 2 and operational indicators at level 1 and 2.
 *
 * A PDF copy keeps the cells' text in reading order but breaks every cell into short lines and
 * loses the cell borders. Where a cell ends is decided per area, which must have exactly five
 * cells (title and four indicators): a cell starts with a capital letter; a line that does not end
 * in a space usually ends a cell; no cell ends after a word a phrase always continues from
 * ("və", "dair", "Milli", …) or inside a name such as "Milli Fəaliyyət Planı". The four likeliest
 * places are taken; when the choice is close, a warning says so. Pure.
 */
import { fold, joinLines, startsCapital, type Line } from './lines.js';
import { FRAMEWORK_COLUMNS, type AssessmentWarning, type ParsedArea } from './parsed-assessment.js';

const HEADER_LINES = new Set(['çərçivə indikatorları', 'əməliyyat indikatorları', 'səviyyə 1', 'səviyyə 2']);
const TABLE_START = 'çərçivə indikatorları';
const AREA_CODE = /^(\d{1,2}\.\d{1,2})\.?(?:\s+(\S.*))?$/;

/** Words after which a phrase always goes on: conjunctions, postpositions, adjectives before their noun. */
const RUNS_ON = new Set([
  'və', 'ilə', 'dair', 'üçün', 'qarşı', 'olan', 'edən', 'üzrə', 'həm', 'habelə', 'ya', 'yaxud', 'hər', 'bir',
  'bütün', 'digər', 'başqa', 'əsas', 'aidiyyəti', 'milli', 'dövlət', 'o', 'cümlədən', 'onların', 'bu',
]);

/** Names that the tables break over lines; a cell never ends inside one. Word beginnings, folded. */
const NAMES: readonly (readonly string[])[] = [
  ['milli', 'fəaliyyət', 'plan'],
  ['milli', 'koordinator'],
  ['milli', 'istiqamətləndirmə', 'mexanizm'],
  ['baş', 'idarə'],
  ['nazirlər', 'kabinet'],
];

const firstWord = (text: string) => fold(text).split(' ')[0] ?? '';
const lastWord = (text: string) => fold(text).split(' ').at(-1) ?? '';

function insideName(before: string, after: string): boolean {
  return NAMES.some((name) => name.some((part, i) => i + 1 < name.length && before.startsWith(part) && after.startsWith(name[i + 1]!)));
}

/** How likely a cell ends after `line` and the next starts at `next`; null where it cannot. */
export function boundaryScore(line: Line, next: Line): number | null {
  if (!startsCapital(next.text)) return null;
  if (/[/,(‐-]$/.test(line.text)) return null;
  const last = lastWord(line.text).replace(/[.,;:)]+$/, '');
  let score = 1;
  if (!line.trailingSpace) score += 2;
  if (RUNS_ON.has(last)) score -= 4;
  if (insideName(last, firstWord(next.text))) score -= 4;
  // A predicate ("mövcuddur", "tutur", "edirlər", "olunub") or a closing bracket often ends a cell.
  if (/\)$/.test(line.text) || /(?:[ıiuü]r|[ıiuü]rlər|[ıiuü]rlar|[ıiuü]b)$/.test(last)) score += 1;
  return score;
}

interface Split {
  cells: string[][];
  uncertain: boolean;
}

/** Divides an area's lines into `count` cells at the likeliest places. */
export function splitCells(lines: readonly Line[], count: number): Split {
  const gaps: { at: number; score: number }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const score = boundaryScore(lines[i]!, lines[i + 1]!);
    if (score !== null) gaps.push({ at: i + 1, score });
  }
  const wanted = count - 1;
  const ranked = [...gaps].sort((a, b) => b.score - a.score || a.at - b.at);
  const chosen = ranked.slice(0, wanted).map((g) => g.at).sort((a, b) => a - b);
  const cut = ranked[wanted - 1];
  const runnerUp = ranked[wanted];
  const uncertain = gaps.length < wanted || (cut !== undefined && runnerUp !== undefined && runnerUp.score >= cut.score) || (cut !== undefined && cut.score <= 0);
  const cells: string[][] = [];
  let from = 0;
  for (const at of [...chosen, lines.length]) {
    cells.push(lines.slice(from, at).map((l) => l.text));
    from = at;
  }
  return { cells, uncertain };
}

interface AreaBlock {
  code: string;
  lines: Line[];
}

/** The area blocks of every framework table in the document, in order. */
function areaBlocks(lines: readonly Line[]): { blocks: AreaBlock[]; tables: number; noteSeen: boolean } {
  const blocks: AreaBlock[] = [];
  let tables = 0;
  let noteSeen = false;
  let inTable = false;
  let current: AreaBlock | null = null;
  for (const line of lines) {
    const folded = fold(line.text);
    if (folded === TABLE_START) {
      if (!inTable) tables++;
      inTable = true;
      continue;
    }
    if (!inTable) {
      if (folded.includes('yaşıl rəngli fon')) noteSeen = true;
      continue;
    }
    if (HEADER_LINES.has(folded)) continue;
    if (/^qeyd\b/.test(folded)) {
      inTable = false;
      current = null;
      continue;
    }
    const code = AREA_CODE.exec(line.text);
    if (code) {
      current = { code: code[1]!, lines: code[2] ? [{ text: code[2], trailingSpace: line.trailingSpace }] : [] };
      blocks.push(current);
      continue;
    }
    current?.lines.push(line);
  }
  return { blocks, tables, noteSeen };
}

export function parseFramework(lines: readonly Line[]): { areas: ParsedArea[]; warnings: AssessmentWarning[] } {
  const warnings: AssessmentWarning[] = [];
  const { blocks, tables, noteSeen } = areaBlocks(lines);
  if (!tables) warnings.push({ code: 'no_framework_table', message: 'No indicator framework table was found.' });
  const areas: ParsedArea[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (seen.has(block.code) || block.lines.length === 0) continue;
    seen.add(block.code);
    const { cells, uncertain } = splitCells(block.lines, 1 + FRAMEWORK_COLUMNS.length);
    const [title = [], ...indicatorCells] = cells;
    if (cells.length < 1 + FRAMEWORK_COLUMNS.length) {
      warnings.push({ code: 'cells_missing', message: `Area ${block.code} has fewer cells than the table's five columns.`, params: { area: block.code, cells: cells.length } });
    } else if (uncertain) {
      warnings.push({ code: 'cells_uncertain', message: `Where the cells of area ${block.code} end is a close call; check its indicators.`, params: { area: block.code } });
    }
    areas.push({
      code: block.code,
      title: joinLines(title),
      needsImprovement: null,
      indicators: indicatorCells.flatMap((cell, i) => {
        const column = FRAMEWORK_COLUMNS[i];
        const text = joinLines(cell);
        return column && text ? [{ kind: column.kind, level: column.level, text, needsImprovement: null }] : [];
      }),
    });
  }
  if (areas.length && noteSeen) {
    warnings.push({
      code: 'improvement_marks_lost',
      message: 'The document marks items needing improvement with a green background, which this text copy does not carry: set the marks by hand.',
    });
  }
  return { areas, warnings };
}
