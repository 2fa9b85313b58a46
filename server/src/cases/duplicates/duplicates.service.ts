import { sql } from 'kysely';
import { blockingKeys } from '../../../../common/src/names/name-key.js';
import { recordAudit } from '../../audit/audit.repository.js';
import type { Tx } from '../../db/database.js';
import type { RequestMeta } from '../../http/context.js';
import { AppError, notFound } from '../../http/problem.js';
import type { Actor } from '../../policies/policy.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import { normaliseDocumentNumber, normalisePhone } from '../identity.js';
import { requireAbility, visibleCase } from '../cases.service.js';
import { comparableOf, ownerNamesOf, scoredCandidates, summaryOf, visibleCaseIds, type ComparablePerson } from './candidates.js';

/** Below this a candidate is not worth a person's attention. */
export const CANDIDATE_SCORE = 0.75;

export interface SearchQuery {
  name: string;
  birthYear?: number;
  birthDate?: string;
  sex?: string;
  document?: string;
  phone?: string;
}

function queryHashes(vault: IdentityVault, query: SearchQuery) {
  const birthYear = query.birthYear ?? (query.birthDate ? Number(query.birthDate.slice(0, 4)) : null);
  const names = blockingKeys({ fullName: query.name, birthYear }).map((key) => ({ hash: vault.lookupHash('name', key), exact: false }));
  const documents = query.document ? [{ hash: vault.lookupHash('document', normaliseDocumentNumber(query.document)), exact: true }] : [];
  const phones = query.phone ? [{ hash: vault.lookupHash('phone', normalisePhone(query.phone)), exact: true }] : [];
  return [...names, ...documents, ...phones];
}

/**
 * Search across the whole database for those allowed to: a minimal summary of each match and
 * whether the caller already sees it. What was searched for is not recorded (it is personal data).
 */
export async function searchPersons(tx: Tx, vault: IdentityVault, meta: RequestMeta, query: SearchQuery) {
  const comparable: ComparablePerson = {
    names: [query.name], latinName: null, sex: query.sex ?? null, birthDate: query.birthDate ?? null, birthYear: query.birthYear ?? null,
    estimatedAge: null, ageRecordedOn: null, citizenships: [],
  };
  const candidates = (await scoredCandidates(tx, vault, comparable, queryHashes(vault, query), 0.6)).slice(0, 20);
  const owners = await ownerNamesOf(tx, candidates.map((c) => c.row.owner_org_id));
  const visible = await visibleCaseIds(tx, candidates.map((c) => c.row.case_id));
  await recordAudit(tx, meta, { action: 'case.search', resource: 'case', details: { results: candidates.length, byDocument: Boolean(query.document), byPhone: Boolean(query.phone) } });
  return candidates.map((candidate) => summaryOf(candidate, owners, visible));
}

/** Finds and keeps candidates for one person (on create, on demand, and in the nightly job). */
export async function refreshCandidates(tx: Tx, vault: IdentityVault, personId: string) {
  const [person] = (await sql<{ person_id: string; identity_sealed: string; sex: string; birth_year: number | null; estimated_age: number | null; citizenships: string[]; created_at: Date; cluster_id: string }>`
    select * from person_summaries(${[personId]})`.execute(tx)).rows;
  if (!person) return 0;
  const keys = await sql<{ kind: string; hash: string }>`select kind, hash from person_keys where person_id = ${personId}`.execute(tx);
  const hashes = keys.rows.map((key) => ({ hash: key.hash, exact: key.kind !== 'name' }));
  const candidates = (await scoredCandidates(tx, vault, comparableOf(vault, person), hashes, CANDIDATE_SCORE))
    .filter((c) => c.row.person_id !== personId && c.row.cluster_id !== person.cluster_id);
  for (const candidate of candidates) {
    await sql`select record_duplicate_candidate(${personId}, ${candidate.row.person_id}, ${candidate.score})`.execute(tx);
  }
  return candidates.length;
}

