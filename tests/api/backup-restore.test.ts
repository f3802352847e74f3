/**
 * `pnpm backup` / `pnpm restore` (cms/scripts/backup.mjs, restore.mjs): a backup taken while the
 * owner keeps saving, then a wipe and a restore, give back exactly the public site of the moment
 * of the backup: every public API output and the uploaded file's bytes.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi, type AdminApi } from '../support/admin-api';
import { CMS_DIR, OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';
import { postFields, publicationFields, uniqueMarker } from '../support/published';
import { integrityCheck } from '../support/sqlite-file';
import { PUBLIC_OUTPUT_PATHS } from '../support/public-outputs';

const run = promisify(execFile);


/**
 * Each public output with its status (the file's as a sha256), so a failure shows what changed. Feeds
 * link to the CMS's own address, whose port changes with each test boot: the port is taken out.
 */
async function publicOutputs(cmsUrl: string, paths: string[]): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  for (const route of paths) {
    const response = await fetch(`${cmsUrl}${route}`);
    const body = Buffer.from(await response.arrayBuffer());
    outputs[route] = route.startsWith('/uploads/')
      ? `${response.status} sha256 ${createHash('sha256').update(body).digest('hex')}`
      : `${response.status} ${body.toString('utf8').replaceAll(`:${new URL(cmsUrl).port}/`, ':CMS_PORT/')}`;
  }
  return outputs;
}

async function upload(cmsUrl: string, token: string, name: string): Promise<{ id: number; url: string }> {
  const form = new FormData();
  const png = new Uint8Array(readFileSync(path.join(CMS_DIR, 'favicon.png')));
  form.append('files', new Blob([png], { type: 'image/png' }), name);
  const response = await request('POST', `${cmsUrl}/upload`, { token, form });
  expect(response.status, response.text.slice(0, 300)).toBe(201);
  return (response.body as { id: number; url: string }[])[0];
}

