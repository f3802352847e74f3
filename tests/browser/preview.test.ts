/**
 * web/src/pages/PreviewPage.vue in headless Chromium: the signed link the admin's Preview hands out
 * opens the draft in the built SPA, with the public page's layout under a "not published" banner,
 * kept out of search engines; a link that is not valid shows why, and no draft.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { useSite } from '../support/browser';
import { request } from '../support/http';
import { createPublished, publicationFields, uniqueMarker } from '../support/published';

const site = useSite();
const admin = createAdminApi();
const marker = uniqueMarker('preview');
const draftTitle = `Paper ${marker} (draft edit)`;
let work: AdminDocument;
/** The link's path and query, opened on this file's copy of the site. */
let linkPath: string;

beforeAll(async () => {
  work = await createPublished('api::publication.publication', publicationFields(marker));
  await admin.updateDraft('api::publication.publication', work.documentId, { title: draftTitle });
  const response = await request(
    'GET',
    `${inject('cmsUrl')}/content-manager/preview/url/api::publication.publication?documentId=${work.documentId}&status=draft`,
    { token: inject('adminToken') },
  );
  const link = new URL((response.body as { data: { url: string } }).data.url);
  linkPath = `${link.pathname}${link.search}`;
});

afterAll(async () => {
  if (work) await admin.remove('api::publication.publication', work.documentId);
});

describe('preview page', () => {
  it('shows the draft with the publication page, a banner, and noindex', async () => {
    const { page, close } = await site.open(linkPath);
    try {
      await expect.poll(() => page.locator('main h1').textContent()).toBe(draftTitle);
      await expect(page.getByRole('status').filter({ hasText: 'Preview — not published' }).isVisible()).resolves.toBe(true);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      // The publication page's own layout: its crumbs and author list.
      await expect(page.getByRole('link', { name: 'Publications' }).first().isVisible()).resolves.toBe(true);
      expect(await page.locator('main').textContent()).toContain('Ruizhe Wang');
    } finally {
      await close();
    }
  });

  it('refuses a tampered link and shows no draft', async () => {
    const tampered = linkPath.replace(/signature=(.)/, (_match, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`);
    const { page, close } = await site.open(tampered);
    try {
      await expect(page.getByRole('alert').textContent()).resolves.toContain('This preview link is not valid');
      expect(await page.locator('main').textContent()).not.toContain(draftTitle);
    } finally {
      await close();
    }
  });
});
