/**
 * cms/src/media-cleanup over HTTP: an uploaded file whose last use goes away (an avatar removed
 * and published, a teaser taken off) is deleted after the grace period, bytes and Media Library
 * entry alike; a file a published version, another document or a post's Markdown still uses stays,
 * and so does one uploaded and never used. Runs its own CMS with a grace period of a few seconds,
 * a sweep every second and its own uploads folder (on PostgreSQL in the postgres project).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi, type AdminApi } from '../support/admin-api';
import { CMS_DIR, OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';
import { createThrowAwayDatabase, type ThrowAwayDatabase } from '../support/postgres';
import { postFields, publicationFields, uniqueMarker } from '../support/published';

const GRACE_SECONDS = 5;
const PUBLICATION = 'api::publication.publication';
const POST = 'api::blog-post.blog-post';

interface UploadedFile {
  id: number;
  url: string;
}

let cms: CmsProcess;
let database: ThrowAwayDatabase | undefined;
let token: string;
let admin: AdminApi;
const publicDir = tempDir('media-cleanup');
mkdirSync(path.join(publicDir, 'uploads'));

// The suite is vitest's second argument; the first must be a destructuring pattern.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  if (suite.file.projectName === 'postgres') database = await createThrowAwayDatabase(process.env.TEST_DATABASE_URL ?? '');
  cms = await startCms({
    env: {
      PUBLIC_DIR: publicDir,
      MEDIA_GRACE_HOURS: String(GRACE_SECONDS / 3600),
      MEDIA_SWEEP_CRON: '* * * * * *',
      ...(database ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url } : {}),
    },
    bootTimeoutMs: 120_000,
  });
  token = await adminLogin(cms.url, OWNER);
  admin = createAdminApi(cms.url, token);
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await database?.drop();
  removeDir(publicDir);
});

async function upload(name: string): Promise<UploadedFile> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(readFileSync(path.join(CMS_DIR, 'favicon.png')))], { type: 'image/png' }), name);
  const response = await request('POST', `${cms.url}/upload`, { token, form });
  expect(response.status, response.text.slice(0, 300)).toBe(201);
  return (response.body as UploadedFile[])[0];
}

/** What a visitor gets for the file's address, and whether the Media Library still lists it. */
async function state(file: UploadedFile): Promise<{ bytes: number; library: number }> {
  const bytes = (await request('GET', `${cms.url}${file.url}`)).status;
  const library = (await request('GET', `${cms.url}/upload/files/${file.id}`, { token })).status;
  return { bytes, library };
}
const KEPT = { bytes: 200, library: 200 };
const DELETED = { bytes: 404, library: 404 };

/** Waits until `file` is deleted: a grace period and a sweep, with room for a busy machine. */
async function deleted(file: UploadedFile): Promise<void> {
  await expect.poll(() => state(file), { timeout: (GRACE_SECONDS + 25) * 1000, interval: 500 }).toEqual(DELETED);
}

/** A file that loses its only use now: once it is gone, a sweep has run past everything marked before it. */
async function orphanNow(marker: string): Promise<UploadedFile> {
  const file = await upload(`${marker}-control.png`);
  const paper = await admin.createDraft(PUBLICATION, publicationFields(`${marker}-control`, { teaser: file.id }));
  await admin.updateDraft(PUBLICATION, paper.documentId, { teaser: null });
  return file;
}

describe('media cleanup', () => {
  it('deletes a removed avatar once no published version shows it, after the grace period', async () => {
    const marker = uniqueMarker('avatar');
    const photo = await upload(`${marker}.png`);
    await admin.profile.updateDraft({ avatar: photo.id });
    await admin.profile.publish();
    expect(await state(photo)).toEqual(KEPT);

    // Removed from the draft only: the site still shows it, so it stays past a sweep.
    await admin.profile.updateDraft({ avatar: null });
    await deleted(await orphanNow(marker));
    expect(await state(photo)).toEqual(KEPT);

    await admin.profile.publish();
    const profile = await request('GET', `${cms.url}/api/profile`);
    expect((profile.body as { data: { avatar: unknown } }).data.avatar).toBeNull();
    // The grace period: still there just after the owner published without it.
    expect(await state(photo)).toEqual(KEPT);
    await deleted(photo);
  }, 120_000);

  it('keeps an upload never used, a file another document uses, an image linked in Markdown, and one picked again', async () => {
    const marker = uniqueMarker('kept');
    const unused = await upload(`${marker}-unused.png`);

    const shared = await upload(`${marker}-shared.png`);
    const first = await admin.createDraft(PUBLICATION, publicationFields(`${marker}-first`, { teaser: shared.id }));
    await admin.createDraft(PUBLICATION, publicationFields(`${marker}-second`, { teaser: shared.id }));
    await admin.updateDraft(PUBLICATION, first.documentId, { teaser: null });

    const inline = await upload(`${marker}-inline.png`);
    const post = await admin.createDraft(POST, postFields(marker, { cover: inline.id, body: `A figure:\n\n![the figure](${inline.url})\n` }));
    await admin.updateDraft(POST, post.documentId, { cover: null });

    const again = await upload(`${marker}-again.png`);
    const third = await admin.createDraft(PUBLICATION, publicationFields(`${marker}-third`, { teaser: again.id }));
    await admin.updateDraft(PUBLICATION, third.documentId, { teaser: null });
    await admin.updateDraft(PUBLICATION, third.documentId, { teaser: again.id });

    await deleted(await orphanNow(marker));
    for (const file of [unused, shared, inline, again]) expect(await state(file), file.url).toEqual(KEPT);
  }, 120_000);

  it('deletes the cover of a deleted post', async () => {
    const marker = uniqueMarker('deleted-post');
    const cover = await upload(`${marker}.png`);
    const post = await admin.createDraft(POST, postFields(marker, { cover: cover.id }));
    await admin.publish(POST, post.documentId);
    await admin.remove(POST, post.documentId);
    await deleted(cover);
  }, 60_000);
});

describe('MEDIA_GRACE_HOURS', () => {
  it('stops the CMS at boot with a message naming a value that is not a number of hours', async () => {
    const started = startCms({ env: { MEDIA_GRACE_HOURS: 'a day' }, bootTimeoutMs: 60_000 });
    await expect(started).rejects.toThrow('MEDIA_GRACE_HOURS "a day" must be a number of hours, 0 or more, e.g. "24" (the default) or "0.5"');
  }, 90_000);
});
