/**
 * Which column of a measures table holds what. The header row says it when there is one
 * ("Sıra №-si | Tədbirin adı | İcraçı orqanlar | İcra müddəti"); otherwise, or for what the
 * header does not name, the cells do: codes, periods and executor names are recognisable.
 */
import { azLower } from '../../../../common/src/collation.js';
import { ownCells, type RowBlock } from './blocks.js';
import { parseCode, parsePlainNumber, splitLeadingCode } from './codes.js';
import { isUnrecognised, readExecutors, type ExecutorMatcher } from './executors.js';
import { parsePeriodCell } from './period.js';

export interface Columns {
  code: number | null;
  /** The measure (or, in layouts with sub-actions, the task). */
  text: number;
  executors: number | null;
  period: number | null;
  /** Layouts where a task holds several actions, each with its own deadline. */
  subAction: number | null;
  /** False when the roles were guessed from the cells. */
  fromHeader: boolean;
}

type Role = 'code' | 'text' | 'executors' | 'period' | 'subAction';

/**
 * Title words per role, each at the start of a word, in the order they are tried ("İcra müddəti"
 * is a period, not executors).
 */
const HEADER_WORDS: readonly [Role, RegExp][] = [
  ['period', /(?<!\p{L})(?:müddət|vaxt|tarix|срок)/u],
  ['executors', /(?<!\p{L})(?:icraçı|icra edən|məsul|iştirakçı|исполнит|ответствен)/u],
  ['code', /^(?:sıra|№|n|no|nömrə|#)(?!\p{L})/u],
  ['subAction', /(?<!\p{L})(?:fəaliyyət|hərəkət|addım|konkret|görüləcək|alt tədbir)/u],
  ['text', /(?<!\p{L})(?:tədbir|vəzifə|adı(?!\p{L})|məzmun|мероприят|задач|наименован)/u],
];
/** Column titles are short; a longer cell is content. */
const TITLE_MAX = 60;

function roleOfTitle(title: string): Role | null {
  const key = azLower(title.trim());
  return HEADER_WORDS.find(([, words]) => words.test(key))?.[0] ?? null;
}

/**
 * Roles named by a header row, by column; null if the row is not a header: it names fewer than
 * two roles, or holds a code or a cell too long for a title.
 */
export function headerRoles(row: RowBlock): Map<number, Role> | null {
  if (row.cells.some((c) => c.text.length > TITLE_MAX || parseCode(c.text) !== null || splitLeadingCode(c.text) !== null)) return null;
  const roles = new Map<number, Role>();
  row.cells.forEach((cell, i) => {
    const role = roleOfTitle(cell.text);
    if (role === null) return;
    // A second text column is the sub-action column ("Vəzifələr" | "Tədbirlər").
    const taken = [...roles.values()].includes(role);
    if (!taken) roles.set(i, role);
    else if (role === 'text' && ![...roles.values()].includes('subAction')) roles.set(i, 'subAction');
  });
  return roles.size >= 2 ? roles : null;
}

/** "1 | 2 | 3 | 4": the numbering of the columns under the header. */
export const isNumberingRow = (row: RowBlock): boolean => {
  const own = ownCells(row);
  return own.length >= 2 && own.every((c, i) => c.text.trim() === String(i + 1));
};

const STATS_SAMPLE = 40;

interface ColumnStats {
  filled: number;
  codes: number;
  periods: number;
  executors: number;
  length: number;
}

function statsOf(rows: readonly RowBlock[], matcher: ExecutorMatcher): ColumnStats[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const stats = Array.from({ length: width }, () => ({ filled: 0, codes: 0, periods: 0, executors: 0, length: 0 }));
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      const s = stats[i];
      if (s === undefined || cell.continued || cell.text.trim() === '') return;
      s.filled++;
      s.length += cell.text.length;
      if (parseCode(cell.text) !== null || parsePlainNumber(cell.text) !== null) s.codes++;
      else if (parsePeriodCell(cell.text, null) !== null) s.periods++;
      else {
        const names = readExecutors(cell.text, matcher);
        if (names.length > 0 && names.filter(isUnrecognised).length * 2 < names.length) s.executors++;
      }
    });
  }
  return stats;
}

/** The column with the highest share of `key`, at least `min`, among those not yet taken. */
function best(stats: readonly ColumnStats[], key: 'codes' | 'periods' | 'executors', min: number, taken: ReadonlySet<number>): number | null {
  let found: number | null = null;
  let share = min;
  stats.forEach((s, i) => {
    const r = s.filled === 0 ? 0 : s[key] / s.filled;
    if (!taken.has(i) && r >= share) {
      found = i;
      share = r + Number.EPSILON;
    }
  });
  return found;
}

/** Roles the cells themselves reveal, and the share of a column's cells that must show it. */
const RECOGNISABLE: readonly [Role, 'codes' | 'periods' | 'executors', number][] = [
  ['code', 'codes', 0.6],
  ['period', 'periods', 0.5],
  ['executors', 'executors', 0.5],
];

/**
 * The columns of a table from its header roles (if any) completed by the content of its body
 * rows. Null when no column holds text.
 */
export function detectColumns(header: Map<number, Role> | null, body: readonly RowBlock[], matcher: ExecutorMatcher): Columns | null {
  const roles = new Map<Role, number>([...(header ?? new Map<number, Role>())].map(([i, role]) => [role, i]));
  const complete = (['code', 'text', 'executors', 'period'] as const).every((r) => roles.has(r));
  // A sample of rows tells the columns apart; a header that names them all needs none.
  const stats = complete ? [] : statsOf(body.slice(0, STATS_SAMPLE), matcher);
  const taken = () => new Set(roles.values());
  for (const [role, key, share] of RECOGNISABLE) {
    const column = roles.has(role) ? null : best(stats, key, share, taken());
    if (column !== null) roles.set(role, column);
  }
  // Texts: the remaining columns with text in them, in reading order; a task column then a
  // sub-action column when there are two.
  const texts = stats
    .map((s, i) => ({ i, avg: s.filled === 0 ? 0 : s.length / s.filled }))
    .filter(({ i, avg }) => !taken().has(i) && avg >= 8)
    .map(({ i }) => i);
  if (!roles.has('text') && texts[0] !== undefined) roles.set('text', texts.shift() ?? 0);
  if (!roles.has('subAction') && header === null && texts[0] !== undefined) roles.set('subAction', texts[0]);
  const text = roles.get('text');
  if (text === undefined) return null;
  return {
    code: roles.get('code') ?? null,
    text,
    executors: roles.get('executors') ?? null,
    period: roles.get('period') ?? null,
    subAction: roles.get('subAction') ?? null,
    fromHeader: header !== null,
  };
}
