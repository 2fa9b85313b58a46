import { sql } from 'kysely';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../test/test-app.js';
import { makeUser } from '../test/factories.js';
import { seedOrganisations } from '../seed/seed.js';
import { ORGANISATION_SEEDS } from './seed-data.js';

const t = await createTestApp();
await seedOrganisations(t.db);

describe('organisations', () => {
  test('the plan’s organisations are there from the start, once', async () => {
    assert.equal(await seedOrganisations(t.db), 0, 'seeding again adds nothing');
    const reader = await t.as('oversight_reader');
    const body = (await reader.get('/api/organisations?pageSize=200')).json();
    for (const seed of ORGANISATION_SEEDS) assert.ok(body.items.some((o: { key: string }) => o.key === seed.key), seed.key);
    assert.deepEqual(body.abilities, { create: false });
  });

  test('lists are in Azerbaijani alphabetical order', async () => {
    const admin = await t.as('admin');
    for (const nameAz of ['Çay Nümunəlik', 'Cəbrayıl Nümunəlik', 'Əmək Nümunəlik', 'Eyvaz Nümunəlik', 'İlkin Nümunəlik', 'Ilıq Nümunəlik', 'Öncül Nümunəlik', 'Ocaq Nümunəlik', 'Şəki Nümunəlik', 'Sabah Nümunəlik']) {
      assert.equal((await admin.post('/api/organisations', { nameAz, shortName: nameAz.slice(0, 3), kind: 'ngo' })).statusCode, 201);
    }
    const names = (await admin.get('/api/organisations?q=N%C3%BCmun%C9%99lik&pageSize=200')).json().items.map((o: { nameAz: string }) => o.nameAz);
    assert.deepEqual(names, ['Cəbrayıl Nümunəlik', 'Çay Nümunəlik', 'Eyvaz Nümunəlik', 'Əmək Nümunəlik', 'Ilıq Nümunəlik', 'İlkin Nümunəlik', 'Ocaq Nümunəlik', 'Öncül Nümunəlik', 'Sabah Nümunəlik', 'Şəki Nümunəlik']);
  });

  test('search ignores case and diacritics and looks at aliases and other languages', async () => {
    const reader = await t.as('agency_focal_point');
    const names = async (q: string) => (await reader.get(`/api/organisations?q=${encodeURIComponent(q)}`)).json().items.map((o: { key: string }) => o.key);
    assert.ok((await names('emek ve ehalinin')).includes('eesmn'));
    assert.ok((await names('ƏƏSMN')).includes('eesmn'));
    assert.ok((await names('migration service')).includes('dmx'));
    assert.ok((await names('миграционная')).includes('dmx'));
    assert.deepEqual(await names('100%_'), []);
  });

  test('an administrator edits an organisation; one with users cannot be deleted', async () => {
    const admin = await t.as('admin');
    const created = (await admin.post('/api/organisations', { nameAz: 'Silinəcək Qurum', shortName: 'SQ', kind: 'ngo', aliases: ['SQ', ' Silinecek qurum ', 'SQ'] })).json();
    assert.deepEqual(created.aliases, ['SQ', 'Silinecek qurum']);
    const updated = await admin.put(`/api/organisations/${created.id}`, { nameAz: 'Silinəcək Qurum', shortName: 'SQ', kind: 'company', aliases: [], active: false });
    assert.equal(updated.json().kind, 'company');
    assert.equal(updated.json().active, false);
    await makeUser(t.db, { role: 'ngo_partner', organisationId: created.id });
    assert.equal((await admin.delete(`/api/organisations/${created.id}`)).json().code, 'ORG_IN_USE');
    const named = (await admin.post('/api/organisations', { nameAz: 'Qeydlərdə Adı Olan Qurum', shortName: 'QAQ', kind: 'ngo' })).json();
    await sql`insert into cases (owner_org_id, identification_channel, first_contact_on, created_by) values (${named.id}, 'ngo', '2026-01-01', ${admin.user.id})`.execute(t.db.owner);
    const refused = await admin.delete(`/api/organisations/${named.id}`);
    assert.equal(refused.statusCode, 409, 'a body named in records is kept, not a server error');
    assert.equal(refused.json().code, 'ORG_IN_USE');
    const empty = (await admin.post('/api/organisations', { nameAz: 'Boş Qurum', shortName: 'BQ', kind: 'ngo' })).json();
    assert.equal((await admin.delete(`/api/organisations/${empty.id}`)).statusCode, 204);
    assert.equal((await admin.get(`/api/organisations/${empty.id}`)).statusCode, 404);
  });

  test('names are unique regardless of case', async () => {
    const admin = await t.as('admin');
    const response = await admin.post('/api/organisations', { nameAz: 'DÖVLƏT MIQRASIYA XIDMƏTI'.toLowerCase(), shortName: 'X', kind: 'ngo' });
    assert.equal(response.json().code, 'ORG_NAME_TAKEN');
  });
});
