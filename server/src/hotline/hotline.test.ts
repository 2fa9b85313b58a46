import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { bakuToday } from '../../../common/src/dates.js';
import { makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { inTransaction } from '../db/database.js';
import { makeOrganisation } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';

const t = await createTestApp();
const hotlineBody = await makeOrganisation(t.db, { shortName: 'QX', kind: 'ngo' });
const otherHotline = await makeOrganisation(t.db, { shortName: 'QX2', kind: 'ngo' });
const unit = await makeUnifiedDatabaseHolder(t.db);
const shelterBody = await makeOrganisation(t.db, { shortName: 'SIG', kind: 'agency' });

const operator = await t.as('hotline_operator', hotlineBody.id);
const colleague = await t.as('hotline_operator', hotlineBody.id);
const strangerOperator = await t.as('hotline_operator', otherHotline.id);
const investigator = await t.as('police_investigator', unit.id);
const shelter = await t.as('shelter_worker', shelterBody.id);
const coordinator = await t.as('national_coordinator');

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

/** A contact as the console sends it; tests change what they are about. */
function contact(overrides: Record<string, unknown> = {}) {
  return {
    startedAt: minutesAgo(3),
    channel: 'phone',
    language: 'az',
    callerType: 'relative',
    category: 'trafficking_crisis',
    riskFlags: ['immediate_danger', 'abroad'],
    notes: { situation: 'Bacısı Dubayda bir evdə saxlanılır, pasportu alınıb.', location: 'Dubay, Dəyrə', people: null, actions: 'Polisə göndəriş razılaşdırıldı.' },
    ...overrides,
  };
}

async function newContact(client = operator, overrides: Record<string, unknown> = {}) {
  const response = await client.post('/api/hotline/contacts', contact(overrides));
  assert.equal(response.statusCode, 201, response.body);
  return response.json() as { id: string; reference: string; revision: number };
}

/** A one-step referral to the special police unit, on the person's consent. */
const toPolice = (revision: number, overrides: Record<string, unknown> = {}) => ({
  revision, toOrgId: unit.id, parts: ['identity', 'victim'], reason: 'Həyati təhlükə: Dubayda saxlanılan qadın.', urgency: 'urgent',
  person: { name: 'Əliyeva Günay', sex: 'female', estimatedAge: 24, citizenship: 'AZ' }, traffickingStatus: 'presumed', sharingConsent: true,
  ...overrides,
});

const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(t.db.owner)).rows[0]!.n;
const audits = (action: string, recordId: string) => count(sql<{ n: number }>`select count(*)::int as n from audit_log where action = ${action} and record_id = ${recordId}`);

