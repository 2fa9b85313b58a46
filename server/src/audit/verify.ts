import type { Database } from '../db/database.js';
import { readChain, readHead } from './audit-query.repository.js';

export interface ChainProblem {
  seq: number;
  problem: 'altered' | 'missing_before' | 'broken_link' | 'missing_at_end';
}

export interface VerifyResult {
  entries: number;
  problems: ChainProblem[];
}

const GENESIS = '0'.repeat(64);

/**
 * Walks the audit chain. An entry whose content no longer matches its hash was altered; a gap
 * in the sequence or a link that does not point at its predecessor means entries were removed;
 * a head beyond the last entry means entries were removed from the end.
 */
export async function verifyAuditChain(db: Database): Promise<VerifyResult> {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let previousHash = GENESIS;
  let entries = 0;
  for await (const rows of readChain(db.owner)) {
    for (const row of rows) {
      entries += 1;
      if (row.seq !== expectedSeq) problems.push({ seq: row.seq, problem: 'missing_before' });
      else if (row.prev_hash !== previousHash) problems.push({ seq: row.seq, problem: 'broken_link' });
      if (row.expected !== row.hash) problems.push({ seq: row.seq, problem: 'altered' });
      expectedSeq = row.seq + 1;
      previousHash = row.hash;
    }
  }
  const head = await readHead(db.owner);
  if (head.seq !== expectedSeq - 1 || head.hash !== previousHash) problems.push({ seq: head.seq, problem: 'missing_at_end' });
  return { entries, problems };
}
