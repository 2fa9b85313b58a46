import { sql } from 'kysely';
import { scorePersons } from '../../../../common/src/names/person-match.js';
import type { Tx } from '../../db/database.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import { openIdentity } from '../identity.js';

/** A person as the scorer compares them. */
export interface ComparablePerson {
  names: string[];
  latinName: string | null;
  sex: string | null;
  birthDate: string | null;
  birthYear: number | null;
  estimatedAge: number | null;
  ageRecordedOn: string | null;
  citizenships: string[];
}

interface CandidateRow {
  person_id: string;
  cluster_id: string;
  case_id: string;
  reference: string;
  owner_org_id: string;
  case_status: string;
  trafficking_status: string | null;
  identity_sealed: string;
  sex: string;
  birth_year: number | null;
  estimated_age: number | null;
  citizenships: string[];
  created_at: Date;
}

/** The best score over every pair of written names (a person may be recorded in several scripts). */
export function scoreAgainst(a: ComparablePerson, b: ComparablePerson) {
  let best = { score: 0, same: false };
  for (const nameA of [...a.names, ...(a.latinName ? [a.latinName] : [])]) {
    for (const nameB of [...b.names, ...(b.latinName ? [b.latinName] : [])]) {
      const result = scorePersons(
        { fullName: nameA, sex: a.sex as never, birthDate: a.birthDate, birthYear: a.birthYear, estimatedAge: a.estimatedAge, ageRecordedOn: a.ageRecordedOn, citizenships: a.citizenships },
        { fullName: nameB, sex: b.sex as never, birthDate: b.birthDate, birthYear: b.birthYear, estimatedAge: b.estimatedAge, ageRecordedOn: b.ageRecordedOn, citizenships: b.citizenships },
      );
      if (result.score > best.score) best = { score: result.score, same: result.same };
    }
  }
  return best;
}

export function comparableOf(vault: IdentityVault, row: Pick<CandidateRow, 'person_id' | 'identity_sealed' | 'sex' | 'birth_year' | 'estimated_age' | 'citizenships' | 'created_at'>): ComparablePerson {
  const identity = openIdentity(vault, row.person_id, row.identity_sealed);
  return {
    names: identity.names, latinName: identity.latinName, sex: row.sex, birthDate: identity.birthDate, birthYear: row.birth_year,
    estimatedAge: row.estimated_age, ageRecordedOn: new Date(row.created_at).toISOString().slice(0, 10), citizenships: row.citizenships,
  };
}

export interface ScoredCandidate {
  row: CandidateRow;
  score: number;
  same: boolean;
  /** An identity document or phone number matched exactly. */
  exactKey: boolean;
}

/**
 * Persons anywhere in the database sharing a keyed hash with the query, scored against it. Runs
 * through a function with the owner's rights: the caller is shown only a minimal summary.
 */
export async function scoredCandidates(tx: Tx, vault: IdentityVault, query: ComparablePerson, hashes: { hash: string; exact: boolean }[], minimumScore: number): Promise<ScoredCandidate[]> {
  if (hashes.length === 0) return [];
  const rows = await sql<CandidateRow & { matched_keys: number }>`select * from case_candidates(${hashes.map((h) => h.hash)})`.execute(tx);
  const exactHashes = new Set(hashes.filter((h) => h.exact).map((h) => h.hash));
  const exactPersons = exactHashes.size
    ? new Set((await sql<{ person_id: string }>`select person_id from case_candidates(${[...exactHashes]})`.execute(tx)).rows.map((r) => r.person_id))
    : new Set<string>();
  return rows.rows
    .map((row) => {
      const { score, same } = scoreAgainst(query, comparableOf(vault, row));
      const exactKey = exactPersons.has(row.person_id);
      return { row, score: exactKey ? Math.max(score, 0.99) : score, same: same || exactKey, exactKey };
    })
    .filter((candidate) => candidate.score >= minimumScore)
    .sort((a, b) => b.score - a.score);
}

/** The minimal summary a caller may see of a person they may not be able to read. */
export function summaryOf(candidate: ScoredCandidate, ownerNames: Map<string, string>, visible: Set<string>) {
  const { row } = candidate;
  return {
    caseId: row.case_id,
    personId: row.person_id,
    reference: row.reference,
    owner: ownerNames.get(row.owner_org_id) ?? '',
    caseStatus: row.case_status,
    traffickingStatus: row.trafficking_status,
    sex: row.sex,
    birthYear: row.birth_year,
    recordedYear: new Date(row.created_at).getUTCFullYear(),
    score: Math.round(candidate.score * 100) / 100,
    exactKey: candidate.exactKey,
    visible: visible.has(row.case_id),
  };
}

export async function ownerNamesOf(tx: Tx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx.selectFrom('organisations').select(['id', 'short_name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, row.short_name]));
}

/** Which of these cases the caller can read (row-level security decides). */
export async function visibleCaseIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.selectFrom('cases').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}
