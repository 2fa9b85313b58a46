import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROLES, type Role } from '../../../common/src/roles.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { POLICIES } from './index.js';

type Allowed = 'public' | 'everyone' | readonly Role[];
interface MatrixRow {
  allow: Allowed;
  /** Query string the route requires. */
  query?: string;
  /** A valid request, so that the answer reflects authorization and not validation. */
  payload?: (ids: Ids) => unknown;
}
interface Ids {
  organisationId: string;
  userId: string;
}

const ID = ':id';
const userReaders = ['national_coordinator', 'secretariat', 'agency_head', 'police_supervisor', 'admin'] as const;
const planImporters = ['secretariat', 'admin'] as const;
const reportReaders = ['national_coordinator', 'secretariat', 'agency_focal_point', 'agency_head', 'ngo_partner', 'oversight_reader'] as const;
const reportWriters = ['agency_focal_point', 'agency_head', 'ngo_partner'] as const;
const reportReviewers = ['national_coordinator', 'secretariat'] as const;
const eventWriters = ['national_coordinator', 'secretariat', 'agency_focal_point', 'agency_head', 'ngo_partner'] as const;
const anEvent = () => ({
  kind: 'training', title: 'Təlim', dateFrom: '2026-03-12', dateTo: null, place: null, participants: 10, women: 5, men: 5, partners: [], measureIds: [],
  audiences: ['police'], participantGroups: [], materials: [], languages: ['az'], reach: null, assessment: null, notes: '',
});
const aSupport = () => ({ kind: 'financial', description: 'Qrant', amount: 1000, currency: 'AZN', startsOn: null, endsOn: null, organisationIds: [], measureIds: [] });
const caseWorkers = ['frontline_officer', 'police_investigator', 'police_supervisor', 'shelter_worker', 'hotline_operator', 'ngo_partner'] as const;
const statisticsExporters = ['national_coordinator', 'secretariat', 'police_supervisor'] as const;
const meetingParticipants = ROLES.filter((role) => role !== 'admin');
const meetingOffice = ['national_coordinator', 'secretariat'] as const;
const aMeeting = () => ({ kind: 'commission', title: 'İclas', heldOn: '2026-03-12', startsAt: '10:00' });
const indicatorOffice = ['national_coordinator', 'secretariat'] as const;
const hotlineOperators = ['hotline_operator'] as const;
const aContact = () => ({ startedAt: new Date().toISOString(), channel: 'phone', callerType: 'anonymous', category: 'trafficking_tip' });
const shelterReaders = ROLES.filter((role) => role !== 'admin' && role !== 'agency_focal_point');
const shelterOffice = ['national_coordinator', 'secretariat'] as const;
const shelterInspectors = ['agency_head', 'oversight_reader'] as const;
const shelterKeepers = [...shelterOffice, ...shelterInspectors, 'shelter_worker', 'ngo_partner'] as const;
const aShelter = (operatorOrgId: string) => ({ kind: 'shelter', name: `Sığınacaq ${Math.random()}`, operatorOrgId, region: 'baku', capacity: { female: 5, male: 0, children: 2 } });
const aCase = () => ({
  identificationChannel: 'police', firstContactOn: '2026-01-10',
  person: { names: ['Sınaq Şəxs'], sex: 'female', birthDate: '1990-01-01' },
  victim: { traffickingStatus: 'presumed' },
});

