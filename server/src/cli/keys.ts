/**
 * `npm run keys -- <command>`: rotation of the keys that protect victims' identities.
 *   rotate-master   re-wraps the data keys and second-factor secrets with SECRET_KEY (the new
 *                   master key), opening them with SECRET_KEY_PREVIOUS
 *   rotate-data     adds a new data key and re-seals every identifying value with it
 */
import { parseArgs } from 'node:util';
import { createSecretBox, resolveSecretKey } from '../auth/secret-box.js';
import { openVault } from '../cases/crypto/identity-vault.js';
import { addDataKey, resealWithNewestKey, rewrapWithCurrentMasterKey } from '../cases/crypto/key-rotation.js';
import { CommandError, loadCommandConfig, openForMaintenance, runCommand } from './command.js';

const USAGE = `Usage: npm run keys -- rotate-master
       npm run keys -- rotate-data [--wait SECONDS]

rotate-master  Set SECRET_KEY to the new master key and SECRET_KEY_PREVIOUS to the old one (on
               every running instance too, by a rolling restart), then run this. Afterwards
               SECRET_KEY_PREVIOUS can be removed.
rotate-data    Adds a data key, waits for running instances to load it (default 120 s; they
               reload keys every minute), then re-seals every identifying value with it.`;

runCommand('Keys', async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { wait: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const [command] = parsed.positionals;
  if (parsed.values.help || !command || !['rotate-master', 'rotate-data'].includes(command)) throw new CommandError(USAGE);
  const wait = Number(parsed.values.wait ?? 120);
  if (!Number.isFinite(wait) || wait < 0) throw new CommandError(`--wait must be a number of seconds\n\n${USAGE}`);
  const config = loadCommandConfig();
  const { key } = resolveSecretKey(config.SECRET_KEY, config.DATA_DIR);
  const secrets = createSecretBox(key, config.SECRET_KEY_PREVIOUS);
  const db = await openForMaintenance(config, { existing: true });
  try {
    if (command === 'rotate-master') {
      if (!config.SECRET_KEY_PREVIOUS) throw new CommandError('Set SECRET_KEY_PREVIOUS to the master key being replaced.');
      const counts = await rewrapWithCurrentMasterKey(db.owner, secrets);
      console.log(`Re-wrapped ${counts.dataKeys} data keys, ${counts.totpSecrets} second-factor secrets and ${counts.pendingSecrets} pending enrolments with the new master key.`);
      console.log('SECRET_KEY_PREVIOUS can now be removed from every instance.');
      return 0;
    }
    const id = await addDataKey(db.owner, secrets);
    console.log(`Added data key ${id}; waiting ${wait} s for running instances to load it.`);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    const vault = await openVault(db.owner, secrets);
    const total = await resealWithNewestKey(db.owner, vault, (table, done) => process.stderr.write(`\r${table}: ${done}   `));
    process.stderr.write('\n');
    console.log(`Re-sealed ${total} values with data key ${id}.`);
    return 0;
  } finally {
    await db.close();
  }
});
