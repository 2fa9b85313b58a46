import type { Tx } from '../db/database.js';

export async function insertImport(
  tx: Tx,
  values: { fileName: string; mediaType: string | null; sha256: string; content: Buffer; format: string; layout: string; planId: string | null; summary: object; warnings: unknown[]; createdBy: string | null },
) {
  const row = await tx
    .insertInto('plan_imports')
    .values({
      status: 'previewed',
      file_name: values.fileName,
      media_type: values.mediaType,
      sha256: values.sha256,
      content: values.content,
      format: values.format,
      layout: values.layout,
      plan_id: values.planId,
      summary: JSON.stringify(values.summary),
      warnings: JSON.stringify(values.warnings),
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findImport(tx: Tx, id: string) {
  return tx.selectFrom('plan_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markImport(tx: Tx, id: string, status: 'applied' | 'discarded', planId: string | null, summary: object | null) {
  await tx
    .updateTable('plan_imports')
    .set({
      status,
      plan_id: planId,
      ...(summary ? { summary: JSON.stringify(summary) } : {}),
      ...(status === 'applied' ? { applied_at: new Date() } : { content: null }),
    })
    .where('id', '=', id)
    .execute();
}

export function listImports(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_imports')
    .leftJoin('users', 'users.id', 'plan_imports.created_by')
    .select(['plan_imports.id', 'plan_imports.file_name', 'plan_imports.format', 'plan_imports.layout', 'plan_imports.summary', 'plan_imports.applied_at', 'users.full_name as by'])
    .where('plan_imports.plan_id', '=', planId)
    .where('plan_imports.status', '=', 'applied')
    .orderBy('plan_imports.applied_at', 'desc')
    .execute();
}
