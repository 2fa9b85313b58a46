import { ROLES, type Role } from '../../../common/src/roles.js';
import { POLICIES } from '../policies/index.js';
import type { Actor, RouteAccess } from '../policies/policy.js';
import type { TestApp } from '../test/test-app.js';
import type { JsonSchema } from './schema-arbitrary.js';

/** A route as the OpenAPI document describes it, joined with its access declaration. */
export interface DescribedRoute {
  method: string;
  /** In Fastify's form, with :params. */
  url: string;
  access: RouteAccess;
  body: JsonSchema | null;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  path: { name: string; schema: JsonSchema }[];
  /** In the OpenAPI document at all. */
  documented: boolean;
}

interface OpenApiOperation {
  parameters?: { in: 'query' | 'path' | 'header'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

/** Every registered route (but HEAD and the OpenAPI document itself), with its published schemas. */
export function describedRoutes(t: TestApp): DescribedRoute[] {
  const openapi = t.app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const operations = new Map<string, OpenApiOperation>();
  for (const [path, methods] of Object.entries(openapi.paths)) {
    for (const [method, operation] of Object.entries(methods)) operations.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, operation);
  }
  return t.routes
    .filter((r) => r.method !== 'HEAD' && r.url !== '/api/openapi.json')
    .map((r) => {
      const operation = operations.get(`${r.method} ${r.url}`);
      const parameters = operation?.parameters ?? [];
      return {
        method: r.method,
        url: r.url,
        access: r.access!,
        body: operation?.requestBody?.content?.['application/json']?.schema ?? null,
        query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: Boolean(p.required), schema: p.schema })),
        path: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })),
        documented: operation !== undefined,
      };
    });
}

/** Roles in the order a route is called as: the one most likely to reach deep into the route's rules first. */
export const ROLE_PREFERENCE: readonly Role[] = ['secretariat', 'agency_focal_point', 'frontline_officer', 'agency_head', 'police_supervisor', 'national_coordinator', 'admin', 'police_investigator', 'shelter_worker', 'hotline_operator', 'ngo_partner', 'oversight_reader'];
if ([...ROLE_PREFERENCE].sort().join() !== [...ROLES].sort().join()) throw new Error('ROLE_PREFERENCE must name every role once');

/** The first role, in order of preference, whose policy allows the route; null for a public route. */
export function roleFor(access: RouteAccess, users: Record<Role, { id: string; organisationId: string; login: string }>): Role | null {
  if ('public' in access) return null;
  const rule = POLICIES[access.resource]?.actions[access.action];
  const actor = (role: Role): Actor => ({ userId: users[role].id, login: users[role].login, organisationId: users[role].organisationId, role, fullName: 'x', mustChangePassword: false, sessionId: 'x' });
  const role = ROLE_PREFERENCE.find((r) => rule?.(actor(r)));
  if (!role) throw new Error(`no role may call ${access.resource}.${access.action}`);
  return role;
}
