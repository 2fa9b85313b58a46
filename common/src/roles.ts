/**
 * Roles and the permissions each carries. One source for the server (authorization) and the
 * web client (labels, navigation). A user holds exactly one role in one organisation.
 */
export const PERMISSIONS = [
  'organisations.read',
  'organisations.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'personal_data.access',
  'plans.read',
  'plans.import',
  'plans.edit',
  'reports.read',
  'reports.write',
  'reports.submit',
  'reports.review',
  'reports.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'national_coordinator',
  'secretariat',
  'agency_focal_point',
  'agency_head',
  'police_investigator',
  'police_supervisor',
  'shelter_worker',
  'hotline_operator',
  'ngo_partner',
  'oversight_reader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

const everyone: Permission[] = ['organisations.read', 'plans.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  national_coordinator: [...everyone, 'users.read', 'audit.read', 'reports.read', 'reports.review'],
  secretariat: [...everyone, 'users.read', 'plans.import', 'plans.edit', 'reports.read', 'reports.review', 'reports.manage'],
  agency_focal_point: [...everyone, 'reports.read', 'reports.write'],
  agency_head: [...everyone, 'users.read', 'reports.read', 'reports.write', 'reports.submit'],
  police_investigator: [...everyone, 'personal_data.access'],
  police_supervisor: [...everyone, 'users.read', 'personal_data.access'],
  shelter_worker: [...everyone, 'personal_data.access'],
  hotline_operator: [...everyone, 'personal_data.access'],
  ngo_partner: [...everyone, 'personal_data.access', 'reports.read', 'reports.write', 'reports.submit'],
  oversight_reader: [...everyone, 'reports.read'],
  admin: [...everyone, 'organisations.manage', 'users.read', 'users.manage', 'audit.read', 'plans.import'],
};

/** Roles whose users must use a second factor: those that can see personal data, and administrators. */
export function requiresSecondFactor(role: Role): boolean {
  return role === 'admin' || ROLE_PERMISSIONS[role].includes('personal_data.access');
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export const ORGANISATION_KINDS = [
  'ministry',
  'state_committee',
  'state_service',
  'agency',
  'court',
  'prosecution',
  'ombudsman',
  'parliament',
  'ngo',
  'international',
  'company',
  'local_authority',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const LOCALES = ['az', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'az';
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
