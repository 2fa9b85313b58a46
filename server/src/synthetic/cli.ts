/**
 * npm run seed:synthetic -- --scale <n> [--seed <s>] [--today YYYY-MM-DD]
 *
 * Fills the configured database (the embedded one under DATA_DIR, or DATABASE_URL) with
 * synthetic data; see generate.ts. Ctrl-C stops after the chunk being written; running the same
 * command again continues from there.
 */
import { ConfigError, loadConfig } from '../config/config.js';
import { createContext } from '../context.js';
import { describeDatabase } from '../db/open.js';
import { seedSynthetic, syntheticCounts } from './generate.js';
import { formatCount, formatDuration } from './progress.js';

const USAGE = 'Usage: npm run seed:synthetic -- --scale <n> [--seed <s>] [--today YYYY-MM-DD]\n  --scale 1 is about 200 000 cases and over a million audit entries; 0.01 is a quick smoke run.';

function parseArgs(argv: string[]) {
  const options: { scale?: number; seed: number; today?: string } = { seed: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? arg.split('=', 2) as [string, string] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--scale') options.scale = Number(value());
    else if (name === '--seed') options.seed = Number(value());
    else if (name === '--today') options.today = value();
    else if (name === '--help' || name === '-h') return null;
    else throw new Error(`Unknown argument ${arg}`);
  }
  if (options.scale === undefined || !Number.isFinite(options.scale) || options.scale <= 0) throw new Error('--scale must be a positive number');
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new Error('--seed must be a whole number');
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error('--today must be YYYY-MM-DD');
  return options as { scale: number; seed: number; today?: string };
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (!args) {
    console.log(USAGE);
    return;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  console.log(`Database: ${describeDatabase(config)}`);
  const ctx = await createContext({ ...config, LOG_LEVEL: 'silent' });
  let stopping = false;
  process.on('SIGINT', () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log('\nStopping after the chunk being written (Ctrl-C again to stop at once)…');
  });
  const started = Date.now();
  try {
    const result = await seedSynthetic(ctx, { ...args, demo: config.DEMO_DATA, shouldStop: () => stopping });
    if (!result.completed) {
      process.exitCode = 130;
      return;
    }
    const counts = await syntheticCounts(ctx.db);
    console.log(`\nDone in ${formatDuration((Date.now() - started) / 1000)}:`);
    for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(22)} ${formatCount(n).padStart(12)}`);
  } finally {
    await ctx.db.close();
  }
}

main().catch((error) => {
  console.error('Synthetic data failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