/** Every route and who may use it, spelled out. A new route must be added here or the meta-test fails. */
const MATRIX: Record<string, MatrixRow> = {
  'GET /healthz': { allow: 'public' },
  'GET /readyz': { allow: 'public' },
  'GET /api/openapi.json': { allow: 'public' },
  'POST /api/auth/login': { allow: 'public' },
  'POST /api/auth/totp': { allow: 'public' },
  'POST /api/auth/totp/enrol': { allow: 'public' },
  'POST /api/auth/logout': { allow: 'everyone' },
  'POST /api/auth/logout-all': { allow: 'everyone' },
  'GET /api/session': { allow: 'everyone' },
  'PUT /api/account/password': { allow: 'everyone', payload: () => ({ currentPassword: 'x', newPassword: 'y' }) },
  'PUT /api/account/locale': { allow: 'everyone', payload: () => ({ locale: 'en' }) },
  'POST /api/account/totp/setup': { allow: 'everyone' },
  'POST /api/account/totp/confirm': { allow: 'everyone', payload: () => ({ code: '123456' }) },
  'DELETE /api/account/totp': { allow: 'everyone', payload: () => ({ password: 'x' }) },
  'GET /api/notifications': { allow: 'everyone' },
  'POST /api/notifications/read': { allow: 'everyone', payload: () => ({}) },
  'GET /api/organisations': { allow: 'everyone' },
  [`GET /api/organisations/${ID}`]: { allow: 'everyone' },
  'POST /api/organisations': { allow: ['admin'], payload: () => ({ nameAz: `Yeni qurum ${Math.random()}`, shortName: 'YQ', kind: 'ngo' }) },
  [`PUT /api/organisations/${ID}`]: { allow: ['admin'], payload: () => ({ nameAz: `Dəyişdirilmiş ${Math.random()}`, shortName: 'DQ', kind: 'ngo' }) },
  [`DELETE /api/organisations/${ID}`]: { allow: ['admin'] },
  'GET /api/users': { allow: userReaders },
  [`GET /api/users/${ID}`]: { allow: userReaders },
  'POST /api/users': {
    allow: ['admin'],
    payload: ({ organisationId }) => ({ login: `yeni.${Math.random().toString(36).slice(2, 8)}`, fullName: 'Yeni İstifadəçi', organisationId, role: 'agency_focal_point', password: 'Uzun-Parol-2026!' }),
  },
  [`PUT /api/users/${ID}`]: { allow: ['admin'], payload: ({ organisationId }) => ({ fullName: 'Dəyişən Ad', organisationId, role: 'agency_focal_point', active: true }) },
  [`POST /api/users/${ID}/password`]: { allow: ['admin'], payload: () => ({ password: 'Başqa-Parol-2026!' }) },
  [`POST /api/users/${ID}/unlock`]: { allow: ['admin'] },
  [`POST /api/users/${ID}/reset-totp`]: { allow: ['admin'] },
  'GET /api/audit': { allow: ['national_coordinator', 'admin'] },
  'GET /api/plans': { allow: 'everyone' },
  [`GET /api/plans/${ID}`]: { allow: 'everyone' },
  [`DELETE /api/plans/${ID}`]: { allow: planImporters },
  [`GET /api/plans/${ID}/export.docx`]: { allow: 'everyone' },
  [`GET /api/plans/${ID}/export.xlsx`]: { allow: 'everyone' },
  'GET /api/plans/unmatched-names': { allow: ['admin'] },
  'POST /api/plans/name-mappings': { allow: ['admin'], payload: ({ organisationId }) => ({ name: 'Naməlum Qurum', organisationId }) },
  'GET /api/measures': { allow: 'everyone' },
  [`GET /api/measures/${ID}`]: { allow: 'everyone' },
  [`PUT /api/measures/${ID}`]: { allow: ['secretariat'], payload: () => ({ text: 'Mətn', period: null, participants: [], reason: 'Yoxlama' }) },
  [`POST /api/measures/${ID}/variants/:variantId`]: { allow: ['secretariat'], payload: () => ({ choice: 'keep' }) },
  [`POST /api/measures/${ID}/continues`]: { allow: ['secretariat'], payload: ({ organisationId }) => ({ measureId: organisationId }) },
  [`DELETE /api/measures/${ID}/continues/:otherId`]: { allow: ['secretariat'] },
  'POST /api/plan-imports': { allow: planImporters, query: '?fileName=plan.txt' },
  [`POST /api/plan-imports/${ID}/confirm`]: { allow: planImporters, payload: () => ({ wording: {} }) },
  [`DELETE /api/plan-imports/${ID}`]: { allow: planImporters },
  'GET /api/report-periods': { allow: reportReaders },
  'POST /api/report-periods': { allow: ['secretariat'], payload: ({ organisationId }) => ({ planId: organisationId, kind: 'year', year: 2021, dueOn: '2022-01-31' }) },
  [`GET /api/report-periods/${ID}`]: { allow: reportReaders },
  [`POST /api/report-periods/${ID}/close`]: { allow: ['secretariat'] },
  'GET /api/report-entries': { allow: reportReaders },
  [`GET /api/report-entries/${ID}`]: { allow: reportReaders },
  [`PUT /api/report-entries/${ID}`]: { allow: reportWriters, payload: () => ({ revision: 0, status: 'in_progress', narrative: 'Mətn', activities: [], figures: [], needs: [] }) },
  [`POST /api/report-entries/${ID}/submit`]: { allow: ['agency_head', 'ngo_partner'] },
  [`POST /api/report-entries/${ID}/review`]: { allow: reportReviewers, payload: () => ({ decision: 'accept' }) },
  [`POST /api/report-entries/${ID}/reopen`]: { allow: reportReviewers, payload: () => ({ comment: 'Səbəb' }) },
  'POST /api/report-imports': { allow: reportWriters, query: `?periodId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}&fileName=r.txt` },
  'POST /api/report-imports/attach': { allow: reportWriters, query: `?periodId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}&entryId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}&fileName=r.pdf` },
  [`POST /api/report-entries/${ID}/attachments`]: { allow: reportWriters, query: '?fileName=a.pdf' },
  [`GET /api/report-entries/${ID}/attachments/:attachmentId`]: { allow: reportReaders },
  [`DELETE /api/report-entries/${ID}/attachments/:attachmentId`]: { allow: reportWriters },
  'POST /api/report-imports/apply': { allow: reportWriters, payload: ({ userId }) => ({ periodId: userId, items: [{ entryId: userId, narrative: 'x', activities: [], figures: [] }] }) },
  [`GET /api/report-periods/${ID}/dashboard`]: { allow: ['national_coordinator', 'secretariat'] },
  [`GET /api/report-periods/${ID}/needs`]: { allow: ['national_coordinator', 'secretariat'] },
  [`GET /api/report-periods/${ID}/report.docx`]: { allow: ['national_coordinator', 'secretariat', 'oversight_reader'] },
  [`GET /api/report-periods/${ID}/report.xlsx`]: { allow: ['national_coordinator', 'secretariat', 'oversight_reader'] },
  [`GET /api/report-periods/${ID}/report.pdf`]: { allow: ['national_coordinator', 'secretariat', 'oversight_reader'] },
  'GET /api/events': { allow: 'everyone' },
  'GET /api/events/totals': { allow: 'everyone', query: '?year=2026&audience=police' },
  'GET /api/events/linkable': { allow: reportWriters, query: '?year=2026' },
  [`GET /api/events/${ID}`]: { allow: 'everyone' },
  'POST /api/events': { allow: eventWriters, payload: anEvent },
  [`PUT /api/events/${ID}`]: { allow: eventWriters, payload: () => ({ revision: 0, ...anEvent() }) },
  [`DELETE /api/events/${ID}`]: { allow: eventWriters },
  [`POST /api/events/${ID}/evaluations`]: { allow: 'everyone', payload: () => ({ respondent: 'participant', relevance: 5, clarity: 4, organisation: 4, usefulness: 5, comment: '' }) },
  [`DELETE /api/events/${ID}/evaluations/:evaluationId`]: { allow: eventWriters },
  'GET /api/donors': { allow: reportReaders },
  'POST /api/donors': { allow: reportReviewers, payload: () => ({ name: `Donor ${Math.random()}`, kind: 'foundation', country: null, website: null, notes: '' }) },
  [`GET /api/donors/${ID}`]: { allow: reportReaders },
  [`PUT /api/donors/${ID}`]: { allow: reportReviewers, payload: () => ({ name: `Donor ${Math.random()}`, kind: 'embassy', country: 'DE', website: null, notes: '' }) },
  [`DELETE /api/donors/${ID}`]: { allow: reportReviewers },
  [`POST /api/donors/${ID}/supports`]: { allow: reportReviewers, payload: aSupport },
  [`PUT /api/supports/${ID}`]: { allow: reportReviewers, payload: aSupport },
  [`DELETE /api/supports/${ID}`]: { allow: reportReviewers },
  'GET /api/resources': { allow: reportReaders, query: `?periodId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}` },
  'POST /api/resources/matches': { allow: reportReviewers, payload: ({ userId }) => ({ entryId: userId, position: 0, supportId: userId, note: '' }) },
  [`DELETE /api/resources/matches/${ID}`]: { allow: reportReviewers },
  'GET /api/cases': { allow: caseWorkers },
  'POST /api/cases': { allow: caseWorkers, payload: aCase },
  [`GET /api/cases/${ID}`]: { allow: caseWorkers },
  [`PUT /api/cases/${ID}`]: { allow: caseWorkers, payload: () => ({ revision: 1, status: 'active', identificationChannel: 'police', firstContactOn: '2026-01-10' }) },
  [`PUT /api/cases/${ID}/person`]: { allow: caseWorkers, payload: () => ({ revision: 1, person: aCase().person }) },
  [`PUT /api/cases/${ID}/victim`]: { allow: caseWorkers, payload: () => ({ revision: 1, victim: aCase().victim }) },
  [`POST /api/cases/${ID}/notes`]: { allow: caseWorkers, payload: () => ({ part: 'victim', body: 'Qeyd' }) },
  [`POST /api/cases/${ID}/consents`]: { allow: caseWorkers, payload: () => ({ purpose: 'assistance', given: true, recordedOn: '2026-01-10' }) },
  [`POST /api/cases/${ID}/assessments`]: { allow: caseWorkers, payload: () => ({ kind: 'risk', assessedOn: '2026-01-10', level: 'high', body: 'Qiymət' }) },
  [`POST /api/cases/${ID}/perpetrators`]: { allow: caseWorkers, payload: () => ({ roles: ['Exploiter'] }) },
  [`POST /api/cases/${ID}/proceedings`]: { allow: caseWorkers, payload: () => ({ number: '1', article: '144-1', stage: 'trial' }) },
  [`PUT /api/cases/${ID}/proceedings/:proceedingId`]: { allow: caseWorkers, payload: () => ({ number: '1', article: '144-1', stage: 'trial', revision: 1 }) },
  [`POST /api/cases/${ID}/referrals`]: { allow: caseWorkers, payload: ({ organisationId }) => ({ toOrgId: organisationId, parts: ['identity'], reason: 'Səbəb', urgency: 'urgent', services: ['legal_aid'], sharingBasis: 'consent' }) },
  [`POST /api/cases/${ID}/documents`]: { allow: caseWorkers, query: '?fileName=a.pdf&part=identity' },
  [`GET /api/cases/${ID}/documents/:documentId`]: { allow: caseWorkers },
  [`POST /api/case-referrals/${ID}/status`]: { allow: caseWorkers, payload: () => ({ status: 'accepted' }) },
  [`GET /api/cases/${ID}/referrals`]: { allow: caseWorkers },
  'GET /api/referrals': { allow: caseWorkers, query: '?box=incoming&status=sent' },
  [`GET /api/cases/${ID}/timeline`]: { allow: caseWorkers },
  'GET /api/tasks': { allow: 'everyone' },
  'GET /api/case-search': { allow: caseWorkers, query: '?name=Aysel' },
  [`POST /api/cases/${ID}/access-requests`]: { allow: caseWorkers, payload: () => ({ reason: 'Səbəb' }) },
  [`POST /api/cases/${ID}/emergency-access`]: { allow: ['police_supervisor'], payload: () => ({ reason: 'Həyati təhlükə var' }) },
  'GET /api/case-access': { allow: caseWorkers },
  [`POST /api/case-access/${ID}/decision`]: { allow: caseWorkers, payload: () => ({ decision: 'granted' }) },
  [`POST /api/case-access/${ID}/review`]: { allow: caseWorkers },
  [`GET /api/cases/${ID}/access-log`]: { allow: caseWorkers },
  [`GET /api/cases/${ID}/duplicates`]: { allow: caseWorkers },
  [`POST /api/cases/${ID}/duplicates/refresh`]: { allow: caseWorkers },
  [`POST /api/cases/${ID}/duplicates/:personId`]: { allow: caseWorkers, payload: () => ({ decision: 'dismiss' }) },
  [`POST /api/cases/${ID}/merges/:mergeId/undo`]: { allow: caseWorkers },
  'GET /api/hotline/console': { allow: hotlineOperators },
  'GET /api/hotline/contacts': { allow: hotlineOperators },
  'POST /api/hotline/contacts': { allow: hotlineOperators, payload: aContact },
  [`GET /api/hotline/contacts/${ID}`]: { allow: caseWorkers },
  [`PUT /api/hotline/contacts/${ID}`]: { allow: hotlineOperators, payload: () => ({ ...aContact(), revision: 1 }) },
  [`POST /api/hotline/contacts/${ID}/referral`]: { allow: hotlineOperators, payload: ({ organisationId }) => ({ revision: 1, toOrgId: organisationId, parts: ['identity'], reason: 'Səbəb' }) },
  'POST /api/hotline/known-caller': { allow: hotlineOperators, payload: () => ({ phone: '050 123 45 67' }) },
  'GET /api/hotline/callbacks': { allow: hotlineOperators },
  [`POST /api/hotline/contacts/${ID}/callbacks`]: { allow: hotlineOperators, payload: () => ({ dueAt: new Date(Date.now() + 3_600_000).toISOString() }) },
  [`POST /api/hotline/callbacks/${ID}/status`]: { allow: hotlineOperators, payload: () => ({ status: 'done' }) },
  'GET /api/hotline/handover': { allow: hotlineOperators },
  'GET /api/hotline/metrics': { allow: hotlineOperators },
  [`GET /api/cases/${ID}/hotline-contacts`]: { allow: caseWorkers },
  'GET /api/statistics/cases': { allow: 'everyone', query: '?from=2024&to=2026' },
  'GET /api/statistics/proceedings': { allow: 'everyone', query: '?from=2024&to=2026' },
  'GET /api/statistics/export.csv': { allow: statisticsExporters, query: '?k=11' },
  'GET /api/statistics/export-report': { allow: statisticsExporters, query: '?k=11' },
  'GET /api/meetings': { allow: meetingParticipants },
  'POST /api/meetings': { allow: meetingOffice, payload: aMeeting },
  [`GET /api/meetings/${ID}`]: { allow: meetingParticipants },
  [`PUT /api/meetings/${ID}`]: { allow: meetingOffice, payload: () => ({ revision: 0, ...aMeeting() }) },
  [`PUT /api/meetings/${ID}/participants`]: { allow: meetingOffice, payload: () => ({ revision: 0, bodies: [], persons: [] }) },
  [`PUT /api/meetings/${ID}/agenda`]: { allow: meetingOffice, payload: () => ({ revision: 0, items: [] }) },
  [`PUT /api/meetings/${ID}/minutes`]: { allow: meetingOffice, payload: () => ({ revision: 0, minutes: 'Protokol' }) },
  [`DELETE /api/meetings/${ID}`]: { allow: meetingOffice },
  [`GET /api/meetings/${ID}/minutes.docx`]: { allow: meetingParticipants },
  [`POST /api/meetings/${ID}/decisions`]: { allow: meetingOffice, payload: () => ({ text: 'Qərar' }) },
  [`PUT /api/meeting-decisions/${ID}`]: { allow: meetingOffice, payload: () => ({ text: 'Qərar' }) },
  [`DELETE /api/meeting-decisions/${ID}`]: { allow: meetingOffice },
  [`POST /api/meeting-decisions/${ID}/action-items`]: { allow: meetingOffice, payload: ({ organisationId }) => ({ organisationId, dueOn: '2026-06-30' }) },
  'GET /api/action-items': { allow: meetingParticipants },
  'GET /api/action-items/overdue': { allow: meetingOffice },
  [`PUT /api/action-items/${ID}/progress`]: { allow: meetingParticipants, payload: () => ({ revision: 0, status: 'done', note: 'İcra edilib' }) },
  [`PUT /api/action-items/${ID}`]: { allow: meetingOffice, payload: ({ organisationId }) => ({ revision: 0, organisationId, dueOn: '2026-06-30', status: 'open' }) },
  [`DELETE /api/action-items/${ID}`]: { allow: meetingOffice },
  'GET /api/indicator-framework': { allow: indicatorOffice },
  'POST /api/indicator-areas': { allow: indicatorOffice, payload: () => ({ code: `9.${Math.floor(Math.random() * 99)}.${Math.floor(Math.random() * 99)}`, title: 'Sahə', needsImprovement: null }) },
  [`PUT /api/indicator-areas/${ID}`]: { allow: indicatorOffice, payload: () => ({ code: '9.9', title: 'Sahə', needsImprovement: null }) },
  [`POST /api/indicator-areas/${ID}/indicators`]: { allow: indicatorOffice, payload: () => ({ kind: 'framework', level: 1, text: 'İndikator', needsImprovement: null }) },
  [`PUT /api/indicators/${ID}`]: { allow: indicatorOffice, payload: () => ({ text: 'İndikator', needsImprovement: true }) },
  [`DELETE /api/indicators/${ID}`]: { allow: indicatorOffice },
  'GET /api/assessment-cycles': { allow: 'everyone' },
  'POST /api/assessment-cycles': { allow: indicatorOffice, payload: () => ({ title: `Qiymətləndirmə ${Math.random()}`, year: 2024 }) },
  [`GET /api/assessment-cycles/${ID}`]: { allow: 'everyone' },
  [`PUT /api/assessment-cycles/${ID}`]: { allow: indicatorOffice, payload: () => ({ title: 'Qiymətləndirmə', year: null }) },
  [`POST /api/assessment-cycles/${ID}/publish`]: { allow: indicatorOffice },
  [`POST /api/assessment-cycles/${ID}/unpublish`]: { allow: indicatorOffice },
  [`GET /api/assessment-cycles/${ID}/indicators/:indicatorId`]: { allow: 'everyone' },
  [`PUT /api/assessment-cycles/${ID}/indicators/:indicatorId`]: { allow: indicatorOffice, payload: () => ({ rating: 'met', revision: null }) },
  'GET /api/assessment-comparison': { allow: 'everyone' },
  'GET /api/recommendations': { allow: indicatorOffice },
  [`GET /api/recommendations/${ID}`]: { allow: indicatorOffice },
  'POST /api/recommendations': { allow: indicatorOffice, payload: () => ({ sourceKind: 'greta', source: 'GRETA 2014', code: null, text: 'Tövsiyə' }) },
  [`PUT /api/recommendations/${ID}`]: { allow: indicatorOffice, payload: () => ({ sourceKind: 'greta', source: 'GRETA 2014', code: null, text: 'Tövsiyə' }) },
  [`DELETE /api/recommendations/${ID}`]: { allow: indicatorOffice },
  'GET /api/draft-plans': { allow: indicatorOffice },
  'GET /api/draft-plans/candidates': { allow: indicatorOffice },
  'POST /api/draft-plans': { allow: indicatorOffice, payload: () => ({ planId: null }) },
  [`GET /api/draft-plans/${ID}`]: { allow: indicatorOffice },
  [`PUT /api/draft-plans/${ID}`]: { allow: indicatorOffice, payload: () => ({ title: 'Layihə', periodFrom: null, periodTo: null }) },
  [`DELETE /api/draft-plans/${ID}`]: { allow: indicatorOffice },
  [`POST /api/draft-plans/${ID}/items`]: { allow: indicatorOffice, payload: ({ organisationId }) => ({ sectionId: organisationId, text: 'Tədbir' }) },
  [`PUT /api/draft-plans/${ID}/items/:itemId`]: { allow: indicatorOffice, payload: ({ organisationId }) => ({ sectionId: organisationId, text: 'Tədbir' }) },
  [`POST /api/draft-plans/${ID}/items/:itemId/move`]: { allow: indicatorOffice, payload: () => ({ direction: 'up' }) },
  [`DELETE /api/draft-plans/${ID}/items/:itemId`]: { allow: indicatorOffice },
  [`GET /api/draft-plans/${ID}/export.docx`]: { allow: indicatorOffice },
  'GET /api/shelters': { allow: shelterReaders },
  'POST /api/shelters': { allow: shelterOffice, payload: ({ organisationId }) => aShelter(organisationId) },
  [`GET /api/shelters/${ID}`]: { allow: shelterReaders },
  [`PUT /api/shelters/${ID}`]: { allow: [...shelterOffice, 'shelter_worker', 'ngo_partner'], payload: ({ organisationId }) => ({ revision: 1, ...aShelter(organisationId) }) },
  [`GET /api/shelters/${ID}/residents`]: { allow: ['shelter_worker', 'ngo_partner'] },
  [`GET /api/shelters/${ID}/inspections`]: { allow: shelterKeepers },
  [`POST /api/shelters/${ID}/inspections`]: { allow: shelterInspectors, payload: () => ({ inspectedOn: '2026-01-10', results: [] }) },
  [`PUT /api/inspection-actions/${ID}`]: { allow: shelterKeepers, payload: () => ({ revision: 1, status: 'done' }) },
  'GET /api/shelter-checklist': { allow: shelterKeepers },
  'POST /api/shelter-checklist': { allow: shelterOffice, payload: () => ({ textAz: 'Yoxlama bəndi' }) },
  [`PUT /api/shelter-checklist/${ID}`]: { allow: shelterOffice, payload: () => ({ textAz: 'Yoxlama bəndi' }) },
  [`GET /api/cases/${ID}/placements`]: { allow: caseWorkers },
  [`POST /api/cases/${ID}/placements`]: { allow: caseWorkers, payload: ({ organisationId }) => ({ shelterId: organisationId, enteredOn: '2026-01-10', reason: 'Səbəb' }) },
  [`POST /api/placements/${ID}/exit`]: { allow: caseWorkers, payload: () => ({ exitedOn: '2026-01-10', reason: 'returned_home' }) },
  [`POST /api/placements/${ID}/transfer`]: { allow: caseWorkers, payload: ({ organisationId }) => ({ shelterId: organisationId, on: '2026-01-10', reason: 'Səbəb' }) },
  [`GET /api/cases/${ID}/care`]: { allow: caseWorkers },
  [`POST /api/cases/${ID}/services`]: { allow: caseWorkers, payload: () => ({ kind: 'medical', requestedOn: '2026-01-10' }) },
  [`PUT /api/case-services/${ID}`]: { allow: caseWorkers, payload: () => ({ revision: 1, status: 'requested' }) },
  [`PUT /api/cases/${ID}/care-plan`]: { allow: caseWorkers, payload: ({ organisationId }) => ({ status: 'active', startedOn: '2026-01-10', responsibleOrgId: organisationId }) },
  [`POST /api/cases/${ID}/care-plan/goals`]: { allow: caseWorkers, payload: () => ({ area: 'housing', text: 'Məqsəd' }) },
  [`PUT /api/care-plan-goals/${ID}`]: { allow: caseWorkers, payload: () => ({ area: 'housing', text: 'Məqsəd', revision: 1 }) },
  [`POST /api/cases/${ID}/care-plan/reviews`]: { allow: caseWorkers, payload: () => ({ heldOn: '2026-01-10', summary: 'Baxış' }) },
  [`GET /api/cases/${ID}/identification`]: { allow: caseWorkers },
  [`POST /api/cases/${ID}/identifications`]: { allow: caseWorkers, payload: ({ organisationId }) => ({ checklistId: organisationId, decision: 'identified', decidedOn: '2026-01-10' }) },
  [`GET /api/identification-checklists/${ID}`]: { allow: caseWorkers },
  'GET /api/identification-checklists': { allow: caseWorkers },
  [`GET /api/cases/${ID}/child-protection`]: { allow: caseWorkers },
  [`PUT /api/cases/${ID}/child-protection`]: { allow: caseWorkers, payload: () => ({ guardianName: 'Qəyyum', guardianRelation: 'relative' }) },
  [`POST /api/cases/${ID}/best-interests-assessments`]: { allow: caseWorkers, payload: () => ({ assessedOn: '2026-01-10', assessedBy: 'Komanda', summary: 'Xülasə', recommendation: 'stay_in_shelter' }) },
  [`GET /api/cases/${ID}/repatriations`]: { allow: caseWorkers },
  [`POST /api/cases/${ID}/repatriations`]: { allow: caseWorkers, payload: () => ({ direction: 'to_azerbaijan', country: 'TR', openedOn: '2026-01-10' }) },
  [`PUT /api/repatriation-steps/${ID}`]: { allow: caseWorkers, payload: () => ({ revision: 1, plannedOn: '2026-01-12' }) },
  [`POST /api/repatriations/${ID}/cancel`]: { allow: caseWorkers, payload: () => ({ revision: 1, cancelledOn: '2026-01-10', reason: 'Səbəb' }) },
  [`GET /api/cases/${ID}/compensation`]: { allow: caseWorkers },
  [`POST /api/cases/${ID}/compensation-claims`]: { allow: caseWorkers, payload: () => ({ source: 'assistance_fund', claimedOn: '2026-01-10', amountClaimed: '1500.00' }) },
  [`PUT /api/compensation-claims/${ID}/decision`]: { allow: caseWorkers, payload: () => ({ revision: 1, decision: 'awarded', decidedOn: '2026-01-10', amountAwarded: '1500.00' }) },
  [`POST /api/compensation-claims/${ID}/payments`]: { allow: caseWorkers, payload: () => ({ paidOn: '2026-01-10', amount: '500.00' }) },
  [`POST /api/cases/${ID}/reflection`]: { allow: caseWorkers, payload: () => ({ startedOn: '2026-01-10' }) },
  [`POST /api/cases/${ID}/reflection/decision`]: { allow: caseWorkers, payload: () => ({ decision: 'assistance_continues', decidedOn: '2026-01-10' }) },
  'POST /api/identification-checklists': { allow: ['police_supervisor'], payload: () => ({ title: 'Göstəricilər', publishedOn: '2026-01-10', indicators: [{ code: 'G1', audience: 'general', text: { az: 'a', ru: 'b', en: 'c' } }] }) },
};

