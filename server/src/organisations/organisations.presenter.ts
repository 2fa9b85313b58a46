import { abilitiesOf, type Actor } from '../policies/policy.js';
import { organisationsPolicy } from '../policies/organisations.js';
import type { OrganisationRow } from './organisations.repository.js';
import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../../common/src/roles.js';

export const organisationSchema = z.object({
  id: z.string(),
  key: z.string().nullable(),
  nameAz: z.string(),
  shortName: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  aliases: z.array(z.string()),
  active: z.boolean(),
  userCount: z.number(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});

export function presentOrganisation(row: OrganisationRow, actor: Actor): z.infer<typeof organisationSchema> {
  return {
    id: row.id,
    key: row.key,
    nameAz: row.name_az,
    shortName: row.short_name,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    kind: row.kind as z.infer<typeof organisationSchema>['kind'],
    aliases: row.aliases,
    active: row.active,
    userCount: row.user_count ?? 0,
    abilities: {
      update: organisationsPolicy.actions.update(actor),
      delete: organisationsPolicy.actions.delete(actor) && (row.user_count ?? 0) === 0,
    },
  };
}

export function listAbilities(actor: Actor) {
  return abilitiesOf(organisationsPolicy, actor, ['create']);
}
