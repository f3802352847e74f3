// `pnpm migrate:postgres`: copies a site from the SQLite default to PostgreSQL with Strapi's own
// data transfer (`strapi export` from SQLite, `strapi import` into PostgreSQL): content, media
// library and uploaded files (local folder), settings. Admin accounts and API tokens are not part
// of a Strapi export: the first boot on PostgreSQL creates the owner from ADMIN_EMAIL/ADMIN_PASSWORD,
// or register again in the admin UI.
//
//   DATABASE_URL=postgres://user:pass@host:5432/homepage pnpm migrate:postgres
//
// Reads the SQLite file at DATABASE_FILENAME (default cms/.tmp/data.db) and writes into the
// PostgreSQL database of DATABASE_URL (or DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD), which should
// be empty; a database that already holds content is refused unless --replace is given.
// Stop the CMS first, so no edit is lost between the export and the switch.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const cmsDir = fileURLToPath(new URL('..', import.meta.url));
const strapiBin = path.join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const replace = process.argv.includes('--replace');

function fail(message) {
  console.error(`migrate:postgres: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(cmsDir, 'dist', 'src', 'index.js'))) fail('the CMS is not built; run "pnpm build" first');
if (!process.env.DATABASE_URL && !process.env.DATABASE_HOST) {
  fail('set DATABASE_URL to the PostgreSQL database to copy into, e.g. DATABASE_URL=postgres://homepage:secret@127.0.0.1:5432/homepage');
}
const sqliteFile = path.resolve(cmsDir, process.env.DATABASE_FILENAME || '.tmp/data.db');
if (!existsSync(sqliteFile)) fail(`the SQLite database ${sqliteFile} does not exist (set DATABASE_FILENAME)`);

/** Rows of the content types in the target, 0 for a database Strapi has never booted on. */
async function targetContentRows() {
  const client = new pg.Client(
    process.env.DATABASE_URL
      ? { connectionString: process.env.DATABASE_URL }
      : {
          host: process.env.DATABASE_HOST,
          port: Number(process.env.DATABASE_PORT || 5432),
          database: process.env.DATABASE_NAME || 'homepage',
          user: process.env.DATABASE_USERNAME || 'homepage',
          password: process.env.DATABASE_PASSWORD || '',
        },
  );
  await client.connect();
  try {
    let rows = 0;
    for (const table of ['profiles', 'publications', 'blog_posts', 'tags', 'series']) {
      const { rows: found } = await client.query('SELECT to_regclass($1) AS name', [`public.${table}`]);
      if (found[0].name) rows += Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    }
    return rows;
  } finally {
    await client.end();
  }
}

/** Runs the Strapi CLI in cms/ against one database; the seed stays off so only the copy lands. */
function strapi(args, databaseEnv) {
  const env = { ...process.env, ...databaseEnv, SEED_ON_BOOT: 'false', STRAPI_TELEMETRY_DISABLED: 'true' };
  const result = spawnSync(process.execPath, [strapiBin, ...args], { cwd: cmsDir, env, stdio: 'inherit' });
  if (result.status !== 0) fail(`"strapi ${args[0]}" failed (exit ${result.status ?? result.signal})`);
}

const existing = await targetContentRows().catch((error) => fail(`cannot reach the PostgreSQL database: ${error.message}`));
if (existing > 0 && !replace) {
  fail(`the PostgreSQL database already holds ${existing} entries; pass --replace to overwrite them with the SQLite site`);
}

const workDir = mkdtempSync(path.join(tmpdir(), 'homepage-migrate-'));
const exportDir = path.join(workDir, 'export');
try {
  console.log(`migrate:postgres: exporting ${sqliteFile}`);
  strapi(['export', '--no-encrypt', '--format', 'dir', '-f', exportDir], {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: sqliteFile,
  });
  console.log('migrate:postgres: importing into PostgreSQL');
  strapi(['import', '--force', '-f', exportDir], { DATABASE_CLIENT: 'postgres' });
  console.log('migrate:postgres: done; start the CMS with DATABASE_CLIENT=postgres and the same DATABASE_URL');
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