describe('taking a contact', () => {
  test('only hotline operators record contacts', async () => {
    for (const client of [investigator, shelter, coordinator]) {
      assert.equal((await client.post('/api/hotline/contacts', contact())).statusCode, 403);
    }
    const created = await newContact();
    assert.match(created.reference, /^QX-\d{6}$/);
    assert.equal(created.revision, 1);
    assert.equal(await audits('hotline.contact_create', created.id), 1);
  });

  test('another body does not learn that a contact exists; the police unit sees none that is not linked to a case', async () => {
    const { id, revision } = await newContact();
    for (const client of [strangerOperator, investigator, shelter]) {
      assert.equal((await client.get(`/api/hotline/contacts/${id}`)).statusCode, 404);
    }
    assert.equal((await coordinator.get(`/api/hotline/contacts/${id}`)).statusCode, 403);
    assert.equal((await strangerOperator.put(`/api/hotline/contacts/${id}`, { ...contact(), revision })).statusCode, 404);
    const list = (await strangerOperator.get('/api/hotline/contacts')).json();
    assert.ok(!list.items.some((item: { id: string }) => item.id === id));
    assert.equal((await investigator.get('/api/hotline/contacts')).statusCode, 403);
  });

  test('the notes and the caller are sealed, the number is kept only as a keyed hash, and reading the notes is audited', async () => {
    const anonymous = await newContact(operator, { phone: '+994 50 555 12 34' });
    const row = (await sql<{ row: string; phone_hash: string; caller_sealed: string | null }>`
      select row_to_json(h)::text as row, phone_hash, caller_sealed from hotline_contacts h where id = ${anonymous.id}`.execute(t.db.owner)).rows[0]!;
    for (const clear of ['555', '5551234', '505551234', 'Dubay', 'pasport']) assert.ok(!row.row.includes(clear), `"${clear}" is not stored in clear`);
    assert.equal(row.phone_hash, t.ctx.vault.lookupHash('phone', '505551234'));
    assert.equal(row.caller_sealed, null, 'nothing of an anonymous caller but the hash');

    const read = (await operator.get(`/api/hotline/contacts/${anonymous.id}`)).json();
    assert.equal(read.notes.location, 'Dubay, Dəyrə');
    assert.equal(read.caller, null);
    assert.equal(read.phoneRecorded, true);
    assert.equal(await audits('hotline.contact_view', anonymous.id), 1);

    const refused = await operator.post('/api/hotline/contacts', contact({ callerName: 'Səbinə' }), { 'accept-language': 'en' });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.json().errors.some((e: { path: string; message: string }) => e.path === 'callerName' && /consent/.test(e.message)));

    const consented = await newContact(operator, { consent: true, callerName: 'Səbinə Rzayeva', phone: '050 777 88 99' });
    const sealed = (await sql<{ row: string }>`select row_to_json(h)::text as row from hotline_contacts h where id = ${consented.id}`.execute(t.db.owner)).rows[0]!.row;
    assert.ok(!sealed.includes('Səbinə') && !sealed.includes('7778899'));
    const withCaller = (await operator.get(`/api/hotline/contacts/${consented.id}`)).json();
    assert.deepEqual(withCaller.caller, { name: 'Səbinə Rzayeva', phone: '050 777 88 99' });
    assert.ok(withCaller.consentAt);

    // Consent withdrawn: the name and number go; the hash stays for the hint.
    const withdrawn = await operator.put(`/api/hotline/contacts/${consented.id}`, { ...contact(), consent: false, revision: withCaller.revision });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const after = (await sql<{ caller_sealed: string | null; phone_hash: string | null }>`select caller_sealed, phone_hash from hotline_contacts where id = ${consented.id}`.execute(t.db.owner)).rows[0]!;
    assert.equal(after.caller_sealed, null);
    assert.equal(after.phone_hash, t.ctx.vault.lookupHash('phone', '507778899'));
  });

  test('two operators saving the same version: the second is told, nothing is overwritten', async () => {
    const { id, revision } = await newContact();
    assert.equal((await operator.put(`/api/hotline/contacts/${id}`, { ...contact({ outcome: 'information_given' }), revision })).statusCode, 200);
    const stale = await colleague.put(`/api/hotline/contacts/${id}`, { ...contact({ outcome: 'no_action' }), revision });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'HOTLINE_CONFLICT');
    const saved = (await colleague.get(`/api/hotline/contacts/${id}`)).json();
    assert.equal(saved.outcome, 'information_given');
    assert.ok(saved.endedAt, 'an outcome ends the contact');
    assert.ok(saved.durationSeconds >= 170);
  });

  test('a start in the future is refused at its field', async () => {
    const response = await operator.post('/api/hotline/contacts', contact({ startedAt: new Date(Date.now() + 3_600_000).toISOString() }));
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().errors[0].path, 'startedAt');
  });
});

