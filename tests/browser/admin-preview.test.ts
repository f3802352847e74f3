/**
 * Issue 16, point 4, in the real admin UI (Chromium): the preview panel of a draft post shows the
 * draft whether the admin is opened at http://127.0.0.1:<port> or at http://localhost:<port>,
 * "Copy preview link" copies the signed site link (which opens the draft without an admin
 * account), and where the site refuses to be framed (its ADMIN_ORIGINS names another admin) the
 * panel says so and links the draft for a new tab. Screenshots in tests/artifacts/admin/preview-*.
 *
 * The run's CMS links previews to its SITE_URL, an address of its own (setup/cms.global.ts): this
 * file serves the built site there, with the default ADMIN_ORIGINS, then with one naming another admin.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { postFields, uniqueMarker } from '../support/published';
import { BUILD_WAIT_MS, sharedSiteBuild, startSiteServer, type SiteServer } from '../support/spa';

const POST = 'api::blog-post.blog-post';
const admin = createAdminApi();
const cmsUrl = new URL(inject('cmsUrl'));
const siteUrl = new URL(inject('cmsSiteUrl'));
const marker = uniqueMarker('admin-preview');
const draftTitle = `Draft seen in the preview panel ${marker}`;

let site: SiteServer | undefined;
let documentId = '';

/** Serves the run's site build at the CMS's SITE_URL, with `env` (e.g. ADMIN_ORIGINS), instead of what served it before. */
async function serveSite(env: Record<string, string> = {}): Promise<void> {
  await site?.stop();
  site = await startSiteServer(await sharedSiteBuild(), { port: Number(siteUrl.port), env });
}

beforeAll(async () => {
  await serveSite();
  documentId = (await admin.createDraft(POST, postFields(marker, { title: draftTitle, body: `A paragraph of the draft ${marker}.` }))).documentId;
}, BUILD_WAIT_MS + 60_000);

afterAll(async () => {
  await site?.stop();
  if (documentId) await admin.remove(POST, documentId);
});

/** The admin at `host` (same CMS), on the draft's edit view, then its preview panel. */
async function openPreview(flow: string, host: string): Promise<AdminSession> {
  const origin = `${cmsUrl.protocol}//${host}:${cmsUrl.port}`;
  const session = await openAdminAsOwner({ flow, origin, permissions: ['clipboard-read', 'clipboard-write'] });
  await session.step('edit-view', async () => {
    await session.goto(`/content-manager/collection-types/${POST}/${documentId}`);
    await session.page.getByLabel('title').waitFor();
  });
  await session.step('open-preview', async () => {
    await session.page.getByRole('link', { name: 'Open preview' }).click();
    await session.page.waitForURL((url) => url.pathname.endsWith('/preview'));
  });
  return session;
}

/** The draft's heading in a page of the site. */
const headingOf = (page: Page) => page.locator('main h1').textContent();

describe('the preview panel', () => {
  it.each(['127.0.0.1', 'localhost'])('shows the draft to the admin opened at %s, and copies its signed site link', async (host) => {
    const session = await openPreview(`preview-${host}`, host);
    const { page } = session;
    try {
      await session.step('draft-in-frame', async () => {
        const frame = page.frameLocator('iframe[title="Preview"]');
        await expect.poll(() => frame.locator('main h1').textContent({ timeout: 1000 }).catch(() => null), { timeout: ADMIN_STEP_MS }).toBe(draftTitle);
        await expect(frame.getByRole('status').filter({ hasText: 'Preview — not published' }).isVisible()).resolves.toBe(true);
        // Shown, so no word of a refusal.
        expect(await page.getByText('The site did not let the admin show this page here.').count()).toBe(0);
      });

      let copied = '';
      await session.step('copy-link', async () => {
        await page.getByRole('button', { name: 'Copy preview link' }).click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toMatch(/\/preview\//);
        copied = await page.evaluate(() => navigator.clipboard.readText());
      });
      const link = new URL(copied);
      expect(link.origin).toBe(siteUrl.origin);
      expect(link.pathname).toBe(`/preview/blog-post/${documentId}`);
      expect(link.searchParams.get('signature')).toMatch(/^[A-Za-z0-9_-]{43}$/);

      // Whoever gets the link sees the draft, without an admin account.
      const visitor = await session.browser.newContext();
      const shared = await visitor.newPage();
      await shared.goto(copied);
      await expect.poll(() => headingOf(shared), { timeout: 20_000 }).toBe(draftTitle);
      await visitor.close();
    } finally {
      await session.close();
    }
  }, 300_000);

  it('says so, and links the draft for a new tab, where the site refuses to be framed', async () => {
    await serveSite({ ADMIN_ORIGINS: 'https://admin.example.test' });
    const session = await openPreview('preview-refused', cmsUrl.hostname);
    const { page, context } = session;
    try {
      await session.step('refused-message', async () => {
        await page.getByRole('alert').filter({ hasText: 'The site did not let the admin show this page here.' }).waitFor({ timeout: ADMIN_STEP_MS });
      });
      await session.step('opened-in-new-tab', async () => {
        const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open the preview in a new tab' }).click()]);
        await expect.poll(() => headingOf(tab), { timeout: 20_000 }).toBe(draftTitle);
        await tab.screenshot({ path: fileURLToPath(new URL('../artifacts/admin/preview-refused/new-tab.png', import.meta.url)), fullPage: true });
      });
    } finally {
      await session.close();
    }
  }, 300_000);
});
