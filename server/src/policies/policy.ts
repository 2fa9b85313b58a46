import type { Permission, Role } from '../../../common/src/roles.js';
import { hasPermission } from '../../../common/src/roles.js';

/** The authenticated caller, as every policy sees it. */
export interface Actor {
  userId: string;
  login: string;
  fullName: string;
  organisationId: string;
  role: Role;
  mustChangePassword: boolean;
  sessionId: string;
}

/** A named predicate over the caller: "may this actor attempt this action at all". */
export type Rule = (actor: Actor) => boolean;

export interface ResourcePolicy<Action extends string = string> {
  resource: string;
  actions: Record<Action, Rule>;
}

/** What a route declares, once, in its config: the policy action it needs, or that it is public. */
export type RouteAccess = { resource: string; action: string } | { public: true };

export const can = (permission: Permission): Rule => (actor) => hasPermission(actor.role, permission);
export const isAuthenticated: Rule = () => true;
export const hasRole = (...roles: Role[]): Rule => (actor) => roles.includes(actor.role);
export const anyOf = (...rules: Rule[]): Rule => (actor) => rules.some((rule) => rule(actor));

export function definePolicy<Action extends string>(resource: string, actions: Record<Action, Rule>): ResourcePolicy<Action> {
  return { resource, actions };
}

/** Abilities for the client: which of the listed actions this actor may take. */
export function abilitiesOf<Action extends string>(policy: ResourcePolicy<Action>, actor: Actor, actions: readonly Action[]): Record<Action, boolean> {
  return Object.fromEntries(actions.map((action) => [action, policy.actions[action](actor)])) as Record<Action, boolean>;
}