describe('the known-caller hint', () => {
  test('earlier contacts from the same number, typed another way, by its hash; never another body\'s', async () => {
    const first = await newContact(operator, { phone: '+994 (55) 321-00-11', category: 'trafficking_tip' });
    const second = await newContact(colleague, { phone: '0553210011', category: 'migration_info', startedAt: minutesAgo(1) });
    const hint = await operator.post('/api/hotline/known-caller', { phone: '055 321 00 11', contactId: second.id });
    assert.equal(hint.statusCode, 200, hint.body);
    const body = hint.json();
    assert.equal(body.recognised, true);
    assert.equal(body.count, 1, 'the contact being recorded is not its own hint');
    assert.equal(body.contacts[0].id, first.id);
    assert.equal(body.contacts[0].category, 'trafficking_tip');
    assert.ok(body.firstAt && body.lastAt);
    assert.equal((await operator.post('/api/hotline/known-caller', { phone: '0553210011' })).json().count, 2);
    assert.equal((await strangerOperator.post('/api/hotline/known-caller', { phone: '0553210011' })).json().count, 0);
    assert.equal((await operator.post('/api/hotline/known-caller', { phone: '112' })).json().recognised, false, 'too short to say anything');
    const logged = await sql<{ details: string }>`select details::text from audit_log where action = 'hotline.known_caller'`.execute(t.db.owner);
    assert.ok(logged.rows.length >= 3);
    assert.ok(logged.rows.every((row) => !row.details.includes('321')), 'the number is not in the audit trail');
  });
});

describe('a contact becomes a referral in one step', () => {
  test('the case is created for the hotline body, the referral sent, and the police unit sees both', async () => {
    const { id, revision } = await newContact(operator, { consent: true, callerName: 'Rəna', phone: '050 111 22 33' });
    const referred = await operator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision));
    assert.equal(referred.statusCode, 201, referred.body);
    const { caseId, caseReference, referralId, createdCase } = referred.json();
    assert.match(caseReference, /^İA-\d{6}$/);
    assert.equal(createdCase, true);

    const stored = (await sql<{ owner_org_id: string; identification_channel: string }>`select owner_org_id, identification_channel from cases where id = ${caseId}`.execute(t.db.owner)).rows[0]!;
    assert.deepEqual(stored, { owner_org_id: hotlineBody.id, identification_channel: 'hotline' });
    const referral = (await sql<{ to_org_id: string; status: string }>`select to_org_id, status from case_referrals where id = ${referralId}`.execute(t.db.owner)).rows[0]!;
    assert.deepEqual(referral, { to_org_id: unit.id, status: 'sent' });

    const seen = await investigator.get(`/api/cases/${caseId}`);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.deepEqual(seen.json().identity.names, ['Əliyeva Günay']);
    assert.equal(seen.json().identity.contacts.length, 0, 'the caller was a relative: her number is not the person\'s');

    const linked = (await investigator.get(`/api/cases/${caseId}/hotline-contacts`)).json();
    assert.equal(linked.items.length, 1);
    assert.equal(linked.items[0].category, 'trafficking_crisis');
    assert.equal(linked.notesPart, false);
    const contactAsPolice = (await investigator.get(`/api/hotline/contacts/${id}`)).json();
    assert.equal(contactAsPolice.notes, null, 'hotline notes are not the investigation\'s part');
    assert.equal(contactAsPolice.caller, null);
    assert.equal(contactAsPolice.notesHidden, true);
    assert.equal((await shelter.get(`/api/cases/${caseId}/hotline-contacts`)).statusCode, 404);

    const after = (await operator.get(`/api/hotline/contacts/${id}`)).json();
    assert.equal(after.outcome, 'referred');
    assert.equal(after.case.reference, caseReference);
    assert.equal(after.referrals[0].toOrgId, unit.id);
    assert.equal(await audits('hotline.refer', id), 1);
  });

  test('one case gathers the contacts of several operators; a later contact is referred on the same case', async () => {
    const first = await newContact(operator);
    const { caseId } = (await operator.post(`/api/hotline/contacts/${first.id}/referral`, toPolice(first.revision))).json();
    const later = await newContact(colleague, { caseId, category: 'trafficking_help', startedAt: minutesAgo(1) });
    const toShelter = await colleague.post(`/api/hotline/contacts/${later.id}/referral`, {
      revision: later.revision, toOrgId: shelterBody.id, parts: ['identity', 'services'], reason: 'Sığınacaq lazımdır', services: ['shelter'],
    });
    assert.equal(toShelter.statusCode, 201, toShelter.body);
    assert.equal(toShelter.json().createdCase, false);
    assert.equal(toShelter.json().caseId, caseId);
    const contacts = (await operator.get(`/api/cases/${caseId}/hotline-contacts`)).json();
    assert.deepEqual(contacts.items.map((c: { operator: { id: string } }) => c.operator.id), [operator.user.id, colleague.user.id]);
    assert.equal(contacts.notesPart, true);
  });

  test('a refused referral leaves no case behind; a stale version and a silent call are refused', async () => {
    const cases = () => count(sql<{ n: number }>`select count(*)::int as n from cases`);
    const before = await cases();
    const { id, revision } = await newContact();
    const toSelf = await operator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision, { toOrgId: hotlineBody.id }));
    assert.equal(toSelf.statusCode, 400);
    const noGround = await operator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision, { sharingConsent: null }));
    assert.equal(noGround.statusCode, 400, 'no consent recorded and no legal ground');
    assert.equal(await cases(), before);
    const onGround = await operator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision, { sharingConsent: null, sharingBasis: 'vital_interests', legalGround: 'Həyati təhlükə' }));
    assert.equal(onGround.statusCode, 201, onGround.body);
    assert.equal((await operator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision))).statusCode, 409);

    const silent = await newContact(operator, { category: 'silent', riskFlags: [], notes: {} });
    const refused = await operator.post(`/api/hotline/contacts/${silent.id}/referral`, toPolice(silent.revision));
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().errors[0].path, 'category');
    assert.equal((await investigator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision))).statusCode, 403);
  });

  test('a contact cannot be linked to a case its body does not see', async () => {
    const police = await investigator.post('/api/cases', {
      identificationChannel: 'police', firstContactOn: bakuToday(), person: { names: ['Başqa Şəxs'], sex: 'male' }, victim: { traffickingStatus: 'presumed' },
    });
    assert.equal(police.statusCode, 201, police.body);
    const refused = await operator.post('/api/hotline/contacts', contact({ caseId: police.json().id }));
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().errors[0].path, 'caseId');
  });
});

