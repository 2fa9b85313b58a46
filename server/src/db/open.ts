import { join } from 'node:path';
import type { Config } from '../config/config.js';
import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** The server named by DATABASE_URL, or else the embedded database under DATA_DIR. */
export function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DB_POOL_SIZE'>): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.DB_POOL_SIZE);
  return openPglite(join(config.DATA_DIR, 'pglite'));
}

/** Where the database is, without credentials: safe to print. */
export function describeDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (!config.DATABASE_URL) return `embedded PostgreSQL (PGlite) in ${join(config.DATA_DIR, 'pglite')}`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL server ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
