/**
 * Throw-away PostgreSQL databases for the integration suites. TEST_DATABASE_URL names a server
 * the tests may create databases on (e.g. postgres://homepage:homepage@127.0.0.1:5432/postgres);
 * each run gets its own database, dropped afterwards. .ci/run sets it up.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ThrowAwayDatabase {
  /** Connection string of the new database. */
  url: string;
  drop(): Promise<void>;
}

export async function createThrowAwayDatabase(serverUrl: string): Promise<ThrowAwayDatabase> {
  const name = `homepage_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // FORCE ends leftover sessions, but a role without the right to signal them (the CI role)
        // may not use it; by now the CMSes have stopped, so the plain drop is the usual path.
        await client.query(`DROP DATABASE IF EXISTS "${name}"`).catch(() => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      } finally {
        await client.end();
      }
    },
  };
}
