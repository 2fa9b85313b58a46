import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();
const en = (key: string, params?: Record<string, string>) => tr('en', key, params);

/** A call to the API with the page's session, as the page itself would make it. */
async function api(page: Page, path: string) {
  const response = await page.request.get(`${running.baseUrl}${path}`);
  assert.ok(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Picks an option of a searchable Mantine picker by typing part of its name. */
async function pick(page: Page, label: string, typed: string, option: RegExp) {
  const input = page.locator('input').and(page.getByLabel(label, { exact: true }));
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Types a day into a date field as people do, dd.mm.yyyy, and leaves it. */
async function typeDate(page: Page, label: string, day: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(day);
  await input.press('Tab');
}

const TITLE = 'İdarələrarası Komissiyanın növbədənkənar iclası';
const TASK = 'Əmək miqrantları üçün maarifləndirmə kampaniyasının hesabatını təqdim etsin';
const DECISION = 'Əmək miqrantları arasında maarifləndirmə işi gücləndirilsin.';

describe('a meeting with decisions in the browser', () => {
  test('the secretariat records a meeting and its decisions; the State Migration Service marks its action item done; it leaves the Coordinator’s overdue list', async () => {
    const secretariat = await newPage(running, 'en');
    await logIn(secretariat, 'en', 'katiblik');
    await secretariat.getByRole('navigation', { name: en('nav.label') }).getByRole('link', { name: en('nav.meetingList') }).click();
    await secretariat.getByRole('heading', { name: en('meetings.title') }).waitFor();
    await secretariat.getByRole('link', { name: /İdarələrarası Komissiyanın növbəti iclası/ }).waitFor();
    await screenshot(secretariat, 'meetings-list');

    // The meeting: kind, title, date and time, place.
    await secretariat.getByRole('button', { name: en('meetings.create') }).click();
    let form = secretariat.getByRole('dialog', { name: en('meetings.createTitle') });
    await form.getByLabel(en('meetings.kind.label'), { exact: true }).selectOption('commission');
    await form.getByLabel(en('meetings.field.title'), { exact: true }).fill(TITLE);
    await typeDate(secretariat, en('meetings.field.heldOn'), '02.03.2026');
    await form.getByLabel(en('meetings.field.startsAt'), { exact: true }).fill('10:30');
    await form.getByLabel(en('meetings.field.place'), { exact: true }).fill('Bakı, Milli Koordinatorun iclas zalı');
    await form.getByRole('button', { name: en('meetings.create'), exact: true }).click();
    await secretariat.getByRole('heading', { name: TITLE }).waitFor();
    const meetingId = secretariat.url().split('/').at(-1)!;

    // The agenda: two items, the first on measure 4.8.3.
    await secretariat.getByRole('button', { name: en('meetings.agenda.edit') }).click();
    form = secretariat.getByRole('dialog', { name: en('meetings.agenda.edit') });
    await form.getByRole('button', { name: en('meetings.agenda.addItem') }).click();
    await form.getByRole('button', { name: en('meetings.agenda.addItem') }).click();
    await form.getByLabel(en('meetings.agenda.itemN', { n: '1' }), { exact: true }).fill('Məcburi əmək riskləri barədə maarifləndirmə');
    await pick(secretariat, en('meetings.agenda.measuresN', { n: '1' }), '4.8.3', /^4\.8\.3 — /);
    await secretariat.keyboard.press('Escape');
    await form.getByLabel(en('meetings.agenda.itemN', { n: '2' }), { exact: true }).fill('Müxtəlif məsələlər');
    await form.getByRole('button', { name: en('common.save'), exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await secretariat.getByRole('region', { name: en('meetings.agenda.title') }).getByText('4.8.3').waitFor();

    // The invited bodies: the State Migration Service as a member (present), the NGO coalition as an observer.
    await secretariat.getByRole('button', { name: en('meetings.participants.edit') }).click();
    form = secretariat.getByRole('dialog', { name: en('meetings.participants.edit') });
    await form.getByRole('button', { name: en('meetings.participants.addBody') }).click();
    await pick(secretariat, en('meetings.participants.bodyN', { n: '1' }), 'DMX', /^DMX — /);
    await form.getByLabel(en('meetings.participants.presentN', { n: '1' }), { exact: true }).check();
    await form.getByRole('button', { name: en('meetings.participants.addBody') }).click();
    await pick(secretariat, en('meetings.participants.bodyN', { n: '2' }), 'Koalis', /QHT Koalisiyası — /);
    await form.getByLabel(en('meetings.participants.standingN', { n: '2' }), { exact: true }).selectOption('observer');
    await form.getByLabel(en('meetings.participants.presentN', { n: '2' }), { exact: true }).check();
    await form.getByRole('button', { name: en('meetings.participants.addPerson') }).click();
    await form.getByLabel(en('meetings.participants.personN', { n: '1' }), { exact: true }).fill('Elçin Hüseynov');
    await pick(secretariat, en('meetings.participants.personBodyN', { n: '1' }), 'DMX', /^DMX — /);
    await form.getByLabel(en('meetings.participants.personPresentN', { n: '1' }), { exact: true }).check();
    await form.getByRole('button', { name: en('common.save'), exact: true }).click();
    await form.waitFor({ state: 'hidden' });

    // A decision on the first item, with an action item for the State Migration Service already past its due date.
    await secretariat.getByRole('button', { name: en('meetings.decisions.add') }).click();
    form = secretariat.getByRole('dialog', { name: en('meetings.decisions.addTitle') });
    await form.getByLabel(en('meetings.decisions.text'), { exact: true }).fill(DECISION);
    await form.getByLabel(en('meetings.decisions.agendaItem'), { exact: true }).selectOption({ label: '1. Məcburi əmək riskləri barədə maarifləndirmə' });
    await form.getByRole('button', { name: en('meetings.decisions.add'), exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await secretariat.getByRole('button', { name: en('meetings.actionItems.addFor', { number: '1' }) }).click();
    form = secretariat.getByRole('dialog', { name: en('meetings.actionItems.addTitle', { number: '1' }) });
    await pick(secretariat, en('meetings.actionItems.body'), 'DMX', /^DMX — /);
    await form.getByLabel(en('meetings.actionItems.task'), { exact: true }).fill(TASK);
    await typeDate(secretariat, en('meetings.actionItems.dueOn'), '16.03.2026');
    await form.getByRole('button', { name: en('meetings.actionItems.add'), exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await secretariat.getByRole('cell', { name: TASK }).waitFor();

    // The minutes, in the entries' markup.
    await secretariat.getByLabel(en('meetings.minutes.label'), { exact: true }).fill('İclası Milli Koordinator açdı.\n\n- **DMX** maarifləndirmə kampaniyası barədə məlumat verdi\n- QHT Koalisiyası təkliflərini təqdim etdi');
    await secretariat.getByRole('button', { name: en('meetings.minutes.save') }).click();
    await secretariat.getByText(en('meetings.minutes.saved')).waitFor();
    await secretariat.evaluate('window.scrollTo(0, 0)');
    await screenshot(secretariat, 'meeting-page');

    // The minutes in Word.
    const [download] = await Promise.all([secretariat.waitForEvent('download'), secretariat.getByRole('link', { name: en('meetings.download') }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'koordinator-minutes-')), 'minutes.docx');
    await download.saveAs(file);
    const { value } = await mammoth.extractRawText({ path: file });
    for (const expected of ['PROTOKOL', 'İdarələrarası Komissiyanın iclası', TITLE, '02.03.2026, saat 10:30', 'Dövlət Miqrasiya Xidməti (DMX) — üzv', '— müşahidəçi', '1. Məcburi əmək riskləri barədə maarifləndirmə', 'Qərar № 1', DECISION, TASK, '16.03.2026', 'DMX maarifləndirmə kampaniyası barədə məlumat verdi']) {
      assert.ok(value.includes(expected), `${expected} in the minutes`);
    }

    // The Coordinator sees the item among the overdue ones.
    const coordinator = await newPage(running, 'en');
    await logIn(coordinator, 'en', 'koordinator');
    const overdue = coordinator.getByRole('region', { name: en('meetings.overdue.title') });
    await overdue.getByText(TASK).waitFor();
    await screenshot(coordinator, 'home-overdue-action-items');

    // The head of the State Migration Service sees it next to its measure and among its action items, and marks it done.
    const head = await newPage(running, 'en');
    await logIn(head, 'en', 'dmx.rehber');
    const measureId = (await api(head, `/api/meetings/${meetingId}`)).agenda[0].measures[0].id;
    await head.goto(`${running.baseUrl}/measures/${measureId}`);
    await head.locator('section').filter({ has: head.getByRole('heading', { name: en('meetings.actionItems.measureSection') }) }).getByText(TASK).waitFor();
    await head.getByRole('navigation', { name: en('nav.label') }).getByRole('link', { name: en('nav.actionItems') }).click();
    await head.getByRole('heading', { name: en('meetings.actionItems.mine') }).waitFor();
    const row = head.getByRole('row').filter({ hasText: TASK });
    await row.getByText(en('meetings.actionItems.overdue')).waitFor();
    await row.getByRole('button', { name: en('meetings.actionItems.progressFor', { body: 'DMX' }) }).click();
    const dialog = head.getByRole('dialog', { name: en('meetings.actionItems.progressTitle') });
    await dialog.getByLabel(en('meetings.actionItems.status'), { exact: true }).selectOption('done');
    await dialog.getByLabel(en('meetings.actionItems.note'), { exact: true }).fill('Hesabat 15.03.2026 tarixində göndərilib');
    await dialog.getByRole('button', { name: en('common.save'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(en('meetings.status.done')).waitFor();
    assert.equal(await row.getByText(en('meetings.actionItems.overdue')).count(), 0);
    await screenshot(head, 'action-items-body');

    // Done: it is gone from the Coordinator's overdue list; the demonstration's overdue item is still there.
    await coordinator.reload();
    await overdue.getByText(/Maarifləndirmə tədbirləri və qanuniləşdirilmiş əcnəbilər/).waitFor();
    assert.equal(await overdue.getByText(TASK).count(), 0);

    // A body not invited does not find the meeting.
    const ombudsman = await newPage(running, 'en');
    await logIn(ombudsman, 'en', 'ombudsman');
    assert.equal((await ombudsman.request.get(`${running.baseUrl}/api/meetings/${meetingId}`)).status(), 404);
    await ombudsman.goto(`${running.baseUrl}/meetings/${meetingId}`);
    await ombudsman.getByTestId('problem').waitFor({ timeout: 60_000 });

    for (const page of [secretariat, coordinator, head, ombudsman]) await page.context().close();
  });
});
