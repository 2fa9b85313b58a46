import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { createContext } from '../context.js';
import { inTransaction } from '../db/database.js';
import { AppError } from '../http/problem.js';
import { messageFor } from '../http/error-catalogue.js';
import { analyseImport, importDocument, summariseChanges } from '../plans/plan-import.service.js';
import type { ParsedPlan } from '../plans/import/parsed-plan.js';
import { planJson } from './plan-json.js';
import { reportSplitCommand } from './report-split.js';
import { namesCompareCommand } from './names-compare.js';
import { seedOrganisations } from '../seed/seed.js';

const USAGE = `Usage: npm run koordinator -- plan import <file> [--plan <id>] [--dry-run] [--json]
       npm run koordinator -- report split <file> [--json]
       npm run koordinator -- names compare "<name 1>" "<name 2>" [--json]

  --plan <id>   add to this plan (default: the plan with the same title, or a new one)
  --dry-run     read and report; write nothing
  --json        print one JSON document instead of a summary

  report split  splits an agency's report by sub-item headings into entries; writes nothing
  names compare how alike two person names are, in any script and word order`;

class UsageError extends Error {}

function describe(parsed: ParsedPlan, summary: ReturnType<typeof summariseChanges>, dryRun: boolean): string {
  const lines = [
    `${parsed.plan.title}`,
    `  ${parsed.sections.length} sections, ${parsed.measures.length} measures (${parsed.source.format}, ${parsed.source.layout})`,
    `  ${dryRun ? 'would' : 'did'}: ${summary.newPlan ? 'create a new plan' : 'complete the existing plan'}; ${summary.addMeasures.length} measures added, ${summary.completeMeasures.length} completed, ${summary.unchangedMeasures} unchanged, ${summary.wordingDifferences.length} wording differences to choose`,
  ];
  for (const warning of parsed.warnings) lines.push(`  warning: ${warning.measure ? `${warning.measure}: ` : ''}${warning.message}`);
  return lines.join('\n');
}

async function planImport(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { plan: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } } });
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError(USAGE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UsageError(`Cannot read ${path}`);
  }
  const config = loadConfig();
  const ctx = await createContext(config);
  try {
    await seedOrganisations(ctx.db);
    const file = { bytes, fileName: basename(path), mediaType: null };
    const meta = { actor: null, ip: 'cli', requestId: 'cli' };
    const dryRun = Boolean(values['dry-run']);
    const result = await inTransaction(ctx.db, null, async (tx) => {
      if (dryRun) {
        const analysis = await analyseImport(tx, file, values.plan);
        return { parsed: analysis.parsed, summary: summariseChanges(analysis.changes), planId: analysis.target?.id ?? null };
      }
      const applied = await importDocument(tx, meta, file, values.plan);
      return { parsed: applied.parsed, summary: applied.summary, planId: applied.planId };
    });
    if (values.json) console.log(JSON.stringify(dryRun ? planJson(result.parsed) : { planId: result.planId, ...planJson(result.parsed), changes: result.summary }, null, 2));
    else console.log(describe(result.parsed, result.summary, dryRun));
  } finally {
    await ctx.db.close();
  }
}

async function main(argv: string[]) {
  const [group, command, ...rest] = argv;
  if (group === 'plan' && command === 'import') return planImport(rest);
  if (group === 'report' && command === 'split') {
    process.exitCode = await reportSplitCommand(rest);
    return;
  }
  if (group === 'names' && command === 'compare') {
    process.exitCode = namesCompareCommand(rest);
    return;
  }
  throw new UsageError(USAGE);
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof UsageError) console.error(error.message);
  else if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) console.error(`${messageFor(error.code, 'en')} (${error.code})`);
  else console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
