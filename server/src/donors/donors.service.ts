import { sql } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.repository.js';
import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import type { Actor } from '../policies/policy.js';
import { existingMeasures, existingOrganisations } from '../events/events.repository.js';
import { realDay } from '../events/event-sync.js';
import { findSupport, setSupportTargets } from './donors.repository.js';

export const DONOR_KINDS = ['international_organisation', 'embassy', 'foundation', 'company', 'other'] as const;
export const SUPPORT_KINDS = ['technical', 'material', 'financial', 'methodological', 'advisory'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const donorInputSchema = z.object({
  name: z.string().trim().min(1).max(300),
  kind: z.enum(DONOR_KINDS),
  country: z.string().trim().max(100).nullable(),
  website: z.string().trim().max(300).nullable(),
  notes: z.string().trim().max(10_000),
});

export const supportInputSchema = z
  .object({
    kind: z.enum(SUPPORT_KINDS),
    description: z.string().trim().min(1).max(4000),
    amount: z.number().finite().min(0).max(1e13).nullable(),
    currency: z.string().trim().max(10).nullable(),
    startsOn: day.nullable(),
    endsOn: day.nullable(),
    organisationIds: z.array(z.uuid()).max(100),
    measureIds: z.array(z.uuid()).max(200),
  })
  .superRefine((s, ctx) => {
    if (s.startsOn && s.endsOn && s.endsOn < s.startsOn) ctx.addIssue({ code: 'custom', message: 'date.before_start', path: ['endsOn'] });
  });

export const matchInputSchema = z.object({
  entryId: z.uuid(),
  /** The need's place in the entry's list of needs. */
  position: z.number().int().min(0).max(1000),
  supportId: z.uuid(),
  note: z.string().trim().max(2000).default(''),
});

export type DonorInput = z.infer<typeof donorInputSchema>;
export type SupportInput = z.infer<typeof supportInputSchema>;
export type MatchInput = z.infer<typeof matchInputSchema>;

async function checkName(tx: Tx, name: string, exceptId?: string) {
  let query = tx.selectFrom('donors').select('id').where(sql`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw new AppError('DONOR_NAME_TAKEN');
}

const donorValues = (input: DonorInput) => ({ name: input.name, kind: input.kind, country: input.country || null, website: input.website || null, notes: input.notes });

export async function createDonor(tx: Tx, meta: RequestMeta, actor: Actor, input: DonorInput) {
  await checkName(tx, input.name);
  const row = await tx.insertInto('donors').values({ ...donorValues(input), created_by: actor.userId }).returning('id').executeTakeFirstOrThrow();
  await recordAudit(tx, meta, { action: 'donor.create', resource: 'donor', recordId: row.id, details: { kind: input.kind } });
  return row.id;
}

export async function updateDonor(tx: Tx, meta: RequestMeta, id: string, input: DonorInput) {
  await checkName(tx, input.name, id);
  const result = await tx.updateTable('donors').set({ ...donorValues(input), updated_at: new Date() }).where('id', '=', id).executeTakeFirst();
  if (!Number(result.numUpdatedRows)) throw notFound();
  await recordAudit(tx, meta, { action: 'donor.update', resource: 'donor', recordId: id });
}

export async function deleteDonor(tx: Tx, meta: RequestMeta, id: string) {
  const result = await tx.deleteFrom('donors').where('id', '=', id).executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw notFound();
  await recordAudit(tx, meta, { action: 'donor.delete', resource: 'donor', recordId: id });
}

async function checkSupport(tx: Tx, input: SupportInput) {
  const errors: { path: string; key: 'date.invalid' }[] = [];
  if (input.startsOn && !realDay(input.startsOn)) errors.push({ path: 'startsOn', key: 'date.invalid' });
  if (input.endsOn && !realDay(input.endsOn)) errors.push({ path: 'endsOn', key: 'date.invalid' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const [organisations, measures] = await Promise.all([existingOrganisations(tx, input.organisationIds), existingMeasures(tx, input.measureIds)]);
  if (input.organisationIds.some((id) => !organisations.has(id)) || input.measureIds.some((id) => !measures.has(id))) throw new AppError('EVENT_REFERENCE_UNKNOWN');
}

const supportValues = (input: SupportInput) => ({
  kind: input.kind,
  description: input.description,
  amount: input.amount,
  currency: input.currency?.trim().toUpperCase() || null,
  starts_on: input.startsOn,
  ends_on: input.endsOn,
});

export async function addSupport(tx: Tx, meta: RequestMeta, actor: Actor, donorId: string, input: SupportInput) {
  if (!(await tx.selectFrom('donors').select('id').where('id', '=', donorId).executeTakeFirst())) throw notFound();
  await checkSupport(tx, input);
  const row = await tx.insertInto('supports').values({ donor_id: donorId, ...supportValues(input), created_by: actor.userId }).returning('id').executeTakeFirstOrThrow();
  await setSupportTargets(tx, row.id, input.organisationIds, input.measureIds);
  await recordAudit(tx, meta, { action: 'support.create', resource: 'support', recordId: row.id, details: { donorId, kind: input.kind } });
  return row.id;
}

export async function updateSupport(tx: Tx, meta: RequestMeta, id: string, input: SupportInput) {
  const existing = await tx.selectFrom('supports').select('donor_id').where('id', '=', id).executeTakeFirst();
  if (!existing) throw notFound();
  await checkSupport(tx, input);
  await tx.updateTable('supports').set({ ...supportValues(input), updated_at: new Date() }).where('id', '=', id).execute();
  // A body whose need was matched to this support stays concerned by it.
  const matched = await tx
    .selectFrom('need_matches')
    .innerJoin('report_entries', 'report_entries.id', 'need_matches.entry_id')
    .select(['report_entries.organisation_id', 'report_entries.measure_id'])
    .where('need_matches.support_id', '=', id)
    .execute();
  await setSupportTargets(tx, id, [...input.organisationIds, ...matched.map((m) => m.organisation_id)], [...input.measureIds, ...matched.map((m) => m.measure_id)]);
  await recordAudit(tx, meta, { action: 'support.update', resource: 'support', recordId: id });
  return existing.donor_id;
}

export async function deleteSupport(tx: Tx, meta: RequestMeta, id: string) {
  const result = await tx.deleteFrom('supports').where('id', '=', id).executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw notFound();
  await recordAudit(tx, meta, { action: 'support.delete', resource: 'support', recordId: id });
}

/**
 * Records that a support meets a need named in a report entry. The support then concerns the
 * entry's body and measure, so the body sees what its need was matched to.
 */
export async function matchNeed(tx: Tx, meta: RequestMeta, actor: Actor, input: MatchInput) {
  const entry = await tx.selectFrom('report_entries').select(['id', 'organisation_id', 'measure_id', 'needs']).where('id', '=', input.entryId).executeTakeFirst();
  if (!entry) throw notFound();
  if (!(await findSupport(tx, actor, input.supportId))) throw notFound();
  const need = (entry.needs as { kind?: string; description?: string }[])[input.position];
  if (!need?.description) throw new AppError('NEED_UNKNOWN');
  const same = await tx
    .selectFrom('need_matches')
    .select('id')
    .where('entry_id', '=', input.entryId)
    .where('need_position', '=', input.position)
    .where('support_id', '=', input.supportId)
    .executeTakeFirst();
  if (same) throw new AppError('NEED_ALREADY_MATCHED');
  const row = await tx
    .insertInto('need_matches')
    .values({
      entry_id: input.entryId,
      need_position: input.position,
      need_kind: need.kind ?? 'other',
      need_description: need.description,
      support_id: input.supportId,
      note: input.note,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('support_organisations').values({ support_id: input.supportId, organisation_id: entry.organisation_id }).onConflict((oc) => oc.doNothing()).execute();
  await tx.insertInto('support_measures').values({ support_id: input.supportId, measure_id: entry.measure_id }).onConflict((oc) => oc.doNothing()).execute();
  await recordAudit(tx, meta, { action: 'need.match', resource: 'need_match', recordId: row.id, details: { entryId: input.entryId, position: input.position, supportId: input.supportId } });
  return row.id;
}

export async function unmatchNeed(tx: Tx, meta: RequestMeta, id: string) {
  const result = await tx.deleteFrom('need_matches').where('id', '=', id).executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw notFound();
  await recordAudit(tx, meta, { action: 'need.unmatch', resource: 'need_match', recordId: id });
}
