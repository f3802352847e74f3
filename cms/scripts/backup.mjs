// `pnpm backup [folder]`: a consistent snapshot of the CMS's data while it runs, into
// backups/<timestamp>/ (or the folder given): the database, the uploads folder and a manifest
// (row counts, sizes, sha256 of every file) that `pnpm restore` checks before it touches anything.
//
// SQLite is copied with SQLite's online backup API (better-sqlite3's .backup()): one read
// transaction, so the copy is the database at one instant even while the owner saves and with WAL.
// The database is copied before the uploads: the CMS stores a file before the row that names it, so
// every file the copied rows name is complete by then. PostgreSQL goes through pg_dump (one
// snapshot as well) when it is installed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR, MANIFEST, MANIFEST_FORMAT, describeFiles, fail, postgresConnection, readSettings, sha256File } from './backup-common.mjs';

const require = createRequire(import.meta.url);
const usage = 'usage: pnpm backup [folder]   (default: backups/<timestamp>/ at the repository root)';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) fail(`unexpected arguments ${JSON.stringify(args)}\n${usage}`);

let settings;
try {
  settings = readSettings();
} catch (error) {
  fail(error.message);
}

const createdAt = new Date();
const target = args[0]
  ? path.resolve(process.env.INIT_CWD || process.cwd(), args[0])
  : path.resolve(CMS_DIR, '..', 'backups', createdAt.toISOString().replace(/[:.]/g, '-'));
if (existsSync(target) && readdirSync(target).length > 0) fail(`${target} is not empty: give a new folder`);
mkdirSync(target, { recursive: true });

/** Copies the live SQLite file into `file` and returns what the manifest records about it. */
async function backupSqlite(source, file) {
  if (!existsSync(source)) fail(`no SQLite database at ${source} (DATABASE_FILENAME)`);
  const Database = require('better-sqlite3');
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    // After the first step, everything left in one step: one read transaction, one instant.
    await live.backup(file, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  // The copy becomes one self-contained file (no -wal beside it); the CMS turns WAL on again.
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') fail(`the copied database fails its integrity check: ${integrity}`);
    const tables = copy
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all();
    const rows = Object.fromEntries(tables.map((table) => [table, copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()]));
    const files = tables.includes('files') ? copy.prepare('SELECT url, formats FROM files').all() : [];
    return { client: 'sqlite', file: path.basename(file), integrity, rows, referencedUploads: referencedUploads(files) };
  } finally {
    copy.close();
  }
}

/** The local uploads the media library's rows point at (the original and its formats). */
function referencedUploads(rows) {
  const urls = rows.flatMap(({ url, formats }) => [url, ...Object.values(formats ? JSON.parse(formats) : {}).map((format) => format.url)]);
  return [...new Set(urls.filter((url) => typeof url === 'string' && url.startsWith('/uploads/')).map((url) => url.slice('/uploads/'.length)))].sort();
}

function backupPostgres(connection, file) {
  const version = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    fail('DATABASE_CLIENT=postgres needs pg_dump on the PATH (e.g. apt-get install postgresql-client); nothing was backed up');
  }
  const { args: connectionArgs, env } = postgresConnection(connection);
  const dump = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, ...connectionArgs], {
    env,
    encoding: 'utf8',
  });
  if (dump.status !== 0) fail(`pg_dump failed: ${(dump.stderr || dump.error?.message || '').trim()}`);
  return { client: 'postgres', file: path.basename(file), tool: version.stdout.trim() };
}

const database =
  settings.client === 'sqlite'
    ? await backupSqlite(settings.databaseFile, path.join(target, 'data.db'))
    : backupPostgres(settings.postgres, path.join(target, 'database.dump'));
const databasePath = path.join(target, database.file);
Object.assign(database, { bytes: statSync(databasePath).size, sha256: await sha256File(databasePath) });

const uploadsCopy = path.join(target, 'uploads');
mkdirSync(uploadsCopy, { recursive: true });
if (existsSync(settings.uploadsDir)) cpSync(settings.uploadsDir, uploadsCopy, { recursive: true, dereference: true });
const files = await describeFiles(uploadsCopy);
const copied = new Set(files.map((file) => file.path));
const missingUploads = (database.referencedUploads ?? []).filter((file) => !copied.has(file));
delete database.referencedUploads;

const manifest = {
  format: MANIFEST_FORMAT,
  createdAt: createdAt.toISOString(),
  database,
  uploads: { count: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0), files, missing: missingUploads },
};
// Written last: a folder without a manifest is an unfinished backup, and restore refuses it.
writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

const rowCount = database.rows ? `, ${Object.values(database.rows).reduce((sum, count) => sum + count, 0)} rows` : '';
console.log(`backup: ${target}\n  database ${database.client}: ${database.bytes} bytes${rowCount}\n  uploads: ${files.length} files, ${manifest.uploads.bytes} bytes`);
if (missingUploads.length > 0) {
  console.warn(`backup: ${missingUploads.length} uploads named by the database were not in ${settings.uploadsDir}: ${missingUploads.slice(0, 5).join(', ')}`);
}
