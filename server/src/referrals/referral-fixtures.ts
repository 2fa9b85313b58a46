import assert from 'node:assert/strict';
import type { Client } from '../test/test-app.js';
import { caseInput } from '../cases/case-factories.js';

/** Consents of a new case: data processing, and sharing with other bodies given (or refused). */
export function consents(sharing: boolean | null = true) {
  return [
    { purpose: 'data_processing', given: true, recordedOn: '2026-03-14' },
    ...(sharing === null ? [] : [{ purpose: 'sharing_with_bodies', given: sharing, recordedOn: '2026-03-14' }]),
  ];
}

/** A new case recorded by `client`, whose person consented to sharing with other bodies unless told otherwise. */
export async function recordCase(client: Client, sharing: boolean | null = true) {
  const response = await client.post('/api/cases', caseInput({ consents: consents(sharing) as never }));
  assert.equal(response.statusCode, 201, response.body);
  return response.json() as { id: string; reference: string };
}

/** A referral as the API takes it: on the person's consent, for the identity and victim parts. */
export function referralTo(toOrgId: string, overrides: Record<string, unknown> = {}) {
  return { toOrgId, parts: ['identity', 'victim'], reason: 'Ehtimal olunan qurban; şəxsiyyətin müəyyən edilməsi lazımdır', sharingBasis: 'consent', ...overrides };
}

export async function refer(client: Client, caseId: string, toOrgId: string, overrides: Record<string, unknown> = {}) {
  const response = await client.post(`/api/cases/${caseId}/referrals`, referralTo(toOrgId, overrides));
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id as string;
}

export const move = (client: Client, referralId: string, status: string, extra: Record<string, unknown> = {}) =>
  client.post(`/api/case-referrals/${referralId}/status`, { status, ...extra });
