/**
 * What the document says about the plan itself: its title, the act that approved it (kind,
 * number, date) and its period. The legal database's header gives the act as label–value rows;
 * otherwise the approval stamp does ("Azərbaycan Respublikası Prezidentinin 2020-ci il 22 iyul
 * tarixli 2173 nömrəli Sərəncamı ilə təsdiq edilmişdir"). A news copy names only the title.
 */
import { azLower } from '../../../../common/src/collation.js';
import { normalizeOrgName } from '../../../../common/src/org-names.js';
import type { Block } from './blocks.js';
import type { ParsedPlan } from './parsed-plan.js';
import type { PlanPeriod } from './period.js';

type Act = NonNullable<ParsedPlan['plan']['act']>;

export interface PlanMeta {
  title: string;
  act: Act | null;
  /** From the years in the title ("2020–2024-cü illər üçün"), or null. */
  period: PlanPeriod | null;
}

const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const PLAN_WORDS = /fəaliyyət\s+planı|план\s+действий|action\s+plan/iu;
const QUOTED = /[“"«]([^”"»“«]{10,400})[”"»]/gu;
const YEAR_RANGE = /\b((?:19|20)\d{2})(?:\s*[-‐‒–—―─−]\s*|\s+)?((?:19|20)\d{2})\b/gu;

/** Texts of the blocks in order: lines, and each row as its cells joined by a tab. */
const textsOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : b.kind === 'row' ? [b.cells.map((c) => c.text).join('\t')] : []));

/** Label → value of the two-cell header rows ("QEYDİYYAT NÖMRƏSİ | 2173"), labels normalised. */
function headerFields(blocks: readonly Block[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const b of blocks) {
    if (b.kind !== 'row') continue;
    const filled = b.cells.filter((c) => c.text !== '');
    if (filled.length === 2) fields.set(normalizeOrgName(filled[0]?.text ?? ''), filled[1]?.text ?? '');
  }
  return fields;
}

/** "2020─2024", "2020 2024" and the "20202024" of a copy that lost the dash, as "2020–2024". */
const withRangeDash = (text: string): string =>
  text.replace(YEAR_RANGE, (whole, a: string, b: string) => (Number(b) > Number(a) ? `${a}–${b}` : whole));

function readTitle(blocks: readonly Block[], fields: Map<string, string>, fileName: string | undefined): string {
  const quotedPlan = (text: string): string | undefined =>
    [...text.matchAll(QUOTED)].map((m) => m[1] ?? '').find((q) => PLAN_WORDS.test(q));
  const named = fields.get('adi');
  const lines = blocks.flatMap((b) => (b.kind === 'line' ? [b] : []));
  const candidates = [
    named === undefined ? undefined : (quotedPlan(named) ?? named),
    ...textsOf(blocks).map(quotedPlan),
    lines.find((l) => l.heading && PLAN_WORDS.test(l.text))?.text,
    lines.find((l) => PLAN_WORDS.test(l.text) && l.text.length <= 300)?.text,
    lines.find((l) => l.heading)?.text,
    lines.find((l) => l.text.length <= 200)?.text,
    fileName?.replace(/\.[^.]*$/, ''),
  ];
  const title = candidates.find((c) => c !== undefined && c.trim() !== '') ?? '';
  return withRangeDash(title.replace(/\s+/g, ' ').trim());
}

function periodOfTitle(title: string): PlanPeriod | null {
  const m = /((?:19|20)\d{2})–((?:19|20)\d{2})/.exec(title) ?? /\b((?:19|20)\d{2})-c[iıuü] il\b/u.exec(title);
  if (m === null) return null;
  const [, first = '', last = first] = m;
  return { from: `${first}-01-01`, to: `${last}-12-31` };
}

const ISSUERS: readonly [RegExp, string][] = [
  [/prezident/u, 'Prezidentin'],
  [/nazirlər kabinet/u, 'Nazirlər Kabinetinin'],
  [/milli məclis/u, 'Milli Məclisin'],
];
const ACT_WORDS: readonly [RegExp, string][] = [
  [/sərəncam/u, 'Sərəncamı'],
  [/fərman/u, 'Fərmanı'],
  [/qərar/u, 'Qərarı'],
  [/qanun/u, 'Qanunu'],
];

/** "AZƏRBAYCAN RESPUBLİKASI PREZİDENTİNİN SƏRƏNCAMLARI" → "Prezidentin Sərəncamı". */
function actKind(text: string): string | null {
  const lower = azLower(text);
  const word = ACT_WORDS.find(([re]) => re.test(lower))?.[1];
  if (word === undefined) return null;
  const issuer = ISSUERS.find(([re]) => re.test(lower))?.[1];
  return issuer === undefined ? word : `${issuer} ${word}`;
}

const isoDate = (year: string, month: number, day: string): string | null =>
  month < 1 ? null : `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;

function actOfHeader(fields: Map<string, string>): Act | null {
  const kind = actKind(fields.get('aktin novu') ?? '');
  const number = /^\s*(\S+)\s*$/.exec(fields.get('qeydiyyat nomresi') ?? '')?.[1];
  const date = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec((fields.get('qebul edildiyi tarix') ?? '').trim());
  if (kind === null || number === undefined || date === null) return null;
  const [, day = '', month = '', year = ''] = date;
  const iso = isoDate(year, Number(month), day);
  return iso === null ? null : { kind, number, date: iso };
}

/** "…Prezidentinin 2020-ci il 22 iyul tarixli 2173 nömrəli Sərəncamı ilə təsdiq edilmişdir". */
const STAMP =
  /(Prezidentinin|Nazirlər Kabinetinin|Milli Məclisinin)\s+(?:(\d{4})-c[iıuü]\s+il\s+(\d{1,2})\s+(\p{L}+)|(\d{1,2})\s+(\p{L}+)\s+(\d{4})-c[iıuü]\s+il)\s+tarixli\s+(\S+)\s+nömrəli\s+(\p{L}+)\s+ilə\s+təsdiq\s+edilmişdir/u;

function actOfStamp(text: string): Act | null {
  const m = STAMP.exec(text);
  if (m === null) return null;
  const [, issuer = '', y1, d1, m1, d2, m2, y2, number = '', word = ''] = m;
  const month = MONTHS.findIndex((name) => azLower(m1 ?? m2 ?? '').startsWith(name)) + 1;
  const date = isoDate(y1 ?? y2 ?? '', month, d1 ?? d2 ?? '');
  const kind = actKind(`${issuer} ${word}`);
  return date === null || kind === null ? null : { kind, number, date };
}

/** Title, act and period from the blocks before the measures. */
export function readPlanMeta(blocks: readonly Block[], fileName?: string): PlanMeta {
  const fields = headerFields(blocks);
  const title = readTitle(blocks, fields, fileName);
  const act = actOfHeader(fields) ?? actOfStamp(textsOf(blocks).join(' ').replace(/\s+/g, ' '));
  return { title, act, period: periodOfTitle(title) };
}
