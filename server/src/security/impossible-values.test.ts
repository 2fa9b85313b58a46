/**
 * Values that fit a field's pattern but not the database: days that do not exist, and numbers
 * beyond the columns they are compared with. Found by the fuzzing as internal errors; each must
 * be a validation failure at its field, and nothing may be stored.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../test/test-app.js';
import { assertProblem } from './responses.js';
import { buildWorld } from './world.js';

const t = await createTestApp();
const world = await buildWorld(t);
const { as } = world;
const IMPOSSIBLE_DAYS = ['2022-02-30', '2023-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '0000-01-01'];

const activity = (dateFrom: string) => ({ kind: 'training', title: 'Seminar', dateFrom, dateTo: null, place: null, participants: null, women: null, men: null, partners: [] });

describe('days that do not exist are refused at their field', () => {
  test('the due day of a reporting period', async () => {
    for (const [i, dueOn] of IMPOSSIBLE_DAYS.entries()) {
      const response = await as.secretariat.post('/api/report-periods', { planId: world.planId, kind: 'year', year: 2010 + i, dueOn });
      assertProblem(response, 400, 'VALIDATION_FAILED');
      assert.equal(response.json().errors[0].path, 'dueOn');
    }
  });

  test('the days of an activity in a report entry', async () => {
    for (const day of IMPOSSIBLE_DAYS) {
      const response = await as.agency_focal_point.put(`/api/report-entries/${world.entryIds[0]}`, { revision: 0, status: 'in_progress', narrative: '', activities: [activity(day)], figures: [], needs: [] });
      assertProblem(response, 400, 'VALIDATION_FAILED');
    }
    assert.equal((await as.agency_focal_point.get(`/api/report-entries/${world.entryIds[0]}`)).json().activities.length, 0);
  });

  test('the period of a measure', async () => {
    for (const from of IMPOSSIBLE_DAYS) {
      const response = await as.secretariat.put(`/api/measures/${world.measureIds[0]}`, { text: 'Mətn', period: { kind: 'range', from, to: null, text: 'x' }, participants: [], reason: 'Sınaq' });
      assertProblem(response, 400, 'VALIDATION_FAILED');
    }
  });

  test('the days of the audit trail filter', async () => {
    for (const day of IMPOSSIBLE_DAYS) assertProblem(await as.national_coordinator.get(`/api/audit?from=${day}&to=${day}`), 400, 'VALIDATION_FAILED');
  });

  test('the year 0 in a case and a meeting', async () => {
    assertProblem(await as.frontline_officer.put(`/api/cases/${world.caseId}`, { revision: 1, status: 'active', identificationChannel: 'police', firstContactOn: '0000-01-01' }), 400, 'VALIDATION_FAILED');
    assertProblem(await as.secretariat.post('/api/meetings', { kind: 'commission', title: 'İclas', heldOn: '0000-06-01', startsAt: '10:00' }), 400, 'VALIDATION_FAILED');
  });

  test('a leap day and the ends of the calendar are days', async () => {
    assert.equal((await as.secretariat.post('/api/meetings', { kind: 'commission', title: 'İclas', heldOn: '2024-02-29', startsAt: '10:00' })).statusCode, 201);
    assert.equal((await as.national_coordinator.get('/api/audit?from=0001-01-01&to=9999-12-31')).statusCode, 200);
  });
});

describe('numbers beyond the database’s integers are refused', () => {
  test('a revision past 2³¹ − 1, which no record can have, is a validation failure, not an internal error', async () => {
    const meeting = (await as.secretariat.post('/api/meetings', { kind: 'commission', title: 'İclas', heldOn: '2026-03-12', startsAt: '10:00' })).json();
    for (const revision of [2 ** 31, 2 ** 53 - 1]) {
      assertProblem(await as.agency_focal_point.put(`/api/report-entries/${world.entryIds[1]}`, { revision, status: 'in_progress', narrative: 'x', activities: [], figures: [], needs: [] }), 400, 'VALIDATION_FAILED');
      assertProblem(await as.frontline_officer.put(`/api/cases/${world.caseId}`, { revision, status: 'active', identificationChannel: 'police', firstContactOn: '2026-01-10' }), 400, 'VALIDATION_FAILED');
      assertProblem(await as.frontline_officer.put(`/api/cases/${world.caseId}/victim`, { revision, victim: { traffickingStatus: 'presumed' } }), 400, 'VALIDATION_FAILED');
      assertProblem(await as.secretariat.put(`/api/meetings/${meeting.id}/minutes`, { revision, minutes: 'Protokol' }), 400, 'VALIDATION_FAILED');
    }
    assert.equal((await as.agency_focal_point.get(`/api/report-entries/${world.entryIds[1]}`)).json().revision, 0, 'nothing was saved');
    assertProblem(await as.agency_focal_point.put(`/api/report-entries/${world.entryIds[1]}`, { revision: 2 ** 31 - 1, status: 'in_progress', narrative: 'x', activities: [], figures: [], needs: [] }), 409, 'REPORT_CONFLICT');
  });
});