describe('pnpm backup and pnpm restore', () => {
  const dir = tempDir('backup');
  const databaseFile = path.join(dir, 'data.db');
  const publicDir = path.join(dir, 'public');
  const uploadsDir = path.join(publicDir, 'uploads');
  const backupDir = path.join(dir, 'backup');
  mkdirSync(uploadsDir, { recursive: true });
  const running: CmsProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((cms) => cms.stop()));
    removeDir(dir);
  });

  const boot = async () => {
    const cms = await startCms({ databaseFile, env: { PUBLIC_DIR: publicDir } });
    running.push(cms);
    return cms;
  };
  const stop = async (cms: CmsProcess) => {
    await cms.stop();
    running.splice(running.indexOf(cms), 1);
  };
  /** Runs a script the way `pnpm backup` does, pointed at this test's CMS and nothing else. */
  const script = (name: 'backup' | 'restore', cmsUrl: string, args: string[]) =>
    run(process.execPath, [path.join(CMS_DIR, 'scripts', `${name}.mjs`), ...args], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        ENV_PATH: path.join(dir, 'no-such.env'),
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: databaseFile,
        PUBLIC_DIR: publicDir,
        PORT: new URL(cmsUrl).port,
      },
    });

  it('brings back the public output of the moment of the backup, taken during a burst of saves', async () => {
    const cms = await boot();
    const token = await adminLogin(cms.url, OWNER);
    const admin = createAdminApi(cms.url, token);
    const marker = uniqueMarker('backup');

    // Published content of this test's own, with an uploaded teaser image.
    const image = await upload(cms.url, token, `${marker}.png`);
    const tag = await admin.createDraft('api::tag.tag', { name: marker, slug: marker });
    await admin.publish('api::tag.tag', tag.documentId);
    const paper = await admin.createDraft('api::publication.publication', {
      ...publicationFields(marker),
      teaser: image.id,
      tags: { connect: [{ documentId: tag.documentId }] },
    });
    await admin.publish('api::publication.publication', paper.documentId);
    const post = await admin.createDraft('api::blog-post.blog-post', { ...postFields(marker), body: `# ${marker}\n\nBacked up.` });
    await admin.publish('api::blog-post.blog-post', post.documentId);
    const paths = [...PUBLIC_OUTPUT_PATHS, `/api/publications/${paper.documentId}`, `/api/blog-posts/${post.documentId}`, image.url];
    const before = await publicOutputs(cms.url, paths);

    // The owner keeps saving drafts while the backup runs (drafts never change public output).
    let saving = true;
    let saves = 0;
    const burst = async (worker: number, api: AdminApi) => {
      for (let round = 0; saving; round++) {
        const slug = `${marker}-draft-${worker}-${round}`;
        await api.createDraft('api::tag.tag', { name: slug, slug });
        await api.updateDraft('api::publication.publication', paper.documentId, { summary: `Draft ${worker}.${round}` });
        saves += 2;
      }
    };
    // A worker that fails stops the burst and surfaces here rather than after the test's timeout.
    const workers = [0, 1, 2, 3].map((worker) => burst(worker, admin).catch((error: unknown) => ((saving = false), Promise.reject(error))));
    const deadline = Date.now() + 30_000;
    while (saves < 10 && saving && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(saves, 'the burst of draft saves was running before the backup').toBeGreaterThanOrEqual(10);
    const savesBefore = saves;
    const backup = await script('backup', cms.url, [backupDir]);
    const savesDuring = saves - savesBefore;
    saving = false;
    await Promise.all(workers);
    expect(backup.stdout).toContain('backup: ');
    expect(savesDuring, 'saves went on while the backup ran').toBeGreaterThan(0);
    const snapshot = await publicOutputs(cms.url, paths);
    expect(snapshot).toEqual(before);

    const manifest = JSON.parse(readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as {
      database: { integrity: string; rows: Record<string, number> };
      uploads: { files: { path: string }[]; missing: string[] };
    };
    expect(manifest.database.integrity).toBe('ok');
    expect(manifest.database.rows.publications).toBeGreaterThan(0);
    expect(manifest.uploads.files.map((file) => `/uploads/${file.path}`)).toContain(image.url);
    expect(manifest.uploads.missing).toEqual([]);

    // Restore will not replace the files of a running CMS.
    const refused = await script('restore', cms.url, [backupDir]).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/answers at/) });

    // Changes after the backup, which the restore must undo.
    await admin.updateDraft('api::publication.publication', paper.documentId, { title: `Changed ${marker}` });
    await admin.publish('api::publication.publication', paper.documentId);
    await upload(cms.url, token, `${marker}-later.png`);
    expect(await publicOutputs(cms.url, paths)).not.toEqual(snapshot);

    // Wipe, restore, boot.
    await stop(cms);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
    rmSync(uploadsDir, { recursive: true, force: true });
    mkdirSync(uploadsDir);
    const restore = await script('restore', cms.url, [backupDir]);
    expect(restore.stdout).toContain('restore: ');
    expect(integrityCheck(databaseFile)).toBe('ok');

    const restored = await boot();
    expect(await publicOutputs(restored.url, paths)).toEqual(snapshot);
    console.log(`backup-restore: backup taken during ${savesDuring} draft saves; ${paths.length} public outputs identical after restore`);
  }, 240_000);

  it('refuses a damaged backup and changes nothing', async () => {
    const manifestFile = path.join(backupDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { database: { sha256: string } };
    const damaged = path.join(dir, 'damaged');
    await run('cp', ['-r', backupDir, damaged]);
    const copy = JSON.parse(readFileSync(path.join(damaged, 'manifest.json'), 'utf8')) as { database: { sha256: string } };
    copy.database.sha256 = manifest.database.sha256.replace(/^./, (first) => (first === '0' ? '1' : '0'));
    writeFileSync(path.join(damaged, 'manifest.json'), JSON.stringify(copy));

    const cms = running[0];
    await stop(cms);
    const before = createHash('sha256').update(readFileSync(databaseFile)).digest('hex');
    const refused = await script('restore', cms.url, [damaged]).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/does not match the manifest/) });
    expect(createHash('sha256').update(readFileSync(databaseFile)).digest('hex')).toBe(before);
  }, 60_000);
});
