/**
 * `npm run backup [-- --out FILE]`: a logical backup of the configured database, in the one
 * format both the embedded database and a PostgreSQL server restore from (see ops/backup/format.ts).
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { describeDatabase } from '../db/open.js';
import { writeBackup } from '../ops/backup/index.js';
import { CommandError, loadCommandConfig, openForMaintenance, progressPrinter, runCommand } from './command.js';

const USAGE = `Usage: npm run backup [-- --out FILE]

Writes a backup of the configured database (DATABASE_URL, or the embedded database in DATA_DIR)
to FILE, by default backups/koordinator-YYYYMMDD-HHMMSS.kbak (time in UTC). "--out -" writes it
to standard output. Sessions are not backed up; neither is the secret key (back it up separately).`;

function defaultFile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `backups/koordinator-${stamp}.kbak`;
}

runCommand('Backup', async () => {
  let args;
  try {
    args = parseArgs({ options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadCommandConfig();
  const toStdout = args.out === '-';
  const file = toStdout ? '-' : resolve(args.out ?? defaultFile());
  if (!toStdout && existsSync(file)) throw new CommandError(`${file} already exists; choose another --out`);
  if (toStdout && process.stdout.isTTY) throw new CommandError('Not writing a compressed backup to the terminal: redirect it, e.g. --out - > FILE');
  const report = toStdout ? console.error : console.log;

  const db = await openForMaintenance(config, { existing: true });
  const partial = `${file}.partial`;
  let out: Writable | undefined;
  try {
    const started = performance.now();
    if (toStdout) out = process.stdout;
    else {
      mkdirSync(dirname(file), { recursive: true });
      // Holds password hashes and sealed second-factor secrets: readable by the owner only.
      out = createWriteStream(partial, { mode: 0o600 });
    }
    const header = await writeBackup(db, out, { onProgress: progressPrinter((line) => console.error(line)) });
    if (!toStdout) renameSync(partial, file);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    report(`Backed up ${describeDatabase(config)}: ${header.tables.length} tables, ${rows.toLocaleString('en')} rows, in ${seconds} s`);
    const width = Math.max(...header.tables.map((t) => t.name.length));
    for (const t of header.tables) report(`  ${t.name.padEnd(width)} ${t.rows.toLocaleString('en').padStart(12)}`);
    if (!toStdout) report(`Written to ${file} (${Math.ceil(statSync(file).size / 1024).toLocaleString('en')} KB)`);
    report('Not included: sessions, and the secret key (SECRET_KEY or DATA_DIR/secret.key), which you back up separately.');
    return 0;
  } catch (error) {
    if (!toStdout) {
      out?.destroy();
      rmSync(partial, { force: true });
    }
    throw error;
  } finally {
    await db.close();
  }
});
