/**
 * The owner removes their photo in the real admin UI (profile → Photo → Delete → Save → Publish)
 * and does nothing else: the site stops showing it and, after the grace period, its file is gone
 * from /uploads/ and from the Media Library (cms/src/media-cleanup). Runs a CMS of its own with
 * a grace period of a few seconds and a sweep every second (the default is a day), so it logs in
 * once on that CMS, not on the run's.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { CMS_DIR, OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';

const GRACE_SECONDS = 5;

let cms: CmsProcess;
let token: string;
let session: AdminSession | undefined;
const publicDir = tempDir('remove-avatar');
mkdirSync(path.join(publicDir, 'uploads'));

beforeAll(async () => {
  cms = await startCms({ env: { PUBLIC_DIR: publicDir, MEDIA_GRACE_HOURS: String(GRACE_SECONDS / 3600), MEDIA_SWEEP_CRON: '* * * * * *' } });
  token = await adminLogin(cms.url, OWNER);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await cms?.stop();
  removeDir(publicDir);
});

describe('removing the avatar in the admin', () => {
  it('takes the photo off the site, then deletes its file after the grace period', async () => {
    // The owner's photo, set and published earlier.
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(readFileSync(path.join(CMS_DIR, 'favicon.png')))], { type: 'image/png' }), 'me.png');
    const uploaded = await request('POST', `${cms.url}/upload`, { token, form });
    expect(uploaded.status, uploaded.text.slice(0, 300)).toBe(201);
    const [photo] = uploaded.body as { id: number; url: string }[];
    const admin = createAdminApi(cms.url, token);
    await admin.profile.updateDraft({ avatar: photo.id });
    await admin.profile.publish();
    const status = async () => (await request('GET', `${cms.url}${photo.url}`)).status;
    const avatarOnSite = async () => (((await request('GET', `${cms.url}/api/profile`)).body as { data: { avatar: { url: string } | null } }).data.avatar?.url ?? null);
    expect(await avatarOnSite()).toBe(photo.url);

    session = await openAdminAsOwner({ flow: 'remove-avatar', origin: cms.url, token, viewport: { width: 1400, height: 1400 } });
    const { page } = session;
    const photoField = page.locator('main').getByText('Photo', { exact: true }).locator('xpath=ancestor::*[.//img][1]');

    await session.step('profile', async () => {
      await session!.goto('/content-manager/single-types/api::profile.profile');
      await photoField.getByRole('button', { name: 'Delete', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    });

    await session.step('remove-photo', async () => {
      await photoField.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByText('Click to add an asset or drag and drop one in this area').first().waitFor();
    });

    await session.step('save-and-publish', async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Saved document').first().waitFor();
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await expect.poll(avatarOnSite, { timeout: ADMIN_STEP_MS, interval: 500 }).toBeNull();
    });

    await session.step('file-gone', async () => {
      await expect.poll(status, { timeout: (GRACE_SECONDS + 25) * 1000, interval: 500 }).toBe(404);
      const library = await request('GET', `${cms.url}/upload/files/${photo.id}`, { token });
      expect(library.status).toBe(404);
    });
  }, 300_000);
});