describe('callbacks and the shift handover', () => {
  test('a callback is given to an operator with a due time, shows in the handover, and is closed once', async () => {
    const { id } = await newContact(operator, { outcome: 'callback_planned' });
    const open = await newContact(operator, { category: 'labour_info', riskFlags: [] });
    const due = new Date(Date.now() + 3_600_000).toISOString();
    const created = await operator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: due, assignedTo: colleague.user.id, note: 'Axşam 19-dan sonra zəng edin' });
    assert.equal(created.statusCode, 201, created.body);
    const callbackId = created.json().id;
    const noteRow = (await sql<{ note_sealed: string }>`select note_sealed from hotline_callbacks where id = ${callbackId}`.execute(t.db.owner)).rows[0]!;
    assert.ok(!noteRow.note_sealed.includes('Axşam'));

    const outsider = await operator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: due, assignedTo: strangerOperator.user.id });
    assert.equal(outsider.statusCode, 400);
    assert.equal(outsider.json().errors[0].path, 'assignedTo');
    const past = await operator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: minutesAgo(60) });
    assert.equal(past.statusCode, 400);
    assert.equal((await strangerOperator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: due })).statusCode, 404);

    const mine = (await colleague.get('/api/hotline/callbacks?mine=true')).json();
    const item = mine.items.find((c: { id: string }) => c.id === callbackId);
    assert.equal(item.note, 'Axşam 19-dan sonra zəng edin');
    assert.equal(item.assignedTo.id, colleague.user.id);
    assert.equal(item.overdue, false);

    const shift = (await colleague.get('/api/hotline/handover?hours=12')).json();
    assert.ok(shift.callbacks.some((c: { id: string }) => c.id === callbackId));
    assert.ok(shift.openContacts.some((c: { id: string }) => c.id === open.id), 'a contact without an outcome is handed over');
    assert.ok(!shift.openContacts.some((c: { id: string }) => c.id === id), 'a contact with an outcome is not');
    assert.ok(shift.contactsInShift >= 2);
    assert.equal((await strangerOperator.get('/api/hotline/handover')).json().callbacks.length, 0);

    assert.equal((await colleague.post(`/api/hotline/callbacks/${callbackId}/status`, { status: 'done' })).statusCode, 200);
    const again = await operator.post(`/api/hotline/callbacks/${callbackId}/status`, { status: 'not_done' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'CALLBACK_CLOSED');
    assert.ok(!(await colleague.get('/api/hotline/handover')).json().callbacks.some((c: { id: string }) => c.id === callbackId));
    assert.ok((await colleague.get('/api/hotline/callbacks?status=done')).json().items.some((c: { id: string }) => c.id === callbackId));
  });

  test('the handover lists the referrals sent during the shift', async () => {
    const { id, revision } = await newContact();
    const { referralId } = (await operator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision))).json();
    const shift = (await colleague.get('/api/hotline/handover?hours=8')).json();
    const referral = shift.referrals.find((r: { id: string }) => r.id === referralId);
    assert.equal(referral.contact.id, id);
    assert.ok(referral.case.reference);
    assert.equal(referral.status, 'sent');
  });
});

