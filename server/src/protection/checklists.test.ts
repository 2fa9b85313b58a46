import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { caseInput, makeUnifiedDatabaseHolder } from '../cases/case-factories.js';
import { makeOrganisation } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';

const t = await createTestApp();
const police = await makeUnifiedDatabaseHolder(t.db);
const ngoOrg = await makeOrganisation(t.db, { shortName: 'QHT', kind: 'ngo' });
const investigator = await t.as('police_investigator', police.id);
const supervisor = await t.as('police_supervisor', police.id);
const ngo = await t.as('ngo_partner', ngoOrg.id);

const indicator = (code: string, audience = 'general') => ({ code, audience, text: { az: `${code} az`, ru: `${code} ru`, en: `${code} en` } });

describe('the versions of the identification checklist', () => {
  test('listed newest first with the one in force marked; only the unit\'s supervisor may publish', async () => {
    const before = await investigator.get('/api/identification-checklists');
    assert.equal(before.statusCode, 200, before.body);
    assert.equal(before.json().abilities.publishChecklist, false);
    assert.equal((await supervisor.get('/api/identification-checklists')).json().abilities.publishChecklist, true);
    const first = before.json().versions.at(-1);
    assert.deepEqual([first.version, first.indicators, first.current], [1, 10, before.json().versions.length === 1]);

    const published = await supervisor.post('/api/identification-checklists', { title: 'Yeni versiya', publishedOn: '2026-05-01', indicators: [indicator('G1'), indicator('C1', 'child')] });
    assert.equal(published.statusCode, 201, published.body);
    const versions = (await ngo.get('/api/identification-checklists')).json().versions;
    assert.deepEqual([versions[0].version, versions[0].title, versions[0].indicators, versions[0].current, versions[0].publishedBy], [published.json().version, 'Yeni versiya', 2, true, 'Sınaq police_supervisor']);
    assert.equal(versions.filter((v: { current: boolean }) => v.current).length, 1);
  });

  test('a repeated code is refused at the repeated indicator, in the reader\'s language', async () => {
    const refused = await supervisor.request({
      method: 'POST', url: '/api/identification-checklists', headers: { 'accept-language': 'ru' },
      payload: { title: 'Təkrar', publishedOn: '2026-05-01', indicators: [indicator('G1'), indicator('G2'), indicator('G1')] },
    });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(refused.json().errors.map((e: { path: string; message: string }) => [e.path, e.message]), [['indicators.2.code', 'Такой код уже есть в списке; у каждого индикатора свой код.']]);
  });

  test('the identification read offers the configured length of a reflection period', async () => {
    const created = await investigator.post('/api/cases', caseInput());
    const view = (await investigator.get(`/api/cases/${created.json().id}/identification`)).json();
    assert.deepEqual([view.reflection, view.reflectionDays], [null, t.ctx.config.REFLECTION_DAYS]);
  });
});
