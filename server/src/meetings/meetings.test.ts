import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import { bakuToday } from '../../../common/src/dates.js';
import { seedPlans } from '../seed/plans.js';
import { seedOrganisations } from '../seed/seed.js';
import { createTestApp } from '../test/test-app.js';

const t = await createTestApp();
await seedOrganisations(t.db);
await seedPlans(t.db);

const organisation = (key: string) => t.db.owner.selectFrom('organisations').select(['id', 'name_az', 'short_name']).where('key', '=', key).executeTakeFirstOrThrow();
const dmx = await organisation('dmx');
const din = await organisation('din');
const ngo = await organisation('ngo_coalition');
const health = await organisation('sehiyye');
const office = await organisation('national_coordinator');

/** A measure the State Migration Service carries out, and one it does not. */
const dmxMeasure = await t.db.owner
  .selectFrom('measures')
  .innerJoin('measure_participants', 'measure_participants.measure_id', 'measures.id')
  .select(['measures.id', 'measures.code'])
  .where('measure_participants.organisation_id', '=', dmx.id)
  .where('measure_participants.role', '=', 'executor')
  .orderBy('measures.position')
  .executeTakeFirstOrThrow();
const otherMeasure = await t.db.owner.selectFrom('measures').select(['id', 'code']).where('id', '!=', dmxMeasure.id).orderBy('position', 'desc').executeTakeFirstOrThrow();

const secretariat = await t.as('secretariat', office.id);
const coordinator = await t.as('national_coordinator', office.id);
const dmxHead = await t.as('agency_head', dmx.id);
const dmxFocal = await t.as('agency_focal_point', dmx.id);
const dinHead = await t.as('agency_head', din.id);
const ngoPartner = await t.as('ngo_partner', ngo.id);
const healthHead = await t.as('agency_head', health.id);
const admin = await t.as('admin', office.id);

const PAST = '2020-01-15';
const FUTURE = '2099-12-31';

interface ActionItem {
  id: string;
  organisation: { id: string };
  status: string;
  revision: number;
  overdue: boolean;
  task: string;
  closedAt: string | null;
  measures: { id: string }[];
  meeting: { id: string; visible: boolean };
  abilities: { edit: boolean; reportProgress: boolean };
}
interface Decision {
  id: string;
  number: number;
  agendaItemId: string | null;
  actionItems: ActionItem[];
}

let meetingId = '';
let revision = 0;
let agenda: { id: string; title: string }[] = [];
let decisions: Decision[] = [];

const actionItemsIn = (meeting: { decisions: Decision[] }) => meeting.decisions.flatMap((d) => d.actionItems);

