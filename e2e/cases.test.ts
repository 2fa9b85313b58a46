import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { bakuToday } from '../common/src/dates.js';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

/** A call to the API with the page's session, as the page itself would make it. */
async function api(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kk_csrf')?.value ?? '';
  const response = await page.request.fetch(`${running.baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** A case as the API takes it, recorded today. */
function caseOf(channel: string, names: string[], birthDate: string) {
  return {
    identificationChannel: channel,
    firstContactOn: bakuToday(),
    person: { names, sex: 'female', birthDate, citizenships: ['AZ'] },
    victim: { traffickingStatus: 'presumed', exploitation: ['SexualExploitation'], sexExploitation: ['Prostitution'], transnational: true },
  };
}

/** Presses a button that asks first, then the dialog's own button. */
async function confirm(page: Page, button: string, confirmLabel = button, fill?: { label: string; value: string }) {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  if (fill) await dialog.getByLabel(fill.label, { exact: true }).fill(fill.value);
  await dialog.getByRole('button', { name: confirmLabel, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Picks an option of a searchable Mantine picker by typing part of its name. */
async function pick(page: Page, label: string, typed: string, option: string) {
  // The field itself, not its (labelled) list of options.
  const input = page.locator('input').and(page.getByLabel(label, { exact: true }));
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types a day into a date field as people do, dd.mm.yyyy, and leaves it. */
async function typeDate(page: Page, label: string, day: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(day);
  await input.press('Tab');
}

describe('the unified database of victims in the browser', () => {
  test('a migration officer records a presumed victim, the police unit finds her by her name in Cyrillic, the Coordinator sees only a hidden small count', async () => {
    const az = (key: string, params?: Record<string, string>) => tr('az', key, params);
    const officer = await newPage(running, 'az');
    await logIn(officer, 'az', 'dmx.mutexessis');
    const nav = officer.getByRole('navigation', { name: az('nav.label') });
    await nav.getByRole('link', { name: az('cases.nav.list') }).click();
    await officer.getByRole('heading', { name: az('cases.list.title') }).waitFor();
    await officer.getByRole('link', { name: az('cases.nav.new') }).first().click();
    await officer.getByRole('heading', { name: az('cases.new.title') }).waitFor();

    await officer.getByLabel(az('cases.field.channel'), { exact: true }).selectOption('migration');
    await officer.getByLabel(az('cases.identity.mainName'), { exact: true }).fill('Məmmədova Aysel Vüqar qızı');
    await officer.getByRole('button', { name: az('cases.identity.addName') }).click();
    await officer.getByLabel(az('cases.identity.otherName', { n: '2' }), { exact: true }).fill('Мамедова Айсель Вугаровна');
    await officer.getByLabel(az('cases.identity.latinName'), { exact: true }).fill('MAMMADOVA AYSEL');
    await officer.getByLabel(az('cases.field.sex'), { exact: true }).selectOption('female');
    // A birth date after the first contact: the server's message must stand at the field, and nothing typed is lost.
    await typeDate(officer, az('cases.field.birthDate'), '02.05.2030');
    await pick(officer, az('cases.field.citizenships'), 'Azərb', 'Azərbaycan (AZ)');
    await officer.getByLabel(az('cases.code.exploitation.ForcedLabour'), { exact: true }).check();
    await pick(officer, az('cases.field.forcedLabourIndustry'), 'Tikinti', az('cases.code.industry.F_Construction'));
    await officer.getByLabel(az('cases.code.control.WithholdsDocuments'), { exact: true }).check();
    await officer.getByLabel(az('cases.code.recruitment.ThroughOnlineSocialNetworks'), { exact: true }).check();
    await officer.getByLabel(az('cases.field.transnational'), { exact: true }).selectOption('transnational');
    await officer.getByRole('button', { name: az('cases.victim.addEvent.exploitation') }).click();
    await pick(officer, az('cases.victim.eventCountry', { n: '1' }), 'Rusiya', 'Rusiya (RU)');
    await officer.getByLabel(az('cases.victim.eventPlace', { n: '1' }), { exact: true }).fill('Moskva vilayəti');
    await officer
      .getByRole('radiogroup', { name: az('cases.code.consent.data_processing') })
      .getByLabel(az('cases.consent.given'), { exact: true })
      .check();
    await officer
      .getByLabel(az('cases.note.bodyOf', { part: az('cases.code.part.victim') }), { exact: true })
      .fill('Sərhəd-keçid məntəqəsində müraciət edib; pasportu işəgötürəndə qalıb.');
    await officer.getByRole('button', { name: az('cases.new.save') }).click();

    const birthDate = officer.getByLabel(az('cases.field.birthDate'), { exact: true });
    await officer.locator('[aria-invalid="true"]').first().waitFor();
    assert.equal(await birthDate.getAttribute('aria-invalid'), 'true', 'the refused date is marked');
    assert.equal(await officer.evaluate(`document.activeElement?.getAttribute('aria-invalid')`), 'true', 'focus is on the field to correct');
    assert.equal(await officer.getByLabel(az('cases.identity.mainName'), { exact: true }).inputValue(), 'Məmmədova Aysel Vüqar qızı');
    assert.ok(await officer.getByLabel(az('cases.code.exploitation.ForcedLabour'), { exact: true }).isChecked());

    await typeDate(officer, az('cases.field.birthDate'), '02.05.1998');
    await officer.keyboard.press('Escape');
    assert.notEqual(await birthDate.getAttribute('aria-invalid'), 'true', 'the corrected date is no longer marked');
    await officer.evaluate('window.scrollTo(0, 0)');
    await officer.locator('.mantine-Popover-dropdown, .mantine-Combobox-dropdown').first().waitFor({ state: 'detached' });
    await screenshot(officer, 'case-new-form');
    await officer.getByRole('button', { name: az('cases.new.save') }).click();
    await officer.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const heading = officer.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'Məmmədova Aysel Vüqar qızı' }).waitFor();
    const reference = (await heading.innerText()).split(' — ')[0]!.trim();
    assert.match(reference, /^İA-\d{6}$/);
    await officer.getByText(az('cases.created.saved', { reference })).waitFor();
    await officer.getByText('Мамедова Айсель Вугаровна').waitFor();
    await officer.getByText(az('cases.code.industry.F_Construction')).waitFor();
    const parts = officer.getByTestId('visible-parts');
    await parts.getByText(az('cases.code.part.identity'), { exact: true }).waitFor();
    assert.equal(await officer.getByRole('heading', { name: az('cases.code.part.investigation') }).count(), 0, 'the investigation is not the migration service\'s part');
    await screenshot(officer, 'case-page');

    const investigator = await newPage(running, 'ru');
    await logIn(investigator, 'ru', 'polis.mustentiq');
    await investigator.goto(`${running.baseUrl}/cases`);
    await investigator.getByRole('heading', { name: tr('ru', 'cases.list.title') }).waitFor();
    const search = investigator.getByLabel(tr('ru', 'cases.list.q'), { exact: true });
    await search.fill('Мамедова');
    await search.press('Enter');
    await investigator.waitForURL(/q=/);
    const link = investigator.getByRole('link', { name: reference, exact: true });
    await link.waitFor();
    await investigator.getByRole('cell', { name: 'Məmmədova Aysel Vüqar qızı' }).waitFor();
    await screenshot(investigator, 'case-list');
    await link.click();
    await investigator.getByRole('heading', { level: 1 }).filter({ hasText: reference }).waitFor();
    await investigator.getByRole('heading', { name: tr('ru', 'cases.code.part.investigation'), exact: true }).waitFor();
    await investigator.getByText('Sərhəd-keçid məntəqəsində müraciət edib; pasportu işəgötürəndə qalıb.').waitFor();

    const coordinator = await newPage(running, 'en');
    await logIn(coordinator, 'en', 'koordinator');
    await coordinator.goto(`${running.baseUrl}/statistics`);
    const year = bakuToday().slice(0, 4);
    const yearRow = coordinator.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: year, exact: true }) });
    await yearRow.getByRole('cell', { name: '<5', exact: true }).first().waitFor();
    for (const page of [officer, investigator, coordinator]) await page.context().close();
  });

  test('duplicates are merged and the merge undone; access is asked for, granted, taken in an emergency and reviewed; a stale edit is not saved over', async () => {
    const en = (key: string, params?: Record<string, string>) => tr('en', key, params);
    const hotline = await newPage(running, 'en');
    await logIn(hotline, 'en', 'qaynar.xett');
    const ngo = await newPage(running, 'en');
    await logIn(ngo, 'en', 'qht.terefdas');

    // The hotline recorded a caller earlier; now the same woman is recorded again, her name in Cyrillic.
    await api(hotline, 'POST', '/api/cases', caseOf('hotline', ['Həsənova Leyla Rauf qızı'], '1995-03-10'));
    await hotline.goto(`${running.baseUrl}/cases/new`);
    await hotline.getByLabel(en('cases.field.channel'), { exact: true }).selectOption('hotline');
    await hotline.getByLabel(en('cases.identity.mainName'), { exact: true }).fill('Гасанова Лейла Рауфовна');
    await hotline.getByLabel(en('cases.field.sex'), { exact: true }).selectOption('female');
    await typeDate(hotline, en('cases.field.birthDate'), '10.03.1995');
    await hotline.keyboard.press('Escape');
    await hotline.getByRole('button', { name: en('cases.new.save') }).click();
    await hotline.getByTestId('created-duplicates').waitFor();
    await hotline.getByRole('link', { name: en('cases.created.reviewDuplicates') }).click();
    const candidates = hotline.getByRole('table', { name: en('cases.duplicates.title') });
    // The first candidate's row, once it offers a merge: its first cell is the other case's reference.
    const mergeable = candidates.getByRole('row').filter({ has: hotline.getByRole('button', { name: en('cases.duplicates.mergeNamed', { reference: '' }) }) }).first();
    await mergeable.waitFor();
    const twin = (await mergeable.getByRole('cell').first().innerText()).trim();
    assert.ok(twin.length > 0, 'the candidate shows its reference');
    await screenshot(hotline, 'case-duplicates');
    await confirm(hotline, en('cases.duplicates.mergeNamed', { reference: twin }), en('cases.duplicates.merge'));
    await hotline.getByRole('button', { name: en('cases.duplicates.undo'), exact: true }).waitFor();
    await confirm(hotline, en('cases.duplicates.undo'));
    await candidates.getByRole('cell', { name: twin, exact: true }).waitFor();

    // Someone saves the identity while it is being edited here: a clear message, nothing overwritten, then saved on purpose.
    const caseUrl = hotline.url().replace(/\?.*$/, '');
    const caseId = caseUrl.split('/').pop()!;
    await hotline.goto(caseUrl);
    await hotline.getByRole('button', { name: en('cases.identity.edit') }).click();
    await hotline.getByLabel(en('cases.identity.latinName'), { exact: true }).fill('HASANOVA LEYLA');
    const current = await api(hotline, 'GET', `/api/cases/${caseId}`);
    await api(hotline, 'PUT', `/api/cases/${caseId}/person`, { revision: current.identity.revision, person: { ...current.identity, address: 'Sumqayıt', childAtIdentification: null } });
    await hotline.getByRole('button', { name: en('common.save'), exact: true }).click();
    await hotline.getByTestId('case-conflict').waitFor();
    assert.equal(await hotline.getByLabel(en('cases.identity.latinName'), { exact: true }).inputValue(), 'HASANOVA LEYLA', 'the edit is kept');
    await hotline.getByRole('button', { name: en('common.save'), exact: true }).click();
    await hotline.getByTestId('case-conflict').waitFor({ state: 'detached' });
    const saved = await api(hotline, 'GET', `/api/cases/${caseId}`);
    assert.equal(saved.identity.latinName, 'HASANOVA LEYLA');

    // A case of another body is found by a search across the database and asked for; its owner grants it.
    const owned = await api(ngo, 'POST', '/api/cases', caseOf('ngo', ['Quliyeva Nərmin Arif qızı'], '2001-07-15'));
    await hotline.goto(`${running.baseUrl}/cases/search`);
    await hotline.getByLabel(en('cases.search.name'), { exact: true }).fill('Гулиева Нармин');
    await hotline.getByLabel(en('cases.field.birthYear'), { exact: true }).fill('2001');
    await hotline.getByRole('button', { name: en('cases.search.submit') }).click();
    const request = en('cases.search.requestAccessNamed', { reference: owned.reference });
    await hotline.getByRole('button', { name: request }).waitFor();
    await confirm(hotline, request, en('cases.search.sendRequest'), { label: en('cases.search.reason'), value: 'Zəng edən qadın bu şəxsin bacısıdır.' });
    await hotline.getByText(en('cases.search.alreadyRequested')).waitFor();

    await ngo.goto(`${running.baseUrl}/cases/access`);
    const grant = en('cases.access.grantNamed', { reference: owned.reference, body: 'Qaynar xətt' });
    await ngo.getByRole('button', { name: grant }).waitFor();
    await screenshot(ngo, 'case-access-requests');
    await confirm(ngo, grant, en('cases.access.grant'));
    await hotline.goto(`${running.baseUrl}/cases/${owned.id}`);
    await hotline.getByRole('heading', { level: 1 }).filter({ hasText: 'Quliyeva Nərmin Arif qızı' }).waitFor();

    // The police unit's supervisor takes emergency access; the owner sees it flagged and reviews it.
    const supervisor = await newPage(running, 'en');
    await logIn(supervisor, 'en', 'polis.rehber');
    await supervisor.goto(`${running.baseUrl}/cases/${owned.id}`);
    await supervisor.getByRole('heading', { name: en('cases.code.part.investigation'), exact: true }).waitFor();
    assert.equal(await supervisor.getByRole('heading', { name: en('cases.code.part.services'), exact: true }).count(), 0);
    await confirm(supervisor, en('cases.emergency.button'), en('cases.emergency.confirm'), { label: en('cases.emergency.reason'), value: 'Qadın təhlükədədir, yeri dərhal müəyyən edilməlidir.' });
    await supervisor.getByRole('heading', { name: en('cases.code.part.services'), exact: true }).waitFor();
    await ngo.goto(`${running.baseUrl}/cases/${owned.id}?tab=log`);
    await ngo.getByRole('table', { name: en('cases.log.title') }).getByText(en('cases.emergency.badge')).first().waitFor();
    await ngo.goto(`${running.baseUrl}/cases/access`);
    const review = en('cases.access.reviewNamed', { reference: owned.reference, body: 'İAMBİ' });
    await confirm(ngo, review, en('cases.access.markReviewed'));
    assert.equal(await ngo.getByRole('button', { name: review }).count(), 0);
    for (const page of [hotline, ngo, supervisor]) await page.context().close();
  });
});
