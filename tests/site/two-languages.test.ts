/**
 * Issue 9 point 4 (site side) as crawlers see it: the built site's Chinese twins under /zh/,
 * fetched without JavaScript, carry lang="zh", Chinese interface text, and hreflang and canonical
 * links that tell search engines which pages are translations of which.
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { createPublished, postFields, uniqueMarker } from '../support/published';
import { SEED } from '../support/seed-file';
import { SITE_URL, useServedSite } from '../support/spa';

const POST = 'api::blog-post.blog-post';
const SEEDED_POST = (SEED.blogPosts as unknown as { slug: string; translationUrl?: string }[])[0];
if (!SEEDED_POST?.translationUrl) throw new Error('cms/seed/homepage.json: the first post should link a translation elsewhere');

const site = useServedSite();
const window = new Window();

async function fetchPage(path: string) {
  const response = await fetch(`${site.server.origin}${path}`);
  const html = await response.text();
  // Parsed, never run: happy-dom's DOMParser does not execute scripts.
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return {
    status: response.status,
    doc,
    lang: doc.documentElement.getAttribute('lang'),
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    hreflangs: [...doc.querySelectorAll('head link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    text: (selector: string) => doc.querySelector(selector)?.textContent?.trim() ?? null,
  };
}

const twins = (path: string) => [
  ['en', `${SITE_URL}${path}`],
  ['zh', `${SITE_URL}/zh${path === '/' ? '/' : path}`],
  ['x-default', `${SITE_URL}${path}`],
];

describe('the site in two languages (prerendered HTML)', () => {
  describe('the Chinese home page, /zh/', () => {
    let page: Awaited<ReturnType<typeof fetchPage>>;
    beforeAll(async () => {
      page = await fetchPage('/zh/');
    });

    it('is in Chinese: lang="zh", Chinese navigation and headings', () => {
      expect(page.status).toBe(200);
      expect(page.lang).toBe('zh');
      expect(page.text('header nav a[href="/zh/publications"]')).toBe('论文');
      expect(page.text('main h2#publications')).toBe('论文');
      expect(page.text('main h2#reports')).toBe('技术报告');
      expect(page.text('header a[hreflang="en"]')).toBe('EN');
    });

    it('links itself and its English twin with hreflang, English as x-default', async () => {
      expect(page.canonical).toBe(`${SITE_URL}/zh/`);
      expect(page.hreflangs).toEqual(twins('/'));
      const english = await fetchPage('/');
      expect(english.lang).toBe('en');
      expect(english.canonical).toBe(`${SITE_URL}/`);
      expect(english.hreflangs).toEqual(twins('/'));
    });
  });

  it('prerenders the other pages in Chinese too, dates included', async () => {
    const page = await fetchPage('/zh/blog');
    expect(page.status).toBe(200);
    expect(page.text('main h1')).toBe('博客');
    expect(page.text('main time')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(page.hreflangs).toEqual(twins('/blog'));
  });

  it('shows an untranslated post in English under the Chinese interface, canonical on the English page', async () => {
    const page = await fetchPage(`/zh/blog/${SEEDED_POST.slug}`);
    expect(page.status).toBe(200);
    expect(page.lang).toBe('zh');
    expect(page.doc.querySelector('article.post')?.getAttribute('lang')).toBe('en');
    expect(page.text('article.post .crumbs a')).toBe('博客');
    expect(page.canonical).toBe(`${SITE_URL}/blog/${SEEDED_POST.slug}`);
    // No Chinese twin is claimed; the translation elsewhere stays the Chinese alternate.
    expect(page.hreflangs).toEqual([['zh', SEEDED_POST.translationUrl]]);
  });

  it('answers an unknown /zh/ path with the not-found page in Chinese', async () => {
    const page = await fetchPage('/zh/no/such/page');
    expect(page.status).toBe(404);
    expect(page.lang).toBe('zh');
    expect(page.text('main h1')).toBe('这个页面不存在');
  });

  describe('a post translated into Chinese', () => {
    const admin = createAdminApi();
    const slug = uniqueMarker('translated');
    let documentId = '';

    beforeAll(async () => {
      // Dated long ago, so it stays off the home page other files look at.
      const english = await createPublished(POST, postFields(slug, { date: '2001-01-01' }));
      documentId = english.documentId;
      await admin.updateDraft(POST, documentId, { title: `中文标题 ${slug}`, summary: `中文摘要 ${slug}` }, 'zh');
      await admin.publish(POST, documentId, 'zh');
      await site.server.prerender();
    }, 120_000);

    afterAll(async () => {
      if (documentId) {
        await admin.remove(POST, documentId, 'zh');
        await admin.remove(POST, documentId);
      }
      await site.server.prerender();
    }, 120_000);

    it('is served in Chinese at /zh/blog/…, and each language version links the other', async () => {
      const chinese = await fetchPage(`/zh/blog/${slug}`);
      expect(chinese.doc.querySelector('article.post')?.getAttribute('lang')).toBe('zh');
      expect(chinese.text('main h1')).toBe(`中文标题 ${slug}`);
      expect(chinese.canonical).toBe(`${SITE_URL}/zh/blog/${slug}`);
      expect(chinese.hreflangs).toEqual(twins(`/blog/${slug}`));
      const english = await fetchPage(`/blog/${slug}`);
      expect(english.text('main h1')).toBe(`Post ${slug}`);
      expect(english.hreflangs).toEqual(twins(`/blog/${slug}`));
    });

    it('is listed in sitemap.xml in both languages, with alternates; an untranslated twin is not', async () => {
      const sitemap = await (await fetch(`${site.server.origin}/sitemap.xml`)).text();
      expect(sitemap).toContain(`<loc>${SITE_URL}/zh/blog/${slug}</loc>`);
      expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="zh" href="${SITE_URL}/zh/blog/${slug}"/>`);
      expect(sitemap).toContain(`<loc>${SITE_URL}/zh/</loc>`);
      expect(sitemap).not.toContain(`<loc>${SITE_URL}/zh/blog/${SEEDED_POST.slug}</loc>`);
      expect(sitemap).toContain(`<loc>${SITE_URL}/blog/${SEEDED_POST.slug}</loc>`);
    });
  });
});
