/**
 * `npm run audit:verify [-- --json] [--anchor SEQ:HASH]`: walks the audit trail's hash chain and
 * reports every entry that was altered or removed. Exit code 0: intact; 1: problems found (or the
 * check failed); 2: bad configuration or no database.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { readHead } from '../audit/audit-query.repository.js';
import { auditReportJson, formatAuditReport } from '../audit/report.js';
import { verifyAuditChain } from '../audit/verify.js';
import { describeDatabase } from '../db/open.js';
import { CommandError, loadCommandConfig, openForMaintenance, runCommand } from './command.js';

const USAGE = `Usage: npm run audit:verify [-- --json] [--anchor SEQ:HASH]

Verifies the audit trail of the configured database (DATABASE_URL, or the embedded database
in DATA_DIR). Prints "Audit trail intact: N entries" and exits 0, or names each altered or
removed entry and exits 1.

  --json              print the result as one JSON document
  --anchor SEQ:HASH   also check that entry SEQ still has HASH, as printed by an earlier run
                      (kept elsewhere): finds a trail rewritten consistently from that entry on`;

function parseAnchor(value: string | undefined): { seq: number; hash: string } | undefined {
  if (value === undefined) return undefined;
  const match = /^#?(\d+):([0-9a-f]{64})$/i.exec(value.trim());
  if (!match) throw new CommandError(`--anchor must be SEQ:HASH (a number and 64 hexadecimal characters), not "${value}"`);
  return { seq: Number(match[1]), hash: match[2]!.toLowerCase() };
}

runCommand('Audit verification', async () => {
  let args;
  try {
    args = parseArgs({ options: { json: { type: 'boolean' }, anchor: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const anchor = parseAnchor(args.anchor);
  const config = loadCommandConfig();
  const db = await openForMaintenance(config, { existing: true });
  try {
    const result = await verifyAuditChain(db);
    const head = await readHead(db.owner);
    let anchorProblem: string | null = null;
    if (anchor) {
      const found = await sql<{ hash: string }>`select hash from audit_log where seq = ${anchor.seq}`.execute(db.owner);
      const hash = found.rows[0]?.hash;
      if (hash === undefined) anchorProblem = `Entry #${anchor.seq}, the anchor, is missing`;
      else if (hash !== anchor.hash) anchorProblem = `Entry #${anchor.seq} no longer has the anchor's hash: the trail was rewritten`;
    }
    const ok = result.problems.length === 0 && anchorProblem === null;
    if (args.json) {
      const report = auditReportJson(result);
      // One line: fit for appending to a log of daily checks.
      console.log(
        JSON.stringify({
          database: describeDatabase(config),
          checkedAt: new Date().toISOString(),
          ...report,
          ok,
          head,
          ...(anchor ? { anchor: { ...anchor, ok: anchorProblem === null, problem: anchorProblem } } : {}),
        }),
      );
      return ok ? 0 : 1;
    }
    const report = formatAuditReport(result);
    console.log(`Checked ${describeDatabase(config)}`);
    console.log(report.lines.join('\n'));
    if (anchor) console.log(anchorProblem ?? `Anchor #${anchor.seq} matches`);
    console.log(`Head (record it elsewhere; check later with --anchor): ${head.seq}:${head.hash}`);
    return ok ? 0 : 1;
  } finally {
    await db.close();
  }
});
