import type { Tx } from '../db/database.js';
import type { RequestMeta } from '../http/context.js';
import { AppError, notFound } from '../http/problem.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  deleteOrganisation,
  findOrganisation,
  insertOrganisation,
  organisationNameTaken,
  updateOrganisation,
  type OrganisationFields,
} from './organisations.repository.js';

/** Aliases are kept unique, trimmed, and never repeat the official name. */
function cleanFields<T extends OrganisationFields>(fields: T): T {
  const seen = new Set([fields.nameAz.toLowerCase()]);
  const aliases = fields.aliases
    .map((alias) => alias.trim())
    .filter((alias) => alias && !seen.has(alias.toLowerCase()) && seen.add(alias.toLowerCase()));
  return { ...fields, aliases };
}

export async function createOrganisation(tx: Tx, meta: RequestMeta, fields: OrganisationFields) {
  const clean = cleanFields(fields);
  if (await organisationNameTaken(tx, clean.nameAz)) throw new AppError('ORG_NAME_TAKEN');
  const id = await insertOrganisation(tx, clean);
  await recordAudit(tx, meta, { action: 'organisation.create', resource: 'organisation', recordId: id, details: { nameAz: clean.nameAz } });
  return (await findOrganisation(tx, id))!;
}

export async function changeOrganisation(tx: Tx, meta: RequestMeta, id: string, fields: OrganisationFields) {
  const before = await findOrganisation(tx, id);
  if (!before) throw notFound();
  const clean = cleanFields(fields);
  if (await organisationNameTaken(tx, clean.nameAz, id)) throw new AppError('ORG_NAME_TAKEN');
  await updateOrganisation(tx, id, clean);
  const changed = (['nameAz', 'shortName', 'nameRu', 'nameEn', 'kind', 'aliases', 'active'] as const).filter((field) => {
    const previous = { nameAz: before.name_az, shortName: before.short_name, nameRu: before.name_ru, nameEn: before.name_en, kind: before.kind, aliases: before.aliases, active: before.active }[field];
    return clean[field] !== undefined && JSON.stringify(previous) !== JSON.stringify(clean[field]);
  });
  await recordAudit(tx, meta, { action: 'organisation.update', resource: 'organisation', recordId: id, details: { changed } });
  return (await findOrganisation(tx, id))!;
}

export async function removeOrganisation(tx: Tx, meta: RequestMeta, id: string) {
  const existing = await findOrganisation(tx, id);
  if (!existing) throw notFound();
  if ((existing.user_count ?? 0) > 0) throw new AppError('ORG_IN_USE');
  try {
    await deleteOrganisation(tx, id);
  } catch (error) {
    // Anything else that names the body (measures, reports, cases, events, meetings…) keeps it.
    if ((error as { code?: string }).code === '23503') throw new AppError('ORG_IN_USE');
    throw error;
  }
  await recordAudit(tx, meta, { action: 'organisation.delete', resource: 'organisation', recordId: id, details: { nameAz: existing.name_az } });
}
