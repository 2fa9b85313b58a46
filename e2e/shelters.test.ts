import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { bakuToday, formatDate } from '../common/src/dates.js';
import { logIn, newPage, screenshot, startApplication, tr } from './harness.js';

const running = await startApplication();

/** A call to the API with the page's session, as the page itself would make it. */
async function api(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kk_csrf')?.value ?? '';
  const response = await page.request.fetch(`${running.baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Takes the pointer off the page's notices so they close, and waits for them to go (for a clean screenshot). */
async function settle(page: Page) {
  await page.mouse.move(700, 5);
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

/** Types a day into a date field as people do, dd.mm.yyyy, and leaves it. */
async function typeDate(page: Page, label: string, day: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(formatDate(day));
  await input.press('Tab');
}

interface ShelterRow {
  id: string;
  kind: string;
  name: string;
  operator: { id: string };
  occupancy: { female: number; male: number; children: number };
  capacity: { female: number; male: number; children: number };
}

describe('shelters and services in the browser', () => {
  test('a case referred to the assistance centre and accepted there: the shelter worker places the woman, records a service and a plan goal, and the registry counts her', async () => {
    const az = (key: string, params?: Record<string, string>) => tr('az', key, params);
    const today = bakuToday();

    // The special police unit records a presumed victim and refers her to the state assistance centre.
    const police = await newPage(running, 'az');
    await logIn(police, 'az', 'polis.mustentiq');
    const shelters = (await api(police, 'GET', '/api/shelters')).items as ShelterRow[];
    const centre = shelters.find((s) => s.kind === 'assistance_centre')!;
    assert.ok(centre, 'the demonstration registry has the state assistance centre');
    const created = await api(police, 'POST', '/api/cases', {
      identificationChannel: 'police',
      firstContactOn: today,
      person: { names: ['Rəhimova Günay Elşən qızı'], sex: 'female', birthDate: '1997-09-12', citizenships: ['AZ'] },
      victim: { traffickingStatus: 'presumed', exploitation: ['ForcedLabour'], transnational: true },
      consents: [{ purpose: 'data_processing', given: true, recordedOn: today }, { purpose: 'sharing_with_bodies', given: true, recordedOn: today }],
    });
    const caseId = created.id as string;
    const referral = await api(police, 'POST', `/api/cases/${caseId}/referrals`, { toOrgId: centre.operator.id, parts: ['identity', 'services', 'safety'], reason: 'Təhlükəsiz yerləşdirmə lazımdır' });

    // The centre accepts the referral, then places her through the case page.
    const worker = await newPage(running, 'az');
    await logIn(worker, 'az', 'siginacaq');
    await api(worker, 'POST', `/api/case-referrals/${referral.id}/status`, { status: 'accepted' });
    await worker.goto(`${running.baseUrl}/cases/${caseId}`);
    const placements = worker.locator('section', { has: worker.getByRole('heading', { name: az('shelters.placement.title'), exact: true }) });
    await placements.getByText(az('shelters.placement.none')).waitFor();
    await placements.getByRole('button', { name: az('shelters.placement.place') }).click();
    const drawer = worker.getByRole('dialog');
    // The centre runs one shelter: it is chosen already; otherwise it is picked from the list.
    const shelterField = drawer.locator('input').and(drawer.getByLabel(az('shelters.placement.shelter'), { exact: true }));
    if ((await shelterField.inputValue()) !== centre.name) {
      await shelterField.click();
      await worker.getByRole('option', { name: centre.name, exact: true }).click();
    }
    await drawer.getByTestId('place-occupancy').filter({ hasText: `${centre.occupancy.female} / ${centre.capacity.female}` }).waitFor();
    await drawer.getByLabel(az('shelters.placement.reason'), { exact: true }).fill('Qayıdandan sonra yaşamağa yeri yoxdur');
    await drawer.getByRole('button', { name: az('shelters.placement.place'), exact: true }).click();
    await drawer.waitFor({ state: 'hidden' });
    const row = placements.getByTestId('placement-row');
    await row.getByText(centre.name).waitFor();
    await row.getByText(az('shelters.placement.current')).waitFor();
    await row.getByRole('button', { name: az('shelters.placement.exit') }).waitFor();

    // A service already given: psychological support by a clinic, with its outcome.
    const care = worker.locator('section', { has: worker.getByRole('heading', { name: az('care.title'), exact: true }) });
    await care.getByRole('button', { name: az('care.service.add') }).click();
    const serviceForm = worker.getByRole('dialog');
    await serviceForm.getByLabel(az('care.service.kind'), { exact: true }).selectOption('psychological');
    await serviceForm.getByLabel(az('care.service.details'), { exact: true }).fill('Yuxusuzluq və qorxu');
    await serviceForm.getByLabel(az('care.service.status'), { exact: true }).selectOption('provided');
    await serviceForm.getByLabel(az('care.service.providerName'), { exact: true }).fill('Respublika Psixi Sağlamlıq Mərkəzi');
    await typeDate(worker, az('care.service.startedOn'), today);
    await typeDate(worker, az('care.service.completedOn'), today);
    await serviceForm.getByLabel(az('care.service.outcome'), { exact: true }).fill('İlk seans keçirilib; yuxusu yaxşılaşıb');
    await serviceForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await serviceForm.waitFor({ state: 'hidden' });
    const service = care.getByTestId('service-row');
    await service.getByText(az('care.kind.psychological')).waitFor();
    await service.getByText(az('care.serviceStatus.provided')).waitFor();
    await service.getByText('İlk seans keçirilib; yuxusu yaxşılaşıb').waitFor();

    // The individual rehabilitation and reintegration plan, with its first goal.
    await care.getByRole('button', { name: az('care.plan.start') }).click();
    const planForm = worker.getByRole('dialog');
    await typeDate(worker, az('care.plan.nextReviewOn'), shiftDay(today, 30));
    await planForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await planForm.waitFor({ state: 'hidden' });
    await care.getByRole('button', { name: az('care.goal.add') }).click();
    const goalForm = worker.getByRole('dialog');
    await goalForm.getByLabel(az('care.goal.area'), { exact: true }).selectOption('vocational_training');
    await goalForm.getByLabel(az('care.goal.text'), { exact: true }).fill('Aşpazlıq kursunu bitirmək və işə düzəlmək');
    await typeDate(worker, az('care.goal.targetOn'), shiftDay(today, 120));
    await goalForm.getByRole('button', { name: az('common.save'), exact: true }).click();
    await goalForm.waitFor({ state: 'hidden' });
    await care.getByTestId('goal').getByText('Aşpazlıq kursunu bitirmək və işə düzəlmək').waitFor();
    await placements.scrollIntoViewIfNeeded();
    await settle(worker);
    await screenshot(worker, 'case-placement-and-care');

    // The registry counts her in the centre's women's places, computed from the placement.
    await worker.getByRole('navigation', { name: az('nav.label') }).getByRole('link', { name: az('nav.shelters') }).click();
    await worker.getByRole('heading', { name: az('shelters.title'), level: 1 }).waitFor();
    const registryRow = worker.getByRole('row').filter({ has: worker.getByRole('link', { name: centre.name, exact: true }) });
    await registryRow.getByTestId('occupancy-female').filter({ hasText: `${centre.occupancy.female + 1} / ${centre.capacity.female}` }).waitFor();
    await settle(worker);
    await screenshot(worker, 'shelters-registry');

    // Her shelter's page lists her among the residents, for the centre only.
    await registryRow.getByRole('link', { name: centre.name, exact: true }).click();
    await worker.getByRole('heading', { name: az('shelters.residents.title') }).waitFor();
    await worker.getByRole('cell', { name: 'Rəhimova Günay Elşən qızı' }).waitFor();
    await settle(worker);
    await screenshot(worker, 'shelter-page');

    // Every woman's place taken: placing another needs the explicit override, with its reason.
    const current = await api(worker, 'GET', `/api/shelters/${centre.id}`);
    const taken = centre.occupancy.female + 1;
    await api(worker, 'PUT', `/api/shelters/${centre.id}`, {
      revision: current.revision, kind: current.kind, name: current.name, operatorOrgId: current.operator.id, supervisingOrgId: current.supervisingBody?.id ?? null,
      region: current.region, capacity: { ...current.capacity, female: taken }, services: current.services, contacts: current.contacts, nearCapacityPercent: current.nearCapacityPercent, active: true,
    });
    const second = await api(police, 'POST', '/api/cases', {
      identificationChannel: 'police', firstContactOn: today,
      person: { names: ['Səfərova Lalə'], sex: 'female', birthDate: '1993-02-20', citizenships: ['AZ'] },
      victim: { traffickingStatus: 'presumed', exploitation: ['SexualExploitation'], transnational: true },
      consents: [{ purpose: 'data_processing', given: true, recordedOn: today }, { purpose: 'sharing_with_bodies', given: true, recordedOn: today }],
    });
    const secondReferral = await api(police, 'POST', `/api/cases/${second.id}/referrals`, { toOrgId: centre.operator.id, parts: ['identity', 'services', 'safety'], reason: 'Təcili yerləşdirmə' });
    await api(worker, 'POST', `/api/case-referrals/${secondReferral.id}/status`, { status: 'accepted' });
    await worker.goto(`${running.baseUrl}/cases/${second.id}`);
    await placements.getByRole('button', { name: az('shelters.placement.place') }).click();
    const fullForm = worker.getByRole('dialog');
    const warning = fullForm.getByTestId('capacity-warning');
    await warning.getByText(az('shelters.placement.fullTitle')).waitFor();
    await fullForm.getByLabel(az('shelters.placement.reason'), { exact: true }).fill('Gecə saatlarında polis tərəfindən gətirilib');
    await fullForm.getByRole('button', { name: az('shelters.placement.place'), exact: true }).click();
    assert.ok(await fullForm.isVisible(), 'not placed without the override');
    await warning.getByLabel(az('shelters.placement.override'), { exact: true }).check();
    await warning.getByLabel(az('shelters.placement.overrideReason'), { exact: true }).fill('Başqa sığınacaqda gecə qəbul yoxdur');
    await settle(worker);
    await screenshot(worker, 'placement-over-capacity');
    await fullForm.getByRole('button', { name: az('shelters.placement.place'), exact: true }).click();
    await fullForm.waitFor({ state: 'hidden' });
    await placements.getByTestId('placement-row').getByText(az('shelters.placement.overCapacity')).waitFor();
    await placements.getByText('Başqa sığınacaqda gecə qəbul yoxdur').waitFor();

    // The police unit sees the registry with the centre's contacts, but not where she stays: not its part.
    const policeView = (await api(police, 'GET', '/api/shelters')).items.find((s: ShelterRow) => s.id === centre.id);
    assert.equal(policeView.occupancy.female, centre.occupancy.female + 2);
    assert.equal(policeView.level, 'full');
    assert.ok(policeView.contacts, 'the police unit sees the contacts');
    const hidden = await police.request.fetch(`${running.baseUrl}/api/cases/${caseId}/placements`);
    assert.equal(hidden.status(), 403);
    for (const page of [police, worker]) await page.context().close();
  });
});

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