describe('a meeting of the Interagency Commission', () => {
  test('the secretariat calls it; bodies cannot, and addresses other than web links are refused', async () => {
    const details = { kind: 'commission', title: 'Komissiyanın növbəti iclası', heldOn: '2026-03-12', startsAt: '10:00', place: 'Bakı, Milli Koordinatorun iclas zalı', onlineUrl: 'https://meet.example.az/komissiya' };
    assert.equal((await dmxHead.post('/api/meetings', details)).statusCode, 403);
    const unsafe = await secretariat.post('/api/meetings', { ...details, onlineUrl: 'javascript:alert(1)' });
    assert.equal(unsafe.statusCode, 400);
    assert.equal(unsafe.json().errors[0].path, 'onlineUrl');
    assert.equal((await secretariat.post('/api/meetings', { ...details, heldOn: '2026-02-30' })).json().errors[0].path, 'heldOn');
    const created = await secretariat.post('/api/meetings', details);
    assert.equal(created.statusCode, 201, created.body);
    const meeting = created.json();
    meetingId = meeting.id;
    revision = meeting.revision;
    assert.equal(meeting.startsAt, '10:00');
    assert.deepEqual(meeting.abilities, { edit: true, delete: true, decide: true, exportMinutes: true });
  });

  test('bodies are invited as members or observers, with persons; attendance is recorded', async () => {
    const unknown = await secretariat.put(`/api/meetings/${meetingId}/participants`, { revision, bodies: [{ organisationId: meetingId, standing: 'member' }], persons: [] });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().errors[0].path, 'bodies.0.organisationId');
    const saved = await secretariat.put(`/api/meetings/${meetingId}/participants`, {
      revision,
      bodies: [
        { organisationId: dmx.id, standing: 'member', present: true },
        { organisationId: din.id, standing: 'member', present: false },
        { organisationId: ngo.id, standing: 'observer', present: true },
      ],
      persons: [
        { name: 'Elçin Hüseynov', organisationId: dmx.id, present: true },
        { name: 'Leyla Kərimova', organisationId: ngo.id, present: true },
        { name: 'Dəvətli Qonaq', organisationId: null, present: false },
      ],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const meeting = saved.json();
    revision = meeting.revision;
    assert.deepEqual(
      meeting.bodies.map((b: { organisation: { id: string }; standing: string; present: boolean }) => [b.organisation.id, b.standing, b.present]),
      [[din.id, 'member', false], [dmx.id, 'member', true], [ngo.id, 'observer', true]],
      'members first, each group in Azerbaijani order',
    );
    assert.equal(meeting.bodyCount, 3);
    assert.equal(meeting.presentCount, 2);
    assert.equal(meeting.persons.length, 3);
  });

  test('the agenda is ordered, points to measures, and keeps its items’ ids when reordered', async () => {
    const first = await secretariat.put(`/api/meetings/${meetingId}/agenda`, {
      revision,
      items: [
        { title: 'Əcnəbilərin yaşamasının qanuniləşdirilməsi', measureIds: [dmxMeasure.id] },
        { title: 'Hotline-ın işi', measureIds: [otherMeasure.id] },
      ],
    });
    assert.equal(first.statusCode, 200, first.body);
    const [migration, hotline] = first.json().agenda;
    const reordered = await secretariat.put(`/api/meetings/${meetingId}/agenda`, {
      revision: first.json().revision,
      items: [
        { id: hotline.id, title: 'Qaynar xəttin işi', measureIds: [otherMeasure.id] },
        { id: migration.id, title: migration.title, measureIds: [dmxMeasure.id] },
        { title: 'Müxtəlif', measureIds: [] },
      ],
    });
    assert.equal(reordered.statusCode, 200, reordered.body);
    agenda = reordered.json().agenda;
    revision = reordered.json().revision;
    assert.deepEqual(agenda.map((a) => a.id).slice(0, 2), [hotline.id, migration.id]);
    assert.deepEqual(agenda.map((a) => a.title), ['Qaynar xəttin işi', 'Əcnəbilərin yaşamasının qanuniləşdirilməsi', 'Müxtəlif']);
    assert.deepEqual(reordered.json().agenda[1].measures.map((m: { code: string }) => m.code), [dmxMeasure.code]);
    const foreign = await secretariat.put(`/api/meetings/${meetingId}/agenda`, { revision, items: [{ id: dmx.id, title: 'X', measureIds: [] }] });
    assert.equal(foreign.json().code, 'MEETING_AGENDA_ITEM_UNKNOWN');
    const noMeasure = await secretariat.put(`/api/meetings/${meetingId}/agenda`, { revision, items: [{ title: 'X', measureIds: [dmx.id] }] });
    assert.equal(noMeasure.json().code, 'MEETING_MEASURE_UNKNOWN');
  });

  test('minutes are saved over the revision the writer saw; a stale save is a conflict showing the stored meeting', async () => {
    const minutes = 'Komissiyanın sədri iclası açdı.\n\n- DMX **1913** əcnəbinin yaşamasını qanuniləşdirib\n- QHT Koalisiyası qaynar xəttin işi haqqında məlumat verdi';
    const saved = await secretariat.put(`/api/meetings/${meetingId}/minutes`, { revision, minutes });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().revision, revision + 1);
    const stale = await coordinator.put(`/api/meetings/${meetingId}/minutes`, { revision, minutes: 'Köhnə əsasda' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'MEETING_CONFLICT');
    assert.equal(stale.json().current.minutes, minutes, 'the stored version is shown, not overwritten');
    revision = saved.json().revision;
  });

  test('decisions are numbered within the meeting and may point to an agenda item of this meeting only', async () => {
    const first = await secretariat.post(`/api/meetings/${meetingId}/decisions`, { text: 'Əcnəbilərin qanuniləşdirilməsi üzrə işlər davam etdirilsin.', agendaItemId: agenda[1]!.id });
    assert.equal(first.statusCode, 201, first.body);
    const second = await secretariat.post(`/api/meetings/${meetingId}/decisions`, { text: 'Qaynar xəttin fəaliyyəti haqqında məlumat nəzərə alınsın.', agendaItemId: agenda[0]!.id });
    decisions = second.json().decisions;
    assert.deepEqual(decisions.map((d) => d.number), [1, 2]);
    const other = (await secretariat.post('/api/meetings', { kind: 'ad_hoc', title: 'Başqa iclas', heldOn: '2026-04-01' })).json();
    const wrong = await secretariat.post(`/api/meetings/${other.id}/decisions`, { text: 'X', agendaItemId: agenda[0]!.id });
    assert.equal(wrong.json().code, 'MEETING_AGENDA_ITEM_UNKNOWN');
    assert.equal((await dmxHead.post(`/api/meetings/${meetingId}/decisions`, { text: 'X' })).statusCode, 403);
  });

  test('a decision gives action items to bodies, invited or not', async () => {
    const [first, second] = decisions;
    const given = [
      [first!.id, { organisationId: dmx.id, task: 'Qanuniləşdirmə üzrə rüblük arayış təqdim etsin', dueOn: PAST }],
      [first!.id, { organisationId: din.id, task: 'Polis bölmələrinə göstəriş versin', dueOn: FUTURE }],
      [second!.id, { organisationId: health.id, task: 'Tibb işçiləri üçün təlim planı hazırlasın', dueOn: FUTURE }],
    ] as const;
    for (const [decisionId, item] of given) {
      const response = await secretariat.post(`/api/meeting-decisions/${decisionId}/action-items`, item);
      assert.equal(response.statusCode, 201, response.body);
      decisions = response.json().decisions;
    }
    assert.equal((await secretariat.post(`/api/meeting-decisions/${first!.id}/action-items`, { organisationId: meetingId, dueOn: FUTURE })).json().errors[0].path, 'organisationId');
    const items = actionItemsIn({ decisions });
    assert.equal(items.length, 3);
    assert.deepEqual(items.find((i) => i.organisation.id === dmx.id)!.measures.map((m) => m.id), [dmxMeasure.id], 'the measure of the decision’s agenda item');
  });
});

describe('need-to-know', () => {
  test('invited bodies see the meeting and its decisions, and only their own action items', async () => {
    const asDmx = (await dmxFocal.get(`/api/meetings/${meetingId}`)).json();
    assert.deepEqual(asDmx.abilities, { edit: false, delete: false, decide: false, exportMinutes: true });
    assert.equal(asDmx.decisions.length, 2);
    assert.deepEqual(actionItemsIn(asDmx).map((i) => i.organisation.id), [dmx.id]);
    assert.deepEqual(actionItemsIn((await dinHead.get(`/api/meetings/${meetingId}`)).json()).map((i) => i.organisation.id), [din.id]);
    assert.deepEqual(actionItemsIn((await ngoPartner.get(`/api/meetings/${meetingId}`)).json()), [], 'an observer without action items sees none');
    assert.equal(actionItemsIn((await coordinator.get(`/api/meetings/${meetingId}`)).json()).length, 3);
    assert.ok((await dmxHead.get('/api/meetings')).json().items.some((m: { id: string; ownStanding: string }) => m.id === meetingId && m.ownStanding === 'member'));
  });

  test('an uninvited body does not find the meeting, its minutes or its list entry; the administrator may not ask', async () => {
    assert.equal((await healthHead.get(`/api/meetings/${meetingId}`)).statusCode, 404);
    assert.equal((await healthHead.get(`/api/meetings/${meetingId}/minutes.docx`)).statusCode, 404);
    assert.ok(!(await healthHead.get('/api/meetings')).json().items.some((m: { id: string }) => m.id === meetingId));
    assert.equal((await admin.get(`/api/meetings/${meetingId}`)).statusCode, 403);
  });

  test('but the body given an action item sees that item, with its decision, without the meeting', async () => {
    const mine = (await healthHead.get('/api/action-items?mine=true')).json();
    assert.equal(mine.total, 1);
    assert.equal(mine.items[0].meeting.visible, false);
    assert.equal(mine.items[0].task, 'Tibb işçiləri üçün təlim planı hazırlasın');
    assert.equal((await dmxHead.get('/api/action-items')).json().items.every((i: ActionItem) => i.organisation.id === dmx.id), true);
  });

  test('the responsible body updates its action item; another body cannot, not even one at the same meeting', async () => {
    const dmxItem = actionItemsIn({ decisions }).find((i) => i.organisation.id === dmx.id)!;
    const dinItem = actionItemsIn({ decisions }).find((i) => i.organisation.id === din.id)!;
    assert.equal((await dinHead.put(`/api/action-items/${dmxItem.id}/progress`, { revision: 0, status: 'done' })).statusCode, 404);
    assert.equal((await healthHead.put(`/api/action-items/${dinItem.id}/progress`, { revision: 0, status: 'done' })).statusCode, 404);
    const moved = await dmxFocal.put(`/api/action-items/${dmxItem.id}/progress`, { revision: 0, status: 'in_progress', note: 'Arayış hazırlanır' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().status, 'in_progress');
    assert.equal(moved.json().overdue, true, 'in progress past its due date is still overdue');
    const stale = await dmxHead.put(`/api/action-items/${dmxItem.id}/progress`, { revision: 0, status: 'done' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'ACTION_ITEM_CONFLICT');
    assert.equal(stale.json().current.note, 'Arayış hazırlanır');
    assert.equal((await dmxHead.put(`/api/action-items/${dmxItem.id}`, { revision: 1, organisationId: dmx.id, dueOn: FUTURE, status: 'open' })).statusCode, 403, 'only the office corrects');
  });

  test('a body sees next to its measure the action items on it that are its own', async () => {
    const forDmx = (await dmxHead.get(`/api/action-items?measureId=${dmxMeasure.id}`)).json();
    assert.deepEqual(forDmx.items.map((i: ActionItem) => i.organisation.id), [dmx.id]);
    assert.equal((await dinHead.get(`/api/action-items?measureId=${dmxMeasure.id}`)).json().total, 1, 'DİN’s item is on the same decision');
    assert.equal((await ngoPartner.get(`/api/action-items?measureId=${dmxMeasure.id}`)).json().total, 0);
    assert.equal((await coordinator.get(`/api/action-items?measureId=${dmxMeasure.id}`)).json().total, 2);
    assert.equal((await coordinator.get(`/api/action-items?measureId=${otherMeasure.id}`)).json().total, 1);
  });
});

describe('decision → action item → overdue on the dashboard → done', () => {
  test('the overdue item is on the Coordinator’s dashboard until the body marks it done', async () => {
    const dmxItem = (await dmxHead.get('/api/action-items?mine=true')).json().items[0] as ActionItem;
    const dashboard = (await coordinator.get('/api/action-items/overdue')).json();
    assert.ok(dashboard.items.some((i: ActionItem) => i.id === dmxItem.id));
    assert.deepEqual(dashboard.byOrganisation.map((b: { organisation: { id: string }; count: number; oldestDueOn: string }) => [b.organisation.id, b.count, b.oldestDueOn]), [[dmx.id, 1, PAST]]);
    assert.equal((await dmxHead.get('/api/action-items/overdue')).statusCode, 403, 'the dashboard is the Coordinator’s');
    assert.equal((await coordinator.get('/api/action-items?overdue=true')).json().total, 1);

    const done = await dmxHead.put(`/api/action-items/${dmxItem.id}/progress`, { revision: dmxItem.revision, status: 'done', note: 'Arayış 10.03.2026 tarixində göndərilib' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().overdue, false);
    assert.ok(done.json().closedAt);
    const after = (await coordinator.get('/api/action-items/overdue')).json();
    assert.equal(after.total, 0);
    assert.deepEqual(after.byOrganisation, []);

    const audit = await t.db.owner.selectFrom('audit_log').select(['action', 'organisation_id']).where('record_id', '=', dmxItem.id).orderBy('seq').execute();
    assert.deepEqual(audit.map((a) => a.action), ['action_item.create', 'action_item.progress', 'action_item.progress']);
    assert.equal(audit.at(-1)!.organisation_id, dmx.id);
  });

  test('a due date today is not yet overdue; cancelled items are never overdue', async () => {
    const decision = decisions[1]!;
    const meeting = (await secretariat.post(`/api/meeting-decisions/${decision.id}/action-items`, { organisationId: dmx.id, dueOn: bakuToday() })).json();
    const today = actionItemsIn(meeting).find((i: ActionItem) => i.organisation.id === dmx.id && i.task === '')!;
    assert.equal(today.overdue, false);
    const late = (await secretariat.put(`/api/action-items/${today.id}`, { revision: today.revision, organisationId: dmx.id, dueOn: PAST, status: 'open', task: 'Təkrar' })).json();
    assert.equal(late.overdue, true);
    const cancelled = (await secretariat.put(`/api/action-items/${today.id}`, { revision: late.revision, organisationId: dmx.id, dueOn: PAST, status: 'cancelled', task: 'Təkrar', note: 'Ehtiyac qalmayıb' })).json();
    assert.equal(cancelled.overdue, false);
    assert.equal((await coordinator.get('/api/action-items/overdue')).json().total, 0);
    assert.equal((await secretariat.delete(`/api/action-items/${today.id}`)).statusCode, 204);
  });
});

describe('the minutes in Word', () => {
  test('title, date, place, present bodies, agenda, minutes, decisions and the action items as a table', async () => {
    const response = await coordinator.get(`/api/meetings/${meetingId}/minutes.docx`);
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /wordprocessingml/);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="Protokol 12\.03\.2026 /);
    const text = (await mammoth.extractRawText({ buffer: response.rawPayload })).value;
    for (const expected of [
      'PROTOKOL',
      'İdarələrarası Komissiyanın iclası',
      'Komissiyanın növbəti iclası',
      '12.03.2026, saat 10:00',
      'Bakı, Milli Koordinatorun iclas zalı',
      'https://meet.example.az/komissiya',
      `1. ${dmx.name_az} (DMX) — üzv`,
      `2. ${ngo.name_az} (${ngo.short_name}) — müşahidəçi`,
      'Dəvət olunmuş, iştirak etməmiş qurumlar',
      `1. ${din.name_az} (DİN) — üzv`,
      'Elçin Hüseynov — DMX',
      '1. Qaynar xəttin işi',
      '2. Əcnəbilərin yaşamasının qanuniləşdirilməsi',
      `Plan tədbirləri: ${dmxMeasure.code}`,
      'Komissiyanın sədri iclası açdı.',
      'DMX 1913 əcnəbinin yaşamasını qanuniləşdirib',
      'Qərar № 1 (gündəliyin 2 nömrəli məsələsi üzrə)',
      'Əcnəbilərin qanuniləşdirilməsi üzrə işlər davam etdirilsin.',
      'Qərar № 2 (gündəliyin 1 nömrəli məsələsi üzrə)',
    ]) {
      assert.ok(text.includes(expected), `${expected} in:\n${text}`);
    }
    assert.ok(!text.includes('Dəvətli Qonaq'), 'a person who did not come is not listed as present');
    assert.ok(!text.includes('**'), 'the markup is not printed');
    const html = (await mammoth.convertToHtml({ buffer: response.rawPayload })).value;
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')));
    assert.deepEqual(rows[0], ['Qərar №', 'Tapşırıq', 'Məsul qurum', 'İcra müddəti', 'Vəziyyət', 'Qeyd']);
    assert.deepEqual(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4]]), [
      ['1', 'DİN', '31.12.2099', 'İcra olunmayıb'],
      ['1', 'DMX', '15.01.2020', 'İcra edilib'],
      ['2', 'SN', '31.12.2099', 'İcra olunmayıb'],
    ]);
  });

  test('a body’s copy holds only its own action items', async () => {
    const response = await dinHead.get(`/api/meetings/${meetingId}/minutes.docx`);
    assert.equal(response.statusCode, 200);
    const text = (await mammoth.extractRawText({ buffer: response.rawPayload })).value;
    assert.ok(text.includes('Polis bölmələrinə göstəriş versin'));
    assert.ok(!text.includes('Qanuniləşdirmə üzrə rüblük arayış'), 'not another body’s item');
    assert.ok(!text.includes('Tibb işçiləri üçün təlim planı'));
  });
});

