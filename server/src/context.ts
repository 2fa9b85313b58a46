import type { Config } from './config/config.js';
import { createSecretBox, resolveSecretKey } from './auth/secret-box.js';
import { openDatabase } from './db/open.js';
import { migrate } from './db/migrate.js';
import { openVault } from './cases/crypto/identity-vault.js';
import type { AppContext } from './http/context.js';

/** Opens the database, brings its schema up to date and prepares the secrets: what every entry point needs. */
export async function createContext(config: Config): Promise<AppContext & { migrated: string[]; keyGenerated: boolean }> {
  const { key, generated } = resolveSecretKey(config.SECRET_KEY, config.DATA_DIR);
  const db = await openDatabase(config);
  try {
    const migrated = await migrate(db);
    const secrets = createSecretBox(key, config.SECRET_KEY_PREVIOUS);
    const vault = await openVault(db.owner, secrets);
    return { config, db, secrets, vault, migrated, keyGenerated: generated };
  } catch (error) {
    await db.close();
    throw error;
  }
}
