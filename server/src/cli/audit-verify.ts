/**
 * `npm run audit:verify [-- --json]`: walks the audit trail's hash chain and reports every entry
 * that was altered or removed. Exit code 0: intact; 1: problems found (or the check failed);
 * 2: bad configuration or no database.
 */
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../audit/verify.js';
import { describeDatabase } from '../db/open.js';
import { auditReportJson, CommandError, formatAuditReport, loadCommandConfig, openForMaintenance, runCommand } from '../ops/backup.js';

const USAGE = `Usage: npm run audit:verify [-- --json]

Verifies the audit trail of the configured database (DATABASE_URL, or the embedded database
in DATA_DIR). Prints "Audit trail intact: N entries" and exits 0, or names each altered or
removed entry and exits 1. --json prints the result as JSON.`;

runCommand('Audit verification', async () => {
  let args;
  try {
    args = parseArgs({ options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadCommandConfig();
  const db = await openForMaintenance(config, { existing: true });
  try {
    const result = await verifyAuditChain(db);
    if (args.json) {
      console.log(JSON.stringify({ database: describeDatabase(config), checkedAt: new Date().toISOString(), ...auditReportJson(result) }, null, 2));
      return result.problems.length === 0 ? 0 : 1;
    }
    const report = formatAuditReport(result);
    console.log(`Checked ${describeDatabase(config)}`);
    console.log(report.lines.join('\n'));
    return report.ok ? 0 : 1;
  } finally {
    await db.close();
  }
});