function allows(allowed: Allowed, role: Role): boolean {
  return allowed === 'public' || allowed === 'everyone' || allowed.includes(role);
}

const t: TestApp = await createTestApp();

describe('every route declares its authorization', () => {
  test('each registered route names a policy action or is explicitly public', () => {
    const undeclared = t.routes.filter((route) => !route.access).map((route) => `${route.method} ${route.url}`);
    assert.deepEqual(undeclared, []);
    for (const route of t.routes) {
      const access = route.access!;
      if ('public' in access) continue;
      assert.ok(POLICIES[access.resource]?.actions[access.action], `${route.method} ${route.url}: ${access.resource}.${access.action} is not a declared policy action`);
    }
  });

  test('the matrix covers exactly the registered routes', () => {
    const registered = new Set(t.routes.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`));
    assert.deepEqual([...registered].sort(), Object.keys(MATRIX).sort());
  });

  test('public routes are exactly the ones the matrix calls public', () => {
    for (const route of t.routes.filter((r) => r.method !== 'HEAD')) {
      const isPublic = 'public' in route.access!;
      assert.equal(isPublic, MATRIX[`${route.method} ${route.url}`]?.allow === 'public', `${route.method} ${route.url}`);
    }
  });
});

describe('every role against every route', () => {
  for (const [key, row] of Object.entries(MATRIX)) {
    if (row.allow === 'public') continue;
    const [method, route] = key.split(' ') as [string, string];
    const path = `${route}${row.query ?? ''}`;
    test(key, async () => {
      const target = await makeOrganisation(t.db);
      const anonymous = await t.anonymous().request({ method: method as 'GET', url: path.replace(/:\w+/g, target.id), payload: row.payload?.({ organisationId: target.id, userId: target.id }) as object });
      assert.equal(anonymous.statusCode, 401, `anonymous ${key}`);
      for (const role of ROLES) {
        const client = await t.as(role);
        const victim = await makeUser(t.db, { role: 'agency_focal_point', organisationId: client.user.organisationId });
        const id = path.includes('/users/') ? victim.id : (await makeOrganisation(t.db)).id;
        const response = await client.request({
          method: method as 'GET',
          url: path.replace(/:\w+/g, id),
          payload: row.payload?.({ organisationId: client.user.organisationId, userId: victim.id }) as object,
        });
        if (allows(row.allow, role)) {
          assert.notEqual(response.statusCode, 403, `${role} should be allowed ${key}: ${response.body}`);
          assert.ok(response.statusCode < 500, `${role} ${key} failed: ${response.body}`);
        } else {
          assert.equal(response.statusCode, 403, `${role} should be denied ${key}: ${response.statusCode} ${response.body}`);
          assert.equal(response.json().code, 'FORBIDDEN');
        }
      }
    });
  }
});
