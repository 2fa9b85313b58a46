import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/paths.js';
import { inTransaction, type Database } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { importDocument } from '../plans/plan-import.service.js';

const SYSTEM: RequestMeta = { actor: null, ip: 'system', requestId: 'seed' };

/** The 2020–2024 plan: the official export (cut off after 4.8.3), completed from the news print. */
export const SEED_PLAN_DOCUMENTS = ['plan-2020-2024-legal-database.txt', 'plan-2020-2024-news-print.txt'].map((name) => join(repoRoot, 'server/seed-documents', name));

/** On a database without plans, imports the seed documents as a person would; returns the measure count. */
export async function seedPlans(db: Database): Promise<number> {
  return inTransaction(db, null, async (tx) => {
    if (await tx.selectFrom('plans').select('id').limit(1).executeTakeFirst()) return 0;
    let planId: string | undefined;
    for (const path of SEED_PLAN_DOCUMENTS) {
      const file = { bytes: readFileSync(path), fileName: path.split('/').pop()!, mediaType: 'text/plain' };
      ({ planId } = await importDocument(tx, SYSTEM, file, planId));
    }
    const { n } = await tx.selectFrom('measures').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(n);
  });
}
