// What `pnpm backup` and `pnpm restore` share: where the CMS keeps its data (the same settings and
// defaults as config/database.ts and config/server.ts, read from the environment or cms/.env),
// file hashing, and the manifest's shape.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CMS_DIR = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST = 'manifest.json';
export const MANIFEST_FORMAT = 1;

/** The CMS's data locations. The environment wins over cms/.env (ENV_PATH names another file). */
export function readSettings() {
  const envFile = path.resolve(CMS_DIR, process.env.ENV_PATH || '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const env = process.env;
  const client = env.DATABASE_CLIENT || 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres') {
    throw new Error(`DATABASE_CLIENT "${client}" is not supported: use "sqlite" (default) or "postgres"`);
  }
  const host = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  return {
    client,
    databaseFile: path.resolve(CMS_DIR, env.DATABASE_FILENAME || '.tmp/data.db'),
    uploadsDir: path.resolve(CMS_DIR, env.PUBLIC_DIR || './public', 'uploads'),
    cmsUrl: `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT || 1337}`,
    postgres: {
      url: env.DATABASE_URL,
      host: env.DATABASE_HOST || 'localhost',
      port: env.DATABASE_PORT || '5432',
      database: env.DATABASE_NAME || 'homepage',
      user: env.DATABASE_USERNAME || 'homepage',
      password: env.DATABASE_PASSWORD || '',
    },
  };
}

/** pg_dump / pg_restore arguments and environment for the configured PostgreSQL database. */
export function postgresConnection({ url, host, port, database, user, password }) {
  if (url) return { args: [`--dbname=${url}`], env: process.env };
  return {
    args: [`--host=${host}`, `--port=${port}`, `--username=${user}`, `--dbname=${database}`],
    env: { ...process.env, PGPASSWORD: password },
  };
}

export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), relative);
      return entry.isFile() ? [relative] : [];
    })
    .sort();
}

/** Hash and size of each file under dir. */
export async function describeFiles(dir) {
  const files = [];
  for (const relative of listFiles(dir)) {
    const file = path.join(dir, relative);
    files.push({ path: relative, bytes: statSync(file).size, sha256: await sha256File(file) });
  }
  return files;
}

/** True when something answers HTTP at the CMS's address (any status: it is running). */
export async function cmsAnswers(cmsUrl) {
  try {
    await fetch(`${cmsUrl}/_health`, { signal: AbortSignal.timeout(1500) });
    return true;
  } catch {
    return false;
  }
}

/** Ends the script with a one-line error, no stack: these are operator messages. */
export function fail(message) {
  console.error(`${path.basename(process.argv[1], '.mjs')}: ${message}`);
  process.exit(1);
}
