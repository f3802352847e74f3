/**
 * Draft previews (cms/src/preview/, cms/src/api/preview/): the admin's preview handler hands out a
 * short-lived signed link to the SPA, and GET /api/preview/:type/:documentId serves the draft to
 * that link only, with the public routes' fields, never cached. The public API keeps serving the
 * published version meanwhile.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi, type AdminDocument, type CollectionUid } from '../support/admin-api';
import { TEST_PREVIEW_SECRET } from '../support/cms-process';
import { PRIVATE_KEYS } from '../support/hostile-http';
import { getPublicData, request, type HttpResponse } from '../support/http';
import { createPublished, postFields, publicationFields, uniqueMarker } from '../support/published';

const cmsUrl = inject('cmsUrl');
const token = inject('adminToken');
const admin = createAdminApi();

type PreviewType = 'publication' | 'blog-post';

/** What the admin's edit view asks for when the owner opens the preview. */
async function adminPreviewUrl(uid: string, documentId: string, status = 'draft', locale?: string): Promise<HttpResponse> {
  const inLocale = locale ? `&locale=${locale}` : '';
  return request('GET', `${cmsUrl}/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}${inLocale}`, { token });
}

async function signedLink(uid: CollectionUid, documentId: string, locale?: string): Promise<URL> {
  const response = await adminPreviewUrl(uid, documentId, 'draft', locale);
  expect(response.status, response.text).toBe(200);
  return new URL((response.body as { data: { url: string } }).data.url);
}

/** The CMS request the SPA's preview page makes for a link it was opened with. */
const apiPathOf = (link: URL) => `/api${link.pathname}${link.search}`;

