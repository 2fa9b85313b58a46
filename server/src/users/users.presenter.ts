import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/src/roles.js';
import { abilitiesOf, type Actor } from '../policies/policy.js';
import { usersPolicy } from '../policies/users.js';
import type { UserRow } from './users.repository.js';

export const userSchema = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  active: z.boolean(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  organisation: z.object({ id: z.string(), shortName: z.string(), nameAz: z.string(), nameRu: z.string(), nameEn: z.string() }),
  abilities: z.object({ update: z.boolean(), resetCredentials: z.boolean() }),
});

export type PresentedUser = z.infer<typeof userSchema>;

export function presentUser(row: UserRow, actor: Actor): PresentedUser {
  const locked = row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null;
  return {
    id: row.id,
    login: row.login,
    fullName: row.full_name,
    email: row.email,
    role: row.role as PresentedUser['role'],
    locale: row.locale as PresentedUser['locale'],
    active: row.active,
    totpEnabled: row.totp_enabled,
    mustChangePassword: row.must_change_password,
    lockedUntil: locked,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    organisation: {
      id: row.organisation_id,
      shortName: row.organisation_short_name,
      nameAz: row.organisation_name_az,
      nameRu: row.organisation_name_ru,
      nameEn: row.organisation_name_en,
    },
    abilities: abilitiesOf(usersPolicy, actor, ['update', 'resetCredentials']),
  };
}
