import assert from 'node:assert/strict';
import { caseInput } from '../cases/case-factories.js';
import type { Client } from '../test/test-app.js';
import { randomSuffix } from '../test/test-database.js';

/** A shelter as the API takes it; tests change what they are about. */
export function shelterInput(operatorOrgId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'shelter',
    name: `Sığınacaq ${randomSuffix()}`,
    operatorOrgId,
    supervisingOrgId: null,
    region: 'baku',
    capacity: { female: 5, male: 2, children: 2 },
    services: ['medical', 'psychological', 'legal_aid'],
    contacts: 'Bakı, Nizami küç. 1; +994 12 000 00 00',
    ...overrides,
  };
}

/** Registers a shelter through the Coordinator's office. */
export async function makeShelter(office: Client, operatorOrgId: string, overrides: Record<string, unknown> = {}) {
  const response = await office.post('/api/shelters', shelterInput(operatorOrgId, overrides));
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id as string;
}

/** A new case whose person agreed to their data being shared with the bodies that help them. */
export function consentedCaseInput(overrides: Parameters<typeof caseInput>[0] & { firstContactOn: string }) {
  const on = overrides.firstContactOn;
  return caseInput({ ...overrides, consents: [{ purpose: 'data_processing', given: true, recordedOn: on }, { purpose: 'sharing_with_bodies', given: true, recordedOn: on }] } as never);
}

/** Refers a case to a body and, unless told otherwise, has that body accept it. */
export async function refer(sender: Client, receiver: Client | null, caseId: string, toOrgId: string, parts = ['identity', 'services', 'safety']) {
  const sent = await sender.post(`/api/cases/${caseId}/referrals`, { toOrgId, parts, reason: 'Sığınacaq lazımdır' });
  assert.equal(sent.statusCode, 201, sent.body);
  const id = sent.json().id as string;
  if (receiver) {
    const accepted = await receiver.post(`/api/case-referrals/${id}/status`, { status: 'accepted' });
    assert.equal(accepted.statusCode, 200, accepted.body);
  }
  return id;
}
