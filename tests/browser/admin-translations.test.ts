/**
 * Issue 16, point 1, as the owner does it in the real admin UI (Chromium, clicks and typing): write
 * a post, publish it, add its Chinese version from the locale menu (the slug is already the
 * post's), publish that too; the English version stays "Published" and both are served. Then the
 * profile, reached from the Chinese post, opens in English (it has no Chinese version) with a
 * button that starts the Chinese version from the English text. Screenshots of every step go to
 * tests/artifacts/admin/translations/.
 */
import type { BlogPost, Profile } from '@homepage/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { getPublicData, request } from '../support/http';
import { uniqueMarker } from '../support/published';

const POST = 'api::blog-post.blog-post';
const admin = createAdminApi();
const marker = uniqueMarker('translated');
const title = `Translated in the admin ${marker}`;
const chineseTitle = `在后台翻译的文章 ${marker}`;

let session: AdminSession;
let documentId: string | undefined;

beforeAll(async () => {
  session = await openAdminAsOwner({ flow: 'translations' });
});

afterAll(async () => {
  await session?.close();
  if (documentId) await admin.remove(POST, documentId, '*').catch(() => undefined);
});

/** Picks a language in the edit view's locale menu (Strapi's i18n header action). */
async function pickLanguage(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: 'Locales' }).click();
  await page.getByRole('option', { name }).click();
}

/** Types into the Markdown editor of the body (CodeMirror), as the owner would. */
async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('.CodeMirror').first().click();
  await page.keyboard.type(text);
}

/** The status badge under the edit view's title: Draft, Published or Modified. */
const statusBadge = (page: Page) => page.locator('main').getByText(/^(Draft|Published|Modified)$/).first();

const served = (locale: string) =>
  getPublicData<BlogPost[]>(`/api/blog-posts?filters[documentId][$eq]=${documentId}&locale=${locale}`).then((posts) =>
    posts.map((post) => [post.title, post.locale]),
  );

describe('translating a post in the admin', () => {
  it('adds a Chinese version with the post’s slug, publishes both, and the English one stays Published', async () => {
    const { page } = session;
    let slug = '';

    await session.step('write-post', async () => {
      await session.goto('/content-manager/collection-types/api::blog-post.blog-post');
      await page.getByRole('link', { name: 'Create new entry' }).first().click();
      await page.getByLabel('title').fill(title);
      await page.getByLabel('date').fill('11/02/2026');
      await typeBody(page, 'Written in English first.');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/create'));
      documentId = new URL(page.url()).pathname.split('/').pop();
      await expect.poll(() => page.getByLabel('slug').inputValue(), { timeout: ADMIN_STEP_MS }).toMatch(/^translated-in-the-admin-/);
      slug = await page.getByLabel('slug').inputValue();
    });

    await session.step('publish-english', async () => {
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect.poll(() => served('en'), { timeout: ADMIN_STEP_MS, interval: 1000 }).toEqual([[title, 'en']]);
    });

    await session.step('open-chinese', async () => {
      await pickLanguage(page, /Chinese \(zh\)/);
      await page.waitForURL((url) => url.search.includes('plugins[i18n][locale]=zh'));
      // The new version's form starts with the post's address, not a uid made from an empty title.
      await expect.poll(() => page.getByLabel('slug').inputValue(), { timeout: ADMIN_STEP_MS }).toBe(slug);
      expect(await page.getByLabel('title').inputValue()).toBe('');
    });

    await session.step('write-chinese', async () => {
      await page.getByLabel('title').fill(chineseTitle);
      await typeBody(page, '先用英文写，再翻译成中文。');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => admin.raw('GET', `${POST}/${documentId}?locale=zh`).then((r) => (r.body as { data: { title?: string } }).data.title)).toBe(chineseTitle);
      expect(await page.getByLabel('slug').inputValue()).toBe(slug);
    });

    await session.step('publish-chinese', async () => {
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect.poll(() => served('zh'), { timeout: ADMIN_STEP_MS, interval: 1000 }).toEqual([[chineseTitle, 'zh']]);
      const [chinese] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${slug}&locale=zh`);
      expect(chinese).toMatchObject({ documentId, title: chineseTitle, slug });
      const [english] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${slug}`);
      expect(english).toMatchObject({ documentId, title, slug });
    });

    await session.step('english-still-published', async () => {
      await pickLanguage(page, /English \(en\)/);
      await expect.poll(() => page.getByLabel('title').inputValue(), { timeout: ADMIN_STEP_MS }).toBe(title);
      await expect.poll(() => statusBadge(page).textContent(), { timeout: ADMIN_STEP_MS }).toBe('Published');
      const english = await admin.raw('GET', `${POST}/${documentId}?locale=en`);
      expect((english.body as { data: { status: string } }).data.status).toBe('published');
    });
  }, 600_000);

  it('opens the profile in English when it has no Chinese version, with a button to start one from the English text', async () => {
    const { page } = session;
    // The profile's Chinese version must not exist for this (another file may add one for a moment).
    await expect.poll(profileHasChinese, { timeout: 30_000 }).toBe(false);
    const english = await getPublicData<Profile>('/api/profile');

    await session.step('profile-from-chinese-post', async () => {
      await pickLanguage(page, /Chinese \(zh\)/);
      await expect.poll(() => page.getByLabel('title').inputValue(), { timeout: ADMIN_STEP_MS }).toBe(chineseTitle);
      // The left menu carries the language of the page it is on.
      await page.getByRole('link', { name: 'Profile', exact: true }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/single-types/api::profile.profile') && url.search.includes('plugins[i18n][locale]=en'));
      await expect.poll(() => page.getByLabel('position').inputValue(), { timeout: ADMIN_STEP_MS }).toBe(english.position);
      await page.getByText('This has no Chinese (zh) version yet, so it opened in English (en)').waitFor();
    });

    await session.step('start-chinese-profile', async () => {
      await page.getByRole('button', { name: 'Start the Chinese (zh) version from the English (en) text' }).click();
      await page.waitForURL((url) => url.search.includes('plugins[i18n][locale]=zh'));
      // The English text to translate, in the Chinese version's form; nothing is saved until the owner saves.
      await expect.poll(() => page.getByLabel('position').inputValue(), { timeout: ADMIN_STEP_MS }).toBe(english.position);
      await expect(page.getByRole('combobox', { name: 'Locales' }).textContent()).resolves.toContain('Chinese (zh)');
      expect(await profileHasChinese()).toBe(false);
    });
  }, 300_000);
});

async function profileHasChinese(): Promise<boolean> {
  const response = await request('GET', `${inject('cmsUrl')}/content-manager/single-types/api::profile.profile?locale=zh`, { token: inject('adminToken') });
  return Boolean((response.body as { data?: { id?: number } }).data?.id);
}