describe('metrics', () => {
  test('contacts per day by channel and category, time to referral and referrals made', async () => {
    // A body of its own, so that the counts are exactly this test's.
    const body = await makeOrganisation(t.db, { shortName: 'QX3', kind: 'ngo' });
    const desk = await t.as('hotline_operator', body.id);
    const today = bakuToday();
    const yesterday = bakuToday(new Date(Date.now() - 86_400_000));
    const crisis = await newContact(desk, { startedAt: minutesAgo(30) });
    await newContact(desk, { channel: 'sms', category: 'trafficking_tip', startedAt: minutesAgo(20) });
    await newContact(desk, { category: 'silent', riskFlags: [], startedAt: minutesAgo(10) });
    await newContact(desk, { channel: 'messenger', category: 'wrong_number', riskFlags: [], startedAt: new Date(Date.parse(`${yesterday}T08:00:00+04:00`)).toISOString() });
    assert.equal((await desk.post(`/api/hotline/contacts/${crisis.id}/referral`, toPolice(crisis.revision))).statusCode, 201);

    const metrics = await desk.get(`/api/hotline/metrics?from=${yesterday}&to=${today}`);
    assert.equal(metrics.statusCode, 200, metrics.body);
    const m = metrics.json();
    assert.deepEqual(m.totals, { contacts: 4, substantive: 2, referredContacts: 1, referrals: 1 });
    // Each contact on its Baku day (the test may run just after midnight in Baku).
    const dayOf = (minutes: number) => bakuToday(new Date(Date.now() - minutes * 60_000));
    const expected = new Map([[yesterday, 1], [today, 0]]);
    for (const minutes of [30, 20, 10]) expected.set(dayOf(minutes), (expected.get(dayOf(minutes)) ?? 0) + 1);
    assert.deepEqual(m.days.map((d: { day: string; total: number }) => [d.day, d.total]), [...expected]);
    const sum = (pick: (d: { byChannel: Record<string, number>; byCategory: Record<string, number> }) => number) => m.days.reduce((n: number, d: never) => n + pick(d), 0);
    assert.equal(sum((d) => d.byChannel.phone!), 2);
    assert.equal(sum((d) => d.byChannel.sms!), 1);
    assert.equal(sum((d) => d.byCategory.silent!), 1);
    assert.equal(m.byChannel.find((c: { code: string }) => c.code === 'messenger').count, 1);
    assert.equal(m.timeToReferral.count, 1);
    assert.ok(m.timeToReferral.medianMinutes >= 29 && m.timeToReferral.medianMinutes < 35, String(m.timeToReferral.medianMinutes));
    assert.equal(m.timeToReferral.buckets.find((b: { key: string }) => b.key === 'under_1h').count, 1);
    assert.deepEqual(m.referralsByBody, [{ orgId: unit.id, shortName: unit.shortName, count: 1 }]);

    const reversed = await desk.get(`/api/hotline/metrics?from=${today}&to=${yesterday}`);
    assert.equal(reversed.statusCode, 400);
    assert.equal((await investigator.get('/api/hotline/metrics')).statusCode, 403);
  });
});