/** Signs as the CMS does, with the test CMSes' secret: for links the admin would not hand out. */
function sign(type: PreviewType, documentId: string, expires: number): string {
  const signature = createHmac('sha256', TEST_PREVIEW_SECRET).update(`${type}\n${documentId}\n${expires}`).digest('base64url');
  return `/api/preview/${type}/${documentId}?expires=${expires}&signature=${signature}`;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const get = (path: string) => request('GET', `${cmsUrl}${path}`);

describe('preview', () => {
  const marker = uniqueMarker('preview');
  const note = `Private note of ${marker}`;
  let work: AdminDocument;
  let post: AdminDocument;
  let workLink: URL;
  let postLink: URL;

  beforeAll(async () => {
    work = await createPublished('api::publication.publication', publicationFields(marker, { internalNote: note }));
    await admin.updateDraft('api::publication.publication', work.documentId, { title: `Paper ${marker} (edited draft)` });
    post = await createPublished('api::blog-post.blog-post', postFields(`${marker}-post`, { body: 'Published paragraph.' }));
    await admin.updateDraft('api::blog-post.blog-post', post.documentId, { body: `Draft paragraph ${marker}.` });
    workLink = await signedLink('api::publication.publication', work.documentId);
    postLink = await signedLink('api::blog-post.blog-post', post.documentId);
  });

  afterAll(async () => {
    if (work) await admin.remove('api::publication.publication', work.documentId);
    if (post) await admin.remove('api::blog-post.blog-post', post.documentId);
  });

  describe('the admin preview handler', () => {
    it('previews a translation in its language, and links its published version to the /zh/ page', async () => {
      const type = 'api::blog-post.blog-post';
      await admin.updateDraft(type, post.documentId, { title: `中文草稿 ${marker}`, body: `中文段落 ${marker}。` }, 'zh');
      const link = await signedLink(type, post.documentId, 'zh');
      expect(link.searchParams.get('locale')).toBe('zh');
      const chinese = await get(apiPathOf(link));
      expect(chinese.status, chinese.text).toBe(200);
      expect((chinese.body as { data: { title: string; locale: string } }).data).toMatchObject({ title: `中文草稿 ${marker}`, locale: 'zh' });
      // The same signature opens the document's other language: it grants the document.
      link.searchParams.delete('locale');
      expect((await get(apiPathOf(link))).text).toContain(`Draft paragraph ${marker}.`);

      await admin.publish(type, post.documentId, 'zh');
      const published = await adminPreviewUrl(type, post.documentId, 'published', 'zh');
      expect(new URL((published.body as { data: { url: string } }).data.url).pathname).toBe(`/zh/blog/${marker}-post`);
    });

    it('links a draft to the SPA preview page, signed, for 15 minutes', () => {
      expect(workLink.pathname).toBe(`/preview/publication/${work.documentId}`);
      expect(workLink.searchParams.get('signature')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const lifetime = Number(workLink.searchParams.get('expires')) - nowSeconds();
      expect(lifetime).toBeGreaterThan(14 * 60);
      expect(lifetime).toBeLessThanOrEqual(15 * 60);
    });

    it('links the published version to its public page', async () => {
      const response = await adminPreviewUrl('api::publication.publication', work.documentId, 'published');
      expect(new URL((response.body as { data: { url: string } }).data.url).pathname).toBe(`/publications/${marker}`);
    });

    it('offers no preview of a tag', async () => {
      const [tag] = await getPublicData<{ documentId: string }[]>('/api/tags?pagination[pageSize]=1');
      expect((await adminPreviewUrl('api::tag.tag', tag.documentId)).status).toBe(204);
    });

    it('gives no link without an admin session', async () => {
      const response = await request('GET', `${cmsUrl}/content-manager/preview/url/api::publication.publication?documentId=${work.documentId}`);
      expect(response.status).toBe(401);
    });
  });

  describe('GET /api/preview/:type/:documentId', () => {
    it("shows a publication's draft edit while the public API still shows the published version", async () => {
      const response = await get(apiPathOf(workLink));
      expect(response.status, response.text).toBe(200);
      expect((response.body as { data: { title: string } }).data.title).toBe(`Paper ${marker} (edited draft)`);
      const published = await getPublicData<{ title: string }>(`/api/publications/${work.documentId}`);
      expect(published.title).toBe(`Paper ${marker}`);
    });

    it("shows a blog post's draft body, rendered", async () => {
      const response = await get(apiPathOf(postLink));
      expect(response.status, response.text).toBe(200);
      expect((response.body as { data: { bodyHtml: string } }).data.bodyHtml).toContain(`Draft paragraph ${marker}.`);
      const published = await getPublicData<{ bodyHtml: string }>(`/api/blog-posts/${post.documentId}`);
      expect(published.bodyHtml).toContain('Published paragraph.');
      expect(published.bodyHtml).not.toContain('Draft paragraph');
    });

    it.each([
      ['publication', () => workLink, () => `/api/publications/${work.documentId}`],
      ['blog-post', () => postLink, () => `/api/blog-posts/${post.documentId}`],
    ])('serves a %s with the fields and population of its public route, and no private field', async (_type, link, publicPath) => {
      const response = await get(apiPathOf(link()));
      const preview = (response.body as { data: Record<string, unknown> }).data;
      const published = await getPublicData<Record<string, unknown>>(publicPath());
      expect(Object.keys(preview).sort()).toEqual(Object.keys(published).sort());
      expect(response.text).not.toMatch(PRIVATE_KEYS);
      expect(response.text).not.toContain(note);
    });

    it('is never cached: every answer says no-store, and a link that expires is refused at once', async () => {
      const path = sign('publication', work.documentId, nowSeconds() + 2);
      const first = await get(path);
      expect(first.status, first.text).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect((await get(path)).status).toBe(200); // a second read, which a response cache would keep
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const later = await get(path);
      expect(later.status).toBe(403);
      expect(later.text).not.toContain('edited draft');
    });

    const refusals: [string, () => string, number][] = [
      ['expired', () => sign('publication', work.documentId, nowSeconds() - 1), 403],
      ['with a tampered signature', () => apiPathOf(workLink).replace(/signature=(.)/, (_m, c: string) => `signature=${c === 'A' ? 'B' : 'A'}`), 403],
      ['with a later expiry than signed', () => apiPathOf(workLink).replace(/expires=(\d+)/, (_m, e: string) => `expires=${Number(e) + 3600}`), 403],
      ["for another document (the blog post's link on the publication)", () => apiPathOf(postLink).replace(`blog-post/${post.documentId}`, `publication/${work.documentId}`), 403],
      ['for another type with the same signature', () => apiPathOf(workLink).replace('/publication/', '/blog-post/'), 403],
      ['with a malformed signature', () => `/api/preview/publication/${work.documentId}?expires=${nowSeconds() + 60}&signature=abc`, 403],
      ['without a signature', () => apiPathOf(workLink).replace(/&signature=[^&]*/, ''), 401],
      ['without any parameter', () => `/api/preview/publication/${work.documentId}`, 401],
    ];

    it.each(refusals)('refuses a link %s, with JSON and without the draft', async (_case, path, status) => {
      const response = await get(path());
      expect(response.status, response.text).toBe(status);
      expect((response.body as { data: null; error: { status: number } }).error.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.text).not.toContain('edited draft');
      expect(response.text).not.toContain('Draft paragraph');
    });

    it.each([
      ['an unknown type', () => `/api/preview/tag/${work.documentId}?expires=1&signature=x`, 404],
      ['a malformed documentId', () => `/api/preview/publication/NOT-AN-ID?expires=1&signature=x`, 404],
      ['an unknown parameter', () => `${apiPathOf(workLink)}&status=published`, 400],
    ])('answers %s with a JSON client error', async (_case, path, status) => {
      const response = await get(path());
      expect(response.status).toBe(status);
      expect((response.body as { error: { status: number } }).error.status).toBe(status);
    });
  });
});
