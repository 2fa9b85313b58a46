import type { Tx } from '../db/database.js';

function linkedMeasures(tx: Tx) {
  return tx
    .selectFrom('measure_links')
    .innerJoin('measures', (join) => join.onTrue())
    .innerJoin('plans', 'plans.id', 'measures.plan_id')
    .select(['measures.id', 'measures.code', 'measures.text', 'plans.id as plan_id', 'plans.title as plan_title']);
}

export async function linksOf(tx: Tx, measureId: string) {
  const [continues, continuedBy] = await Promise.all([
    linkedMeasures(tx).whereRef('measures.id', '=', 'measure_links.continues_id').where('measure_links.measure_id', '=', measureId).execute(),
    linkedMeasures(tx).whereRef('measures.id', '=', 'measure_links.measure_id').where('measure_links.continues_id', '=', measureId).execute(),
  ]);
  return { continues, continuedBy };
}

export function variantsOf(tx: Tx, measureId: string) {
  return tx
    .selectFrom('measure_wording_variants')
    .leftJoin('plan_imports', 'plan_imports.id', 'measure_wording_variants.import_id')
    .select(['measure_wording_variants.id', 'measure_wording_variants.proposed_text', 'measure_wording_variants.status', 'measure_wording_variants.created_at', 'plan_imports.file_name'])
    .where('measure_wording_variants.measure_id', '=', measureId)
    .orderBy('measure_wording_variants.created_at')
    .execute();
}

export function revisionsOf(tx: Tx, measureId: string) {
  return tx
    .selectFrom('measure_revisions')
    .leftJoin('users', 'users.id', 'measure_revisions.changed_by')
    .select(['measure_revisions.id', 'measure_revisions.changed_at', 'measure_revisions.source', 'measure_revisions.before', 'measure_revisions.after', 'measure_revisions.reason', 'users.full_name'])
    .where('measure_revisions.measure_id', '=', measureId)
    .orderBy('measure_revisions.changed_at', 'desc')
    .execute();
}

export function findVariant(tx: Tx, measureId: string, variantId: string) {
  return tx.selectFrom('measure_wording_variants').selectAll().where('id', '=', variantId).where('measure_id', '=', measureId).executeTakeFirst();
}

export async function resolveVariant(tx: Tx, variantId: string, status: 'kept' | 'taken', userId: string) {
  await tx.updateTable('measure_wording_variants').set({ status, resolved_by: userId, resolved_at: new Date() }).where('id', '=', variantId).execute();
}

export async function insertLink(tx: Tx, measureId: string, continuesId: string, userId: string) {
  await tx.insertInto('measure_links').values({ measure_id: measureId, continues_id: continuesId, created_by: userId }).onConflict((oc) => oc.doNothing()).execute();
}

export async function deleteLink(tx: Tx, measureId: string, continuesId: string) {
  const result = await tx.deleteFrom('measure_links').where('measure_id', '=', measureId).where('continues_id', '=', continuesId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function replaceParticipants(tx: Tx, measureId: string, participants: { role: string; name: string; nameKey: string; organisationId: string | null; genericKey: string | null }[]) {
  await tx.deleteFrom('measure_participants').where('measure_id', '=', measureId).execute();
  if (!participants.length) return;
  await tx
    .insertInto('measure_participants')
    .values(
      participants.map((p, position) => ({
        measure_id: measureId,
        position,
        role: p.role as 'executor',
        name: p.name,
        name_key: p.nameKey,
        organisation_id: p.organisationId,
        generic_key: p.genericKey,
      })),
    )
    .execute();
}

export async function updateMeasureFields(
  tx: Tx,
  measureId: string,
  fields: { text: string; period: { kind: 'range' | 'year' | 'month' | 'ongoing'; from: string | null; to: string | null; text: string } | null },
) {
  await tx
    .updateTable('measures')
    .set({
      text: fields.text,
      period_kind: fields.period?.kind ?? null,
      period_from: fields.period?.from ?? null,
      period_to: fields.period?.to ?? null,
      period_text: fields.period?.text ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', measureId)
    .execute();
}

/** Names the importer kept without an organisation, with the measures they occur in. */
export function unmatchedNames(tx: Tx) {
  return tx
    .selectFrom('measure_participants')
    .innerJoin('measures', 'measures.id', 'measure_participants.measure_id')
    .select(['measure_participants.name_key', 'measure_participants.name', 'measures.id as measure_id', 'measures.code', 'measures.plan_id'])
    .where('measure_participants.organisation_id', 'is', null)
    .where('measure_participants.role', '!=', 'generic')
    .orderBy('measure_participants.name_key')
    .orderBy('measures.code')
    .execute();
}

export async function saveNameMapping(tx: Tx, nameKey: string, name: string, organisationId: string, userId: string) {
  await tx
    .insertInto('organisation_name_mappings')
    .values({ name_key: nameKey, name, organisation_id: organisationId, created_by: userId })
    .onConflict((oc) => oc.column('name_key').doUpdateSet({ organisation_id: organisationId, name, created_by: userId }))
    .execute();
  const result = await tx
    .updateTable('measure_participants')
    .set({ organisation_id: organisationId })
    .where('name_key', '=', nameKey)
    .where('organisation_id', 'is', null)
    .where('role', '!=', 'generic')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