describe('callbacks in the "what needs me now" feed', () => {
  test('an operator\'s callbacks due within the hour or overdue, and the body\'s; never another operator\'s, never the note', async () => {
    const { callbacksDue } = await import('./hotline-tasks.js');
    const { id } = await newContact(operator);
    const soon = (await operator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: new Date(Date.now() + 30 * 60_000).toISOString(), assignedTo: operator.user.id, note: 'Gizli qeyd' })).json().id;
    const anyone = (await operator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: new Date(Date.now() + 10 * 60_000).toISOString() })).json().id;
    const later = (await operator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: new Date(Date.now() + 5 * 3_600_000).toISOString(), assignedTo: operator.user.id })).json().id;
    const theirs = (await operator.post(`/api/hotline/contacts/${id}/callbacks`, { dueAt: new Date(Date.now() + 20 * 60_000).toISOString(), assignedTo: colleague.user.id })).json().id;
    const tasksOf = async (client: typeof operator, now = new Date()) => {
      const actor = { userId: client.user.id, login: client.user.login, fullName: 'x', organisationId: client.user.organisationId, role: client.user.role, mustChangePassword: false, sessionId: 's' };
      return inTransaction(t.db, actor, (tx) => callbacksDue.collect({ tx, actor, now, config: t.ctx.config }));
    };
    const mine = (await tasksOf(operator)).map((task) => task.id);
    assert.ok(mine.includes(soon) && mine.includes(anyone));
    assert.ok(!mine.includes(later) && !mine.includes(theirs));
    const overdue = (await tasksOf(operator, new Date(Date.now() + 45 * 60_000))).find((task) => task.id === soon)!;
    assert.equal(overdue.severity, 'overdue');
    assert.equal(overdue.link, `/hotline/contacts/${id}`);
    assert.ok(!JSON.stringify(overdue).includes('Gizli'));
    assert.equal(callbacksDue.appliesTo({ ...operator.user, userId: operator.user.id, fullName: 'x', mustChangePassword: false, sessionId: 's', role: 'police_investigator' }), false);
  });
});

describe('contacts on a case\'s timeline', () => {
  test('codes only, for those row-level security lets see them', async () => {
    const { hotlineTimelineSource } = await import('./hotline-timeline.js');
    const { id, revision } = await newContact(operator);
    const { caseId } = (await operator.post(`/api/hotline/contacts/${id}/referral`, toPolice(revision))).json();
    const eventsOf = (client: typeof operator) => {
      const actor = { userId: client.user.id, login: client.user.login, fullName: 'x', organisationId: client.user.organisationId, role: client.user.role, mustChangePassword: false, sessionId: 's' };
      return inTransaction(t.db, actor, (tx) => hotlineTimelineSource.collect({ tx, vault: t.ctx.vault, actor, caseId, parts: new Set(['identity']) }));
    };
    const seen = await eventsOf(investigator);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.kind, 'hotline_contact');
    assert.equal(seen[0]!.params.category, 'trafficking_crisis');
    assert.ok(!JSON.stringify(seen).includes('Dubay'));
    assert.deepEqual(await eventsOf(shelter), []);
  });
});
