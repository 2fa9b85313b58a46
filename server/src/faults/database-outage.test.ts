/*
 * The PostgreSQL server going away under a running application and coming back: requests in
 * flight fail with 503, a retry hint and problem+json; /readyz goes false while the database is
 * away and true again after; the same process then serves as before, without a restart.
 *
 * Restarting the whole PostgreSQL server would disturb every other test using it, so the outage
 * is made for this test's database alone: it stops accepting connections and every connection to
 * it is ended, which is what the application sees of a restart (its connections cut, new ones
 * refused until the server is back).
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { migrate } from '../db/migrate.js';
import { seedOrganisations } from '../seed/seed.js';
import { makeSession, makeUser } from '../test/factories.js';
import { TEST_DB } from '../test/test-database.js';
import { newInstallation, withAdmin, withDatabase, type Installation } from './fault-data.js';
import { call, sessionHeaders, startServer, waitFor, type ServerProcess } from './server-process.js';

const skip = TEST_DB === 'postgres' ? false : 'only a PostgreSQL server can go away under the application (the embedded database runs inside it); run with TEST_DB=postgres';

describe('the PostgreSQL server going away and coming back', { skip }, () => {
  let installation: Installation | undefined;
  let server: ServerProcess | undefined;
  let headers: Record<string, string>;

  after(async () => {
    await server?.kill('SIGKILL');
    const made = installation;
    if (!made) return;
    await withAdmin((client) => client.query(`ALTER DATABASE ${made.databaseName} WITH ALLOW_CONNECTIONS true`)).catch(() => undefined);
    await made.remove();
  });

  test('the application is up and ready', async () => {
    installation = await newInstallation('outage');
    headers = await withDatabase(installation!, async (db) => {
      await migrate(db);
      await seedOrganisations(db);
      return sessionHeaders(await makeSession(db, (await makeUser(db, { role: 'secretariat' })).id));
    });
    server = await startServer(installation!.env);
    assert.equal((await call(server!, 'GET', '/api/organisations', headers)).status, 200);
  });

  test('a request in flight when the database goes away is answered 503 with a retry hint', async () => {
    const name = installation!.databaseName!;
    // A lock on the sessions table holds the next request at its session look-up: in flight, in the database.
    const holder = new pg.Client({ connectionString: installation!.env.DATABASE_URL });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table sessions in access exclusive mode');
    const inFlight = call(server!, 'GET', '/api/organisations', headers);
    await waitFor('the request to wait in the database', async () =>
      (await holder.query("select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")).rowCount);

    await withAdmin(async (client) => {
      await client.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
    });
    await holder.end().catch(() => undefined);

    const answer = await inFlight;
    assert.equal(answer.status, 503, answer.text);
    assert.equal(answer.headers.get('retry-after'), '5');
    assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(answer.json().code, 'UNAVAILABLE');
  });

  test('while it is away, /readyz is false and new requests are 503 with a retry hint, not errors', async () => {
    const ready = await waitFor('/readyz to go false', async () => {
      const response = await call(server!, 'GET', '/readyz', {});
      return response.status === 503 && response;
    });
    assert.equal(ready.headers.get('retry-after'), '5');
    assert.equal(ready.json().code, 'UNAVAILABLE');
    for (const [method, path, body] of [['GET', '/api/organisations'], ['GET', '/api/plans'], ['POST', '/api/report-periods', { planId: '00000000-0000-4000-8000-000000000000', kind: 'year', year: 2021, dueOn: '2099-01-31' }]] as const) {
      const response = await call(server!, method, path, headers, body);
      assert.equal(response.status, 503, `${method} ${path}: ${response.text}`);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.equal(response.json().code, 'UNAVAILABLE');
    }
    assert.equal((await call(server!, 'GET', '/healthz', {})).status, 200, 'the process itself is alive');
  });

  test('when it is back, /readyz is true again and the same process serves as before', async () => {
    await withAdmin((client) => client.query(`ALTER DATABASE ${installation!.databaseName} WITH ALLOW_CONNECTIONS true`));
    await waitFor('/readyz to go true', async () => (await call(server!, 'GET', '/readyz', {})).status === 200);
    const organisations = await call(server!, 'GET', '/api/organisations', headers);
    assert.equal(organisations.status, 200, organisations.text);
    assert.ok((organisations.json().items as unknown[]).length >= 40);
    assert.equal(server!.child.exitCode, null, 'not restarted');
    assert.equal(server!.child.signalCode, null);
  });
});
