import pg from 'pg';
import { APP_ROLE, kyselyOver, type Database } from './database.js';

const DATE_OID = 1082;
const INT8_OID = 20;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** Connects to a PostgreSQL server. Application connections switch to the application role. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const appPool = new pg.Pool({ connectionString: url, max: poolSize, types });
  appPool.on('error', () => undefined); // an idle client's failure surfaces on its next use
  const switched = new WeakSet<pg.PoolClient>();
  const guarded = new WeakSet<pg.PoolClient>();
  // A connection cut while a request holds it between two queries is reported as an 'error'
  // event, which would end the process if no one listened: the failure surfaces instead on the
  // client's next query, the request is answered 503, and the pool drops the connection.
  const guard = (client: pg.PoolClient) => {
    if (!guarded.has(client)) client.on('error', () => undefined), guarded.add(client);
    return client;
  };
  // A connection that cannot take the application role is never handed out: running as the
  // owner would bypass row-level security.
  const appConnections = {
    async connect() {
      const client = guard(await appPool.connect());
      if (!switched.has(client)) {
        try {
          await client.query(`SET ROLE ${APP_ROLE}`);
        } catch (error) {
          client.release(error as Error);
          throw error;
        }
        switched.add(client);
      }
      return client;
    },
    end: () => appPool.end(),
  };
  // One owner connection: session-level advisory locks (migrations) must be taken and released on it.
  const ownerPool = new pg.Pool({ connectionString: url, max: 1, types });
  ownerPool.on('error', () => undefined);
  const ownerConnections = { connect: async () => guard(await ownerPool.connect()), end: () => ownerPool.end() };
  return {
    kind: 'postgres',
    app: kyselyOver(appConnections),
    owner: kyselyOver(ownerConnections),
    async execScript(script) {
      const client = await ownerPool.connect();
      try {
        await client.query(script);
      } finally {
        client.release();
      }
    },
    async close() {
      await Promise.all([appPool.end(), ownerPool.end()]);
    },
  };
}
