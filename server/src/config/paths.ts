import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file both in source (server/src) and built (dist/server/src) form. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot locate the project root (package.json)');
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRoot();
export const migrationsDir = resolve(repoRoot, 'server/migrations');
export const webDistDir = resolve(repoRoot, 'dist/web');
