/**
 * What the reader recognises does not depend on how a PDF copy happens to break the text: the
 * framework's cells and the detailed recommendations are typeset again with lines of any width
 * (between words, or after a "/" inside a word), either kind of space at line ends or none, blank
 * lines, page furniture (running header, page number, the footer with the title) between lines,
 * CRLF line ends, and the area code alone or followed by the title. Checked against the expected
 * reading of the seed document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAssessmentText } from './parse.js';
import type { ParsedArea, ParsedDetailedRecommendation } from './parsed-assessment.js';

/** Modest by default to keep the suite fast; raise it (PROPERTY_RUNS=1000) to search harder. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);
const EXPECTED = JSON.parse(readFileSync(new URL('./fixtures/expected-needs-assessment.json', import.meta.url), 'utf8')) as {
  areas: ParsedArea[];
  detailed: ParsedDetailedRecommendation[];
};

const FURNITURE = [
  ['2. Nəticələr', '49'],
  ['3. Tövsiyələr', '53'],
  ['Ehtiyacların qiymətləndirilməsi:', 'Azərbaycan Respublikasında ', 'insan alverinə qarşı mübarizə ', 'sahəsində cavab tədbirləri', '51'],
] as const;

/** How one copy breaks its text; every choice is drawn from a stream of numbers. */
interface Typesetting {
  widths: number[];
  lineEnd: (' ' | '\u00a0' | '')[];
  lastLineSpace: boolean[];
  blank: number[];
  furnitureAt: number[];
  furnitureKind: number;
  crlf: boolean;
  codeWithTitle: boolean;
}

const typesetting: fc.Arbitrary<Typesetting> = fc.record({
  widths: fc.array(fc.integer({ min: 12, max: 45 }), { minLength: 1, maxLength: 64 }),
  lineEnd: fc.array(fc.constantFrom<' ' | '\u00a0' | ''>('\u00a0', '\u00a0', '\u00a0', ' ', ''), { minLength: 1, maxLength: 64 }),
  lastLineSpace: fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }),
  blank: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 64 }),
  furnitureAt: fc.array(fc.nat({ max: 400 }), { maxLength: 3 }),
  furnitureKind: fc.nat({ max: FURNITURE.length - 1 }),
  crlf: fc.boolean(),
  codeWithTitle: fc.boolean(),
});

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** Places a text may break: between words, and after a "/" inside one ("Koordinator/|Məruzəçi"). */
function pieces(text: string): { text: string; glued: boolean }[] {
  return text.split(' ').flatMap((word) => (/\S\/\S/.test(word) ? word.split(/(?<=\/)/) : [word]).map((piece, i) => ({ text: piece, glued: i > 0 })));
}

/** Greedy lines of at most `width` characters (a longer piece has a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const glue = line === '' || piece.glued ? '' : ' ';
    if (line && (line + glue + piece.text).length > width) {
      lines.push(line);
      line = piece.text;
    } else line += glue + piece.text;
  }
  if (line) lines.push(line);
  return lines;
}

class Typesetter {
  private n = 0;
  private out: string[] = [];
  constructor(private readonly ts: Typesetting) {}

  private next<T>(list: readonly T[]): T {
    return pick(list, this.n++);
  }

  raw(line: string) {
    this.out.push(line);
    this.out.push(...Array<string>(this.next(this.ts.blank)).fill(''));
  }

  /** One cell or paragraph: its lines end in a space (or not), the last as the copy happens to have it. */
  block(text: string, prefix = '') {
    const lines = wrap(text, this.next(this.ts.widths));
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      const end = last ? (this.next(this.ts.lastLineSpace) ? '\u00a0' : '') : line.endsWith('/') ? '' : this.next(this.ts.lineEnd);
      this.raw(`${i === 0 ? prefix : ''}${line}${end}`);
    });
  }

  text(): string {
    const lines = [...this.out];
    // Page breaks land between lines, never inside the table's header or a heading.
    for (const at of [...this.ts.furnitureAt].sort((a, b) => b - a)) {
      const place = Math.min(at, lines.length);
      if (place > 0 && /^(3\.\d|ÇƏRÇİVƏ|ƏMƏLİYYAT|Səviyyə|\d\.\d$)/.test(lines[place - 1] ?? '')) continue;
      lines.splice(place, 0, '', ...FURNITURE[this.ts.furnitureKind]!, '');
    }
    return lines.join(this.ts.crlf ? '\r\n' : '\n');
  }
}

function frameworkCopy(areas: readonly ParsedArea[], ts: Typesetting): string {
  const out = new Typesetter(ts);
  for (const header of ['ÇƏRÇİVƏ indikatorları', 'ƏMƏLİYYAT indikatorları', 'Səviyyə 1', 'Səviyyə 2', 'Səviyyə 1', 'Səviyyə 2']) out.raw(header);
  for (const area of areas) {
    if (ts.codeWithTitle) out.block(area.title, `${area.code} `);
    else {
      out.raw(area.code);
      out.block(area.title);
    }
    for (const indicator of area.indicators) out.block(indicator.text);
  }
  out.raw('Qeyd:');
  out.raw('Mümkün təkmilləşdirmə işlərinin aparılmasını nəzərdə tutan məsələlər yaşıl rəngli fonda verilir.');
  return out.text();
}

function recommendationsCopy(detailed: readonly ParsedDetailedRecommendation[], ts: Typesetting): string {
  const out = new Typesetter(ts);
  let section = '';
  let context = '';
  for (const item of detailed) {
    if (item.section.code !== section) {
      section = item.section.code;
      context = '';
      if (ts.codeWithTitle) out.raw(`${section}. ${item.section.title}`);
      else {
        out.raw(`${section}. `);
        out.raw(item.section.title);
      }
    }
    if (item.context !== context) {
      context = item.context;
      out.block(context);
    }
    // The copy puts a bullet's marker before its first line, after a line holding only a space.
    out.raw('\u00a0');
    out.block(item.text, '● ');
  }
  return out.text();
}

test('the framework reads the same however the copy breaks its cells into lines', () => {
  fc.assert(
    fc.property(typesetting, (ts) => {
      const parsed = parseAssessmentText(frameworkCopy(EXPECTED.areas, ts));
      assert.deepEqual(parsed.areas, EXPECTED.areas);
      assert.ok(!parsed.warnings.some((w) => w.code === 'cells_missing'));
    }),
    { numRuns: RUNS },
  );
});

test('the detailed recommendations read the same however the copy breaks them into lines and pages', () => {
  fc.assert(
    fc.property(typesetting, (ts) => {
      const parsed = parseAssessmentText(recommendationsCopy(EXPECTED.detailed, ts));
      assert.deepEqual(parsed.detailed, EXPECTED.detailed);
    }),
    { numRuns: RUNS },
  );
});

test('a framework area with a missing cell is reported, not silently shifted', () => {
  const [area] = EXPECTED.areas;
  const broken = frameworkCopy([{ ...area!, indicators: area!.indicators.slice(0, 3) }], {
    widths: [20],
    lineEnd: ['\u00a0'],
    lastLineSpace: [false],
    blank: [1],
    furnitureAt: [],
    furnitureKind: 0,
    crlf: false,
    codeWithTitle: false,
  });
  const parsed = parseAssessmentText(broken);
  assert.ok(parsed.warnings.some((w) => w.code === 'cells_missing' && w.params?.area === '4.5'));
});
