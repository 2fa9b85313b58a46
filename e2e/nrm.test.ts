import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { bakuToday, formatDate } from '../common/src/dates.js';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

/** A call to the API with the page's session, as the page itself would make it. */
async function api(page: Page, path: string) {
  const response = await page.request.get(`${running.baseUrl}${path}`);
  assert.ok(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Types a day into a date field as people do, dd.mm.yyyy, and leaves it. */
async function typeDate(page: Page, label: string, day: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(day);
  await input.press('Tab');
}

type Total = { year: number; total: { label: string; value: number | null } };
const yearTotal = async (page: Page, year: number) =>
  ((await api(page, `/api/statistics/cases?from=${year}&to=${year}`)).totals as Total[]).find((row) => row.year === year)!.total;

/** The year's identified victims in the statistics by status, as published (null: the year is not broken down). */
async function identifiedIn(page: Page, year: number): Promise<{ label: string; value: number | null } | null> {
  const stats = await api(page, `/api/statistics/cases?from=${year}&to=${year}`);
  const table = (stats.tables as { key: string; columns: string[]; rows: { year: number; cells: { label: string; value: number | null }[] | null }[] }[]).find((t) => t.key === 'status')!;
  const cells = table.rows.find((row) => row.year === year)?.cells;
  const column = table.columns.indexOf('identified');
  return cells && column >= 0 ? cells[column]! : null;
}

/** The kinds of the events a timeline shows, in order. */
const kindsIn = async (timeline: Locator) => Promise.all((await timeline.locator('[data-kind]').all()).map(async (item) => (await item.getAttribute('data-kind')) ?? ''));

/**
 * The National Referral Mechanism from the first contact to the statistics, in the browser: the
 * hotline records a presumed victim and refers her to the special police unit, urgently, on her
 * consent; the unit finds the referral waiting on its home page and in its inbox, accepts it within
 * the time limit, identifies her and refers her on to the state assistance centre, which accepts,
 * places her and records a service; the case's timeline tells the story, each body seeing its own
 * parts; the statistics count her as identified.
 */
describe('the National Referral Mechanism in the browser', () => {
  test('the hotline refers, the special police unit accepts in time and identifies, the assistance centre places and helps, the statistics count one identified victim', async () => {
    const az = (key: string, params?: Record<string, string>) => tr('az', key, params);
    const ru = (key: string, params?: Record<string, string>) => tr('ru', key, params);
    const year = Number(bakuToday().slice(0, 4));

    const coordinator = await newPage(running, 'en');
    await logIn(coordinator, 'en', 'koordinator');
    const before = await yearTotal(coordinator, year);
    const identifiedBefore = await identifiedIn(coordinator, year);

    // ── The hotline: a caller's sister is held abroad; the operator records her as a presumed victim.
    // (The hotline console's one-step referral from a contact is covered in e2e/hotline.test.ts.)
    const operator = await newPage(running, 'az');
    await logIn(operator, 'az', 'qaynar.xett');
    await operator.goto(`${running.baseUrl}/cases/new`);
    await operator.getByRole('heading', { name: az('cases.new.title') }).waitFor();
    await operator.getByLabel(az('cases.field.channel'), { exact: true }).selectOption('hotline');
    await operator.getByLabel(az('cases.identity.mainName'), { exact: true }).fill('Əlizadə Könül Tahir qızı');
    await operator.getByLabel(az('cases.field.sex'), { exact: true }).selectOption('female');
    await typeDate(operator, az('cases.field.birthDate'), '14.09.1996');
    await operator.keyboard.press('Escape');
    await operator.getByLabel(az('cases.code.exploitation.SexualExploitation'), { exact: true }).check();
    await operator.getByLabel(az('cases.field.transnational'), { exact: true }).selectOption('transnational');
    for (const purpose of ['data_processing', 'sharing_with_bodies']) {
      await operator.getByRole('radiogroup', { name: az(`cases.code.consent.${purpose}`) }).getByLabel(az('cases.consent.given'), { exact: true }).check();
    }
    await operator.getByRole('button', { name: az('cases.new.save') }).click();
    await operator.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const heading = operator.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'Əlizadə Könül Tahir qızı' }).waitFor();
    const reference = (await heading.innerText()).split(' — ')[0]!.trim();
    const caseUrl = operator.url();
    const caseId = caseUrl.split('/').pop()!;

    // ── Referral to the special police unit: urgent, with the services asked for, on her recorded consent.
    await operator.getByRole('tab', { name: az('cases.tabs.referrals') }).click();
    await operator.getByRole('button', { name: az('cases.referral.add') }).click();
    const form = operator.getByRole('dialog', { name: az('referrals.form.title', { reference }) });
    await form.waitFor();
    const to = form.locator('input').and(form.getByLabel(az('referrals.field.to'), { exact: true }));
    await to.click();
    await to.fill('İAMBİ');
    await operator.getByRole('option', { name: /^İAMBİ — / }).click();
    await form.getByLabel(az('referrals.code.urgency.urgent'), { exact: true }).check();
    await form.getByLabel(az('referrals.field.reason'), { exact: true }).fill('Bacısının dediyinə görə Dubayda bir evdə saxlanılır, pasportu alınıb. Şəxsiyyətin və olduğu yerin müəyyən edilməsi lazımdır.');
    for (const service of ['legal_aid', 'interpreter', 'repatriation']) await form.getByLabel(az(`referrals.code.service.${service}`), { exact: true }).check();
    assert.ok(await form.getByLabel(az('referrals.code.basis.consent'), { exact: true }).isChecked(), 'her recorded consent is the basis');
    await screenshot(operator, 'referral-form');
    await form.getByRole('button', { name: az('referrals.form.send'), exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    const referrals = operator.getByRole('table', { name: az('cases.referral.title') });
    const row = referrals.getByRole('row').filter({ hasText: 'İAMBİ' });
    await row.getByText(az('cases.code.referral.sent'), { exact: true }).waitFor();
    await row.getByText(az('referrals.code.urgency.urgent'), { exact: true }).waitFor();
    await row.getByText(/Qəbul müddəti:/).waitFor();

    // Her referral waits on the operator's home page until the unit accepts it.
    await operator.goto(`${running.baseUrl}/`);
    const operatorTasks = operator.getByTestId('tasks');
    await operatorTasks.getByRole('link', { name: az('tasks.kind.referral_unaccepted', { reference, toOrg: 'İAMBİ' }) }).waitFor();

    // ── The special police unit: the referral waits on the investigator's home page and in the inbox.
    const investigator = await newPage(running, 'ru');
    await logIn(investigator, 'ru', 'polis.mustentiq');
    const tasks = investigator.getByTestId('tasks');
    await tasks.getByRole('link', { name: ru('tasks.kind.referral_waiting', { fromOrg: 'Qaynar xətt', reference }) }).waitFor();
    await tasks.getByText(ru('tasks.severity.urgent'), { exact: true }).first().waitFor();
    await screenshot(investigator, 'tasks-home');
    const nav = investigator.getByRole('navigation', { name: ru('nav.label') });
    await nav.getByRole('link', { name: ru('referrals.nav') }).click();
    await investigator.getByRole('heading', { name: ru('referrals.inbox.title') }).waitFor();
    const search = investigator.getByLabel(ru('referrals.inbox.q'), { exact: true });
    await search.fill(reference);
    await search.press('Enter');
    await investigator.waitForURL(/q=/);
    const inbox = investigator.getByRole('table', { name: ru('referrals.inbox.captionIncoming') });
    const accept = inbox.getByRole('button', { name: ru('referrals.do.acceptedNamed', { reference, body: 'Qaynar xətt' }) });
    await accept.waitFor();
    await screenshot(investigator, 'referrals-inbox');
    await accept.click();
    await inbox.getByText(ru('cases.code.referral.accepted'), { exact: true }).waitFor();
    await inbox.getByTestId('time-to-acceptance').waitFor();
    const accepted = (await api(investigator, `/api/cases/${caseId}/referrals`)).items[0];
    assert.equal(accepted.status, 'accepted');
    assert.equal(accepted.acceptedInTime, true, 'within the urgent time limit');
    assert.ok(accepted.minutesToAcceptance < 120, String(accepted.minutesToAcceptance));
    await investigator.goto(`${running.baseUrl}/`);
    await investigator.getByTestId('tasks').waitFor();
    assert.equal(await investigator.getByTestId('tasks').getByRole('link', { name: new RegExp(reference) }).count(), 0, 'nothing waits once accepted');

    // ── Identification: the investigator assesses her against the government's indicators and identifies her.
    await investigator.goto(caseUrl);
    const identification = investigator.locator('section', { has: investigator.getByRole('heading', { name: ru('protection.identification.title'), exact: true }) });
    await identification.getByText(ru('protection.identification.none')).waitFor();
    for (const n of [0, 1]) await identification.getByRole('checkbox').nth(n).check();
    await identification.getByLabel(ru('protection.identification.decision'), { exact: true }).selectOption('identified');
    await identification.getByRole('button', { name: ru('protection.identification.record') }).click();
    await identification.getByRole('cell').getByText(ru('protection.identification.decisions.identified'), { exact: true }).waitFor();

    // ── The unit refers her on to the state assistance centre for shelter and care, with her consent.
    await investigator.goto(`${caseUrl}?tab=referrals`);
    await investigator.getByRole('button', { name: ru('cases.referral.add') }).click();
    const onward = investigator.getByRole('dialog', { name: ru('referrals.form.title', { reference }) });
    const centre = onward.locator('input').and(onward.getByLabel(ru('referrals.field.to'), { exact: true }));
    await centre.click();
    await centre.fill('Yardım');
    await investigator.getByRole('option', { name: /^Yardım Mərkəzi — / }).click();
    await onward.getByLabel(ru('referrals.field.reason'), { exact: true }).fill('Müəyyən edilmiş qurban: təhlükəsiz yerləşdirmə, tibbi və psixoloji yardım lazımdır.');
    for (const service of ['shelter', 'medical', 'psychological']) await onward.getByLabel(ru(`referrals.code.service.${service}`), { exact: true }).check();
    for (const part of ['services', 'safety']) await onward.getByLabel(ru(`cases.code.part.${part}`), { exact: true }).check();
    await onward.getByRole('button', { name: ru('referrals.form.send'), exact: true }).click();
    await onward.waitFor({ state: 'hidden' });

    // ── The assistance centre accepts it in its inbox, places her and records a service.
    const worker = await newPage(running, 'az');
    await logIn(worker, 'az', 'siginacaq');
    await worker.getByTestId('tasks').getByRole('link', { name: az('tasks.kind.referral_waiting', { fromOrg: 'İAMBİ', reference }) }).waitFor();
    await worker.goto(`${running.baseUrl}/referrals?status=sent`);
    await worker.getByRole('button', { name: az('referrals.do.acceptedNamed', { reference, body: 'İAMBİ' }) }).click();
    await worker.getByRole('table', { name: az('referrals.inbox.captionIncoming') }).getByRole('link', { name: reference }).waitFor();
    await worker.goto(caseUrl);
    const placements = worker.locator('section', { has: worker.getByRole('heading', { name: az('shelters.placement.title'), exact: true }) });
    await placements.getByRole('button', { name: az('shelters.placement.place') }).click();
    const placing = worker.getByRole('dialog');
    const shelterField = placing.locator('input').and(placing.getByLabel(az('shelters.placement.shelter'), { exact: true }));
    if (!(await shelterField.inputValue())) {
      await shelterField.click();
      await worker.getByRole('option').first().click();
    }
    await placing.getByLabel(az('shelters.placement.reason'), { exact: true }).fill('Qayıdandan sonra təhlükəsiz yaşayış yeri yoxdur');
    await placing.getByRole('button', { name: az('shelters.placement.place'), exact: true }).click();
    await placing.waitFor({ state: 'hidden' });
    await placements.getByTestId('placement-row').getByText(az('shelters.placement.current')).waitFor();
    const care = worker.locator('section', { has: worker.getByRole('heading', { name: az('care.title'), exact: true }) });
    await care.getByRole('button', { name: az('care.service.add') }).click();
    const serviceForm = worker.getByRole('dialog');
    await serviceForm.getByLabel(az('care.service.kind'), { exact: true }).selectOption('medical');
    await serviceForm.getByLabel(az('care.service.details'), { exact: true }).fill('İlkin tibbi müayinə');
    await serviceForm.getByLabel(az('care.service.status'), { exact: true }).selectOption('provided');
    await serviceForm.getByLabel(az('care.service.providerName'), { exact: true }).fill('Bakı şəhər 1 saylı poliklinika');
    await typeDate(worker, az('care.service.startedOn'), formatDate(bakuToday()));
    await typeDate(worker, az('care.service.completedOn'), formatDate(bakuToday()));
    await serviceForm.getByLabel(az('care.service.outcome'), { exact: true }).fill('Müayinə keçirilib');
    await serviceForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await serviceForm.waitFor({ state: 'hidden' });
    await care.getByTestId('service-row').getByText(az('care.kind.medical')).waitFor();

    // Her timeline as the centre sees it: its own referral, the placement, the service; not the decisions
    // on her status, which are not a shelter's part of the record.
    await worker.goto(`${caseUrl}?tab=timeline`);
    const centreTimeline = worker.getByTestId('timeline');
    await centreTimeline.locator('[data-kind="placement_entered"]').waitFor();
    const centreKinds = await kindsIn(centreTimeline);
    assert.ok(centreKinds.some((kind) => kind.startsWith('service_')), centreKinds.join());
    assert.ok(!centreKinds.includes('status_decided'), 'not the shelter\'s part');
    assert.deepEqual(centreKinds.filter((kind) => kind.startsWith('referral_')), ['referral_sent', 'referral_accepted'], 'only the referral to the centre');

    // The case's timeline tells the story so far, in the hotline's view.
    await operator.goto(`${caseUrl}?tab=timeline`);
    const timeline = operator.getByTestId('timeline');
    await timeline.getByText(az('timeline.kind.referral_sent', { fromOrg: 'Qaynar xətt', toOrg: 'İAMBİ' }), { exact: true }).waitFor();
    await timeline.locator('[data-kind="referral_accepted"]').getByText(/^İAMBİ /).waitFor();
    assert.deepEqual((await kindsIn(timeline)).filter((kind) => kind.startsWith('referral_')), ['referral_sent', 'referral_accepted'], 'the hotline\'s own referral, not the unit\'s onward one');
    await timeline.getByText(az('timeline.kind.status_decided', { status: az('cases.code.traffickingStatus.identified') }), { exact: true }).waitFor();
    await screenshot(operator, 'case-timeline');
    await operator.goto(`${running.baseUrl}/`);
    await operator.getByTestId('tasks').waitFor();
    assert.equal(await operator.getByTestId('tasks').getByRole('link', { name: new RegExp(reference) }).count(), 0);

    // ── The statistics count her, as identified. A year with fewer people than the threshold is
    //    published as "<5" and not broken down: then only its total says she is there.
    assert.equal((await api(investigator, `/api/cases/${caseId}`)).traffickingStatus, 'identified');
    const after = await yearTotal(coordinator, year);
    if (before.value !== null) assert.equal(after.value, before.value + 1);
    else assert.ok(after.value === null || after.value >= 1);
    const identifiedAfter = await identifiedIn(coordinator, year);
    if (identifiedAfter && identifiedBefore?.value != null && identifiedAfter.value !== null) assert.equal(identifiedAfter.value, identifiedBefore.value + 1);
    else if (identifiedAfter) assert.ok(identifiedAfter.value === null || identifiedAfter.value >= 1, identifiedAfter.label);
    await coordinator.goto(`${running.baseUrl}/statistics`);
    const yearRow = coordinator.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: String(year), exact: true }) });
    await yearRow.getByRole('cell', { name: after.label, exact: true }).first().waitFor();
    for (const page of [operator, investigator, worker, coordinator]) await page.context().close();
  });
});
