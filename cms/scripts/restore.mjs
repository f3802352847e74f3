// `pnpm restore <backup-folder> [--force]`: puts a `pnpm backup` snapshot back in place of the
// CMS's database and uploads folder. It refuses while the CMS answers on its port (a running CMS
// would keep writing to the file being replaced; --force overrides), and checks every file
// against the manifest before changing anything.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  MANIFEST,
  MANIFEST_FORMAT,
  cmsAnswers,
  fail,
  listFiles,
  postgresConnection,
  readSettings,
  sha256File,
} from './backup-common.mjs';

const usage = 'usage: pnpm restore <backup-folder> [--force]';
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const force = args.includes('--force');
const folders = args.filter((arg) => arg !== '--force');
if (folders.length !== 1 || folders[0].startsWith('-')) fail(`expected one backup folder, got ${JSON.stringify(args)}\n${usage}`);

let settings;
try {
  settings = readSettings();
} catch (error) {
  fail(error.message);
}
const source = path.resolve(process.env.INIT_CWD || process.cwd(), folders[0]);

// 1. Nothing is touched while the CMS runs.
if (await cmsAnswers(settings.cmsUrl)) {
  if (!force) fail(`the CMS answers at ${settings.cmsUrl}: stop it first (or pass --force and restart it afterwards)`);
  console.warn(`restore: the CMS answers at ${settings.cmsUrl}; going on (--force). Restart it when this finishes.`);
}

// 2. The backup is complete and intact.
const manifestFile = path.join(source, MANIFEST);
if (!existsSync(manifestFile)) fail(`${source} has no ${MANIFEST}: not a backup, or an unfinished one`);
let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
} catch (error) {
  fail(`${manifestFile} is not valid JSON: ${error.message}`);
}
if (manifest.format !== MANIFEST_FORMAT) fail(`${manifestFile} has format ${manifest.format}; this restore reads format ${MANIFEST_FORMAT}`);
if (manifest.database?.client !== settings.client) {
  fail(`the backup holds a ${manifest.database?.client} database but DATABASE_CLIENT is ${settings.client}`);
}

async function verify(file, expected, label) {
  if (!existsSync(file)) fail(`${label} is missing from the backup (${file})`);
  const actual = await sha256File(file);
  if (actual !== expected) fail(`${label} does not match the manifest (sha256 ${actual}, expected ${expected}): the backup is damaged`);
}
const databaseBackup = path.join(source, path.basename(manifest.database.file));
await verify(databaseBackup, manifest.database.sha256, `the database (${manifest.database.file})`);
const uploadsBackup = path.join(source, 'uploads');
for (const file of manifest.uploads.files) await verify(path.join(uploadsBackup, file.path), file.sha256, `upload ${file.path}`);
const extra = listFiles(uploadsBackup).filter((file) => !manifest.uploads.files.some((listed) => listed.path === file));
if (extra.length > 0) fail(`the backup's uploads hold files the manifest does not list: ${extra.slice(0, 5).join(', ')}`);

// 3. The database. A -wal or -shm left from the old file would be replayed into the new one.
if (settings.client === 'sqlite') {
  const target = settings.databaseFile;
  mkdirSync(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  copyFileSync(databaseBackup, incoming);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
} else {
  const { args: connectionArgs, env } = postgresConnection(settings.postgres);
  const restored = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', ...connectionArgs, databaseBackup], {
    env,
    encoding: 'utf8',
  });
  if (restored.error) fail(`DATABASE_CLIENT=postgres needs pg_restore on the PATH: ${restored.error.message}`);
  if (restored.status !== 0) fail(`pg_restore failed: ${restored.stderr.trim()}`);
}

// 4. The uploads folder, swapped in whole so no file of the old one stays behind.
const uploads = settings.uploadsDir;
const incomingUploads = `${uploads}.restoring`;
const previousUploads = `${uploads}.before-restore`;
rmSync(incomingUploads, { recursive: true, force: true });
rmSync(previousUploads, { recursive: true, force: true });
cpSync(uploadsBackup, incomingUploads, { recursive: true });
if (existsSync(uploads)) renameSync(uploads, previousUploads);
renameSync(incomingUploads, uploads);
rmSync(previousUploads, { recursive: true, force: true });

console.log(
  `restore: ${source} (taken ${manifest.createdAt})\n  database ${settings.client}: ${settings.client === 'sqlite' ? settings.databaseFile : 'restored with pg_restore'}\n  uploads: ${manifest.uploads.count} files into ${uploads}`,
);