describe('corrections', () => {
  test('removing an agenda item leaves its decision unlinked; removing a decision removes its action items; the meeting can be deleted', async () => {
    const meeting = (await secretariat.get(`/api/meetings/${meetingId}`)).json();
    const kept = meeting.agenda.filter((a: { id: string }) => a.id !== agenda[0]!.id).map((a: { id: string; title: string }) => ({ id: a.id, title: a.title, measureIds: [] }));
    const changed = (await secretariat.put(`/api/meetings/${meetingId}/agenda`, { revision: meeting.revision, items: kept })).json();
    assert.equal(changed.decisions.find((d: Decision) => d.number === 2).agendaItemId, null);
    const second = changed.decisions.find((d: Decision) => d.number === 2);
    const after = (await secretariat.delete(`/api/meeting-decisions/${second.id}`)).json();
    assert.deepEqual(after.decisions.map((d: Decision) => d.number), [1]);
    assert.equal((await healthHead.get('/api/action-items?mine=true')).json().total, 0);
    const next = (await secretariat.post(`/api/meetings/${meetingId}/decisions`, { text: 'Yeni qərar' })).json();
    assert.deepEqual(next.decisions.map((d: Decision) => d.number), [1, 2]);
    assert.equal((await dmxHead.delete(`/api/meetings/${meetingId}`)).statusCode, 403);
    assert.equal((await secretariat.delete(`/api/meetings/${meetingId}`)).statusCode, 204);
    assert.equal((await secretariat.get(`/api/meetings/${meetingId}`)).statusCode, 404);
    assert.equal((await dmxHead.get('/api/action-items?mine=true')).json().total, 0);
  });
});
