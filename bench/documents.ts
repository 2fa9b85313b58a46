/**
 * Documents: the consolidated Word report of a year against the time to read its data; plan
 * parsing, plan import (preview and apply, in a transaction that is rolled back) and report
 * splitting in bytes per second, each against reading the same bytes as lines of text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../server/src/config/paths.js';
import { inTransaction } from '../server/src/db/database.js';
import { parsePlanDocument } from '../server/src/plans/import/parse.js';
import { importDocument } from '../server/src/plans/plan-import.service.js';
import { loadPlanDictionary } from '../server/src/plans/plan-store.repository.js';
import type { Actor } from '../server/src/policies/policy.js';
import { loadConsolidatedReport } from '../server/src/reports/consolidated/consolidated.repository.js';
import { reportDocx } from '../server/src/reports/consolidated/report-docx.js';
import { splitReport } from '../server/src/reports/split/split-report.js';
import { SEED_PLAN_DOCUMENTS } from '../server/src/seed/plans.js';
import type { Dataset } from './lib/dataset.js';
import { paired, type Figure } from './lib/measure.js';

/** The reference for a document: its bytes read as text lines, as every reader starts. */
function readLines(bytes: Uint8Array): number {
  const lines = new TextDecoder().decode(bytes).normalize('NFC').split(/\r?\n/);
  let n = 0;
  for (const line of lines) n += line.trim().toLowerCase().length;
  return n;
}

const perSecond = (bytes: number, ms: number) => bytes / (ms / 1000);

function throughputFigure(id: string, label: string, bytes: number, result: { ms: number; referenceMs: number; ratio: number; runs: number }, maxRatio: number, database?: Dataset['kind']): Figure {
  return {
    id, label, ...(database ? { database } : {}), value: perSecond(bytes, result.ms) / 1024, unit: 'KiB/s',
    reference: { label: 'reading the same bytes as text lines', value: perSecond(bytes, result.referenceMs) / 1024, unit: 'KiB/s' },
    ratio: result.ratio, ratioMeaning: 'time ÷ time to read the bytes', target: { max: maxRatio, on: 'ratio' }, extra: { bytes, ms: result.ms, referenceMs: result.referenceMs, runs: result.runs },
  };
}

/** Parsing and splitting need no database: measured once. */
export async function parsingBenchmark(dataset: Dataset, runs: number): Promise<Figure[]> {
  const newsPrint = readFileSync(SEED_PLAN_DOCUMENTS[1]!);
  const dictionary = await inTransaction(dataset.ctx.db, null, (tx) => loadPlanDictionary(tx));
  const parse = await paired(runs, () => parsePlanDocument({ bytes: newsPrint }, dictionary), () => readLines(newsPrint));
  const report = readFileSync(join(repoRoot, 'server/src/reports/split/fixtures/report-dmx-2016.txt'));
  const split = await paired(runs, () => splitReport({ bytes: report, fileName: 'report.txt' }), () => readLines(report));
  return [
    throughputFigure('documents/plan-parse', `plan parsing: the 2020–2024 plan, news print (${Math.round(newsPrint.length / 1024)} KiB)`, newsPrint.length, parse, 2000),
    throughputFigure('documents/report-split', `report splitting: an agency's 2016 report (${Math.round(report.length / 1024)} KiB)`, report.length, split, 2000),
  ];
}

export async function documentBenchmark(dataset: Dataset, runs: number): Promise<Figure[]> {
  const { db } = dataset.ctx;
  const [legal, newsPrint] = SEED_PLAN_DOCUMENTS.map((path) => readFileSync(path)) as [Buffer, Buffer];
  const meta = { actor: null, ip: 'bench', requestId: 'bench' };
  const plan = await db.owner.selectFrom('plans').select('id').where('title_key', 'not like', '%-sintetik').orderBy('created_at').executeTakeFirstOrThrow();
  const rollback = new Error('rollback');
  const importBoth = async () => {
    await inTransaction(db, null, async (tx) => {
      await importDocument(tx, meta, { bytes: legal, fileName: 'legal.txt', mediaType: null }, plan.id);
      await importDocument(tx, meta, { bytes: newsPrint, fileName: 'news.txt', mediaType: null }, plan.id);
      throw rollback;
    }).catch((error) => {
      if (error !== rollback) throw error;
    });
  };
  const bytes = legal.length + newsPrint.length;
  const imported = await paired(Math.max(1, Math.ceil(runs / 4)), importBoth, () => readLines(legal) + readLines(newsPrint));

  // The last closed yearly period: every body's accepted account, as the Coordinator's office downloads it.
  const period = await db.owner.selectFrom('reporting_periods').select('id').where('kind', '=', 'year').where('status', '=', 'closed').orderBy('year', 'desc').executeTakeFirstOrThrow();
  const user = await db.owner.selectFrom('users').select(['id', 'login', 'full_name', 'organisation_id', 'role']).where('login', '=', 'national-coordinator.katiblik01').executeTakeFirstOrThrow();
  const secretariat = { userId: user.id, login: user.login, fullName: user.full_name, organisationId: user.organisation_id, role: user.role, mustChangePassword: false, sessionId: 'bench' } as Actor;
  const load = () => inTransaction(db, secretariat, (tx) => loadConsolidatedReport(tx, period.id));
  const report = (await load())!;
  const docx = await paired(Math.max(3, Math.ceil(runs / 2)), () => reportDocx(report), load);
  const entries = report.sections.reduce((n, s) => n + s.measures.reduce((k, m) => k + m.entries.length, 0), 0);
  return [
    throughputFigure('documents/plan-import', `plan import: preview and apply both sources of the 2020–2024 plan (${Math.round(bytes / 1024)} KiB, re-import, rolled back)`, bytes, imported, 20_000, dataset.kind),
    {
      id: 'documents/consolidated-docx', label: 'consolidated Word report of the last closed year', database: dataset.kind, value: docx.ms, unit: 'ms',
      reference: { label: 'reading its data (loadConsolidatedReport)', value: docx.referenceMs, unit: 'ms' }, ratio: docx.ratio, ratioMeaning: 'Word generation time ÷ data read time',
      target: { max: 40, on: 'ratio' }, extra: { runs: docx.runs, entries },
    },
  ];
}