/** Open candidates of a case's person, as the owner sees them: score and minimal summary. */
export async function candidatesOfCase(tx: Tx, vault: IdentityVault, actor: Actor, caseId: string) {
  const { row, abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.findDuplicates);
  const open = await tx.selectFrom('duplicate_candidates').select(['other_person_id', 'score', 'status']).where('person_id', '=', row.person_id).where('status', '=', 'open').execute();
  const summaries = await sql<Parameters<typeof summaryOf>[0]['row']>`select * from person_summaries(${open.map((c) => c.other_person_id)})`.execute(tx);
  const owners = await ownerNamesOf(tx, summaries.rows.map((s) => s.owner_org_id));
  const visible = await visibleCaseIds(tx, summaries.rows.map((s) => s.case_id));
  const scoreOf = new Map(open.map((c) => [c.other_person_id, c.score]));
  const merges = await tx.selectFrom('person_merges').select(['id', 'merged_at', 'undone_at', 'score']).where('person_id', '=', row.person_id).orderBy('merged_at', 'desc').execute();
  return {
    candidates: summaries.rows
      .filter((s) => s.cluster_id !== row.cluster_id)
      .map((s) => summaryOf({ row: s, score: scoreOf.get(s.person_id) ?? 0, same: false, exactKey: false }, owners, visible))
      .sort((a, b) => b.score - a.score),
    merges: merges.map((m) => ({ id: m.id, mergedAt: new Date(m.merged_at).toISOString(), undoneAt: m.undone_at ? new Date(m.undone_at).toISOString() : null, score: m.score })),
  };
}

async function openCandidate(tx: Tx, personId: string, otherPersonId: string) {
  const candidate = await tx.selectFrom('duplicate_candidates').select(['score', 'status']).where('person_id', '=', personId).where('other_person_id', '=', otherPersonId).executeTakeFirst();
  if (!candidate) throw notFound();
  if (candidate.status !== 'open') throw new AppError('ACCESS_REQUEST_STATE');
  return candidate;
}

/** Records that the case's person and the candidate are the same human: statistics count them once. */
export async function mergeCandidate(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, otherPersonId: string) {
  const { row, abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.findDuplicates);
  const candidate = await openCandidate(tx, row.person_id, otherPersonId);
  const merged = await sql<{ id: string | null }>`select merge_person_clusters(${row.person_id}, ${otherPersonId}, ${candidate.score}) as id`.execute(tx);
  const mergeId = merged.rows[0]?.id;
  if (!mergeId) throw new AppError('ACCESS_REQUEST_STATE');
  await recordAudit(tx, meta, { action: 'case.merge', resource: 'case', recordId: caseId, details: { mergeId, otherPersonId, score: candidate.score } });
  return mergeId;
}

export async function dismissCandidate(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, otherPersonId: string) {
  const { row, abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.findDuplicates);
  await openCandidate(tx, row.person_id, otherPersonId);
  await tx.updateTable('duplicate_candidates').set({ status: 'dismissed', decided_by: actor.userId, decided_at: sql`now()` })
    .where('person_id', '=', row.person_id).where('other_person_id', '=', otherPersonId).execute();
  await recordAudit(tx, meta, { action: 'case.duplicate_dismissed', resource: 'case', recordId: caseId, details: { otherPersonId } });
}

export async function undoMerge(tx: Tx, meta: RequestMeta, actor: Actor, caseId: string, mergeId: string) {
  const { row, abilities } = await visibleCase(tx, actor, caseId);
  requireAbility(abilities.findDuplicates);
  const merge = await tx.selectFrom('person_merges').select('id').where('id', '=', mergeId).where('person_id', '=', row.person_id).executeTakeFirst();
  if (!merge) throw notFound();
  const undone = await sql<{ ok: boolean }>`select undo_person_merge(${mergeId}) as ok`.execute(tx);
  if (!undone.rows[0]?.ok) throw new AppError('ACCESS_REQUEST_STATE');
  await recordAudit(tx, meta, { action: 'case.merge_undone', resource: 'case', recordId: caseId, details: { mergeId } });
}
