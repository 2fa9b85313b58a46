/**
 * `npm run restore -- FILE [--force]`: restores a backup made by `npm run backup` into the
 * configured database, embedded or server, whichever the backup came from.
 * Exit code 0: restored, audit trail intact; 1: failed (nothing changed), or restored with audit
 * trail problems that were already in the backup; 2: refused (nothing changed).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { formatAuditReport } from '../audit/report.js';
import { createSecretBox } from '../auth/secret-box.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { describeDatabase } from '../db/open.js';
import { readBackupHeader, restoreBackup } from '../ops/backup/index.js';
import { CommandError, loadCommandConfig, openForMaintenance, progressPrinter, runCommand } from './command.js';

const USAGE = `Usage: npm run restore -- FILE [--force]

Restores FILE (a backup made by "npm run backup"; "-" reads standard input) into the configured
database (DATABASE_URL, or the embedded database in DATA_DIR). A database that already holds
data is refused unless --force is given, which replaces everything in it. Everyone is logged out.`;

/** Whether the configured secret key opens the restored second-factor secrets. */
async function secretKeyNote(config: Config, db: Database): Promise<string | null> {
  const sample = await sql<{ s: string }>`select totp_secret as s from users where totp_secret is not null limit 1`.execute(db.owner);
  const sealed = sample.rows[0]?.s;
  if (!sealed) return null;
  const keyFile = join(config.DATA_DIR, 'secret.key');
  const key = config.SECRET_KEY ?? (existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : undefined);
  const advice = "Set SECRET_KEY to the key of the installation the backup came from (or copy its secret.key into DATA_DIR) before starting Koordinator.";
  if (!key) return `WARNING: no secret key is configured, so users' second-factor secrets cannot be read. ${advice}`;
  try {
    createSecretBox(key).open(sealed);
    return 'The configured secret key opens the restored second-factor secrets.';
  } catch {
    return `WARNING: the configured secret key does not open the restored second-factor secrets. ${advice}`;
  }
}

runCommand('Restore', async () => {
  let parsed;
  try {
    parsed = parseArgs({ options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new CommandError(USAGE);
  const file = parsed.positionals[0] === '-' ? '-' : resolve(parsed.positionals[0]!);
  if (file !== '-' && !existsSync(file)) throw new CommandError(`${file} does not exist`);
  const config = loadCommandConfig();
  // A file that is no backup is refused before any database is opened (or created).
  if (file !== '-') await readBackupHeader(createReadStream(file));

  const db = await openForMaintenance(config, { existing: false });
  try {
    console.error(`Restoring ${file === '-' ? 'standard input' : file} into ${describeDatabase(config)}…`);
    const started = performance.now();
    const input = file === '-' ? process.stdin : createReadStream(file);
    const result = await restoreBackup(db, input, { force: parsed.values.force === true, onProgress: progressPrinter((line) => console.error(line)) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { header } = result;
    const schema = header.migrations.at(-1);
    console.log(
      `Restored ${result.rows.toLocaleString('en')} rows in ${result.tables.length} tables in ${seconds} s ` +
        `(backup of ${header.createdAt}${header.source?.database ? ` from ${header.source.database}` : ''}, schema ${schema?.version}_${schema?.name}).`,
    );
    if (result.migrated.length) console.log(`Then applied newer migrations: ${result.migrated.join(', ')}.`);
    console.log('Sessions are not part of backups: everyone logs in again.');
    const note = await secretKeyNote(config, db);
    if (note) console.log(note);
    const report = formatAuditReport(result.audit);
    console.log(report.lines.join('\n'));
    if (!report.ok) console.log('The data is restored as it was in the backup; the audit trail problems above were already in it.');
    return report.ok ? 0 : 1;
  } finally {
    await db.close();
  }
});
