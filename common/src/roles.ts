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
  'cases.read',
  'cases.create',
  'cases.search',
  'cases.emergency',
  'statistics.read',
  'statistics.export',
  'shelters.read',
  'shelters.manage',
  'shelters.inspect',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'national_coordinator',
  'secretariat',
  'agency_focal_point',
  'agency_head',
  'frontline_officer',
  'police_investigator',
  'police_supervisor',
  'shelter_worker',
  'hotline_operator',
  'ngo_partner',
  'oversight_reader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

const everyone: Permission[] = ['organisations.read', 'plans.read', 'statistics.read'];
/** Roles that keep victims' records: they create cases and search the unified database for a minimal summary. */
const caseWork: Permission[] = ['personal_data.access', 'cases.read', 'cases.create', 'cases.search'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The Coordinator's office keeps the registry of shelters; the shelter's own body keeps its entry up to date.
  national_coordinator: [...everyone, 'users.read', 'audit.read', 'reports.read', 'reports.review', 'statistics.export', 'shelters.read', 'shelters.manage'],
  secretariat: [...everyone, 'users.read', 'plans.import', 'plans.edit', 'reports.read', 'reports.review', 'reports.manage', 'statistics.export', 'shelters.read', 'shelters.manage'],
  agency_focal_point: [...everyone, 'reports.read', 'reports.write'],
  // The head of a ministry that supervises shelters inspects them against the minimum standards.
  agency_head: [...everyone, 'users.read', 'reports.read', 'reports.write', 'reports.submit', 'shelters.read', 'shelters.inspect'],
  frontline_officer: [...everyone, ...caseWork, 'shelters.read'],
  police_investigator: [...everyone, ...caseWork, 'shelters.read'],
  police_supervisor: [...everyone, 'users.read', ...caseWork, 'cases.emergency', 'statistics.export', 'shelters.read'],
  shelter_worker: [...everyone, ...caseWork, 'shelters.read'],
  hotline_operator: [...everyone, ...caseWork, 'shelters.read'],
  ngo_partner: [...everyone, ...caseWork, 'reports.read', 'reports.write', 'reports.submit', 'shelters.read'],
  oversight_reader: [...everyone, 'reports.read', 'shelters.read', 'shelters.inspect'],
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
