/**
 * News items over HTTP (cms/src/api/news-item, /api/news-items) and their feeds
 * (/api/feeds/news.*, /api/feeds/all.*): only published items, each in the language asked for
 * where translated, the Markdown rendered safely when saved, and every answer fresh right after
 * the owner publishes or unpublishes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsonFeedSchema, newsItemItemSchema, newsItemListSchema, type NewsItem } from '@homepage/shared';
import { createAdminApi } from '../support/admin-api';
import { describeDraftsStayPrivate } from '../support/drafts';
import { readJsonFeed, XML_FEED_READERS } from '../support/feed-readers';
import { getPublic, getPublicData } from '../support/http';
import { validateJsonFeed11 } from '../support/json-feed';
import { createPublished, publicationFields, uniqueMarker } from '../support/published';

const NEWS = 'api::news-item.news-item';
const admin = createAdminApi();
const marker = uniqueMarker('news');
const created: { uid: 'api::news-item.news-item' | 'api::publication.publication'; documentId: string }[] = [];

let paperSlug: string;
let linked: NewsItem;

async function publishNews(fields: Record<string, unknown>): Promise<string> {
  const { documentId } = await createPublished(NEWS, { date: '2026-11-20', ...fields });
  created.push({ uid: NEWS, documentId });
  return documentId;
}

beforeAll(async () => {
  paperSlug = `paper-${marker}`;
  const paper = await createPublished('api::publication.publication', publicationFields(paperSlug));
  created.push({ uid: 'api::publication.publication', documentId: paper.documentId });
  const documentId = await publishNews({
    body: `Accepted ${marker}: our paper at **ICML 2026**. <script>alert(1)</script> [bad](javascript:alert(1))`,
    publication: { connect: [{ documentId: paper.documentId }] },
  });
  [linked] = await getPublicData<NewsItem[]>(`/api/news-items?filters[documentId][$eq]=${documentId}`);
});

afterAll(async () => {
  for (const { uid, documentId } of created.reverse()) await admin.remove(uid, documentId).catch(() => undefined);
});

describe('news items', () => {
  describe('find', () => {
    it('lists published items valid against newsItemListSchema, newest first', async () => {
      const response = await getPublic('/api/news-items?sort=date:desc');
      expect(response.status).toBe(200);
      const { data } = newsItemListSchema.parse(response.body);
      expect(data.map((item) => item.documentId)).toContain(linked.documentId);
      const dates = data.map((item) => item.date);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('serves the Markdown rendered to HTML, with raw HTML and script links made harmless', () => {
      expect(linked.body).toContain('**ICML 2026**');
      expect(linked.bodyHtml).toContain('<strong>ICML 2026</strong>');
      expect(linked.bodyHtml).not.toMatch(/<script/i);
      expect(linked.bodyHtml).not.toMatch(/href="javascript:/i);
      // The first words as plain text: what the admin's lists and the feeds name the item by.
      expect(linked.headline?.startsWith(`Accepted ${marker}: our paper at ICML 2026.`), String(linked.headline)).toBe(true);
    });

    it('links the publication it is about, with the fields a link needs', () => {
      expect(linked.publication).toMatchObject({ slug: paperSlug, title: `Paper ${paperSlug}`, year: 2026 });
      expect(linked.post).toBeNull();
    });

    it('refuses a field that is not the item’s with a 400 JSON error', async () => {
      const response = await getPublic('/api/news-items?fields=secret');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400 } });
    });
  });

  describe('findOne', () => {
    it('returns one item by documentId, valid against newsItemItemSchema', async () => {
      const response = await getPublic(`/api/news-items/${linked.documentId}`);
      expect(response.status).toBe(200);
      expect(newsItemItemSchema.parse(response.body).data.documentId).toBe(linked.documentId);
    });
  });

  describe('languages', () => {
    it('serves the Chinese version where there is one, about the same paper, and the English one otherwise', async () => {
      const translated = await publishNews({ body: `English ${marker}`, publication: { connect: [{ documentId: linked.publication?.documentId }] } });
      await admin.updateDraft(NEWS, translated, { body: `中文动态 ${marker}`, date: '2026-11-20' }, 'zh');
      await admin.publish(NEWS, translated, 'zh');
      const untranslated = await publishNews({ body: `Only English ${marker}` });

      const inChinese = await getPublicData<NewsItem[]>(`/api/news-items?locale=zh&filters[date][$eq]=2026-11-20&pagination[pageSize]=100`);
      const byId = new Map(inChinese.map((item) => [item.documentId, item]));
      expect(byId.get(translated)).toMatchObject({ body: `中文动态 ${marker}`, locale: 'zh', locales: ['en', 'zh'], publication: { slug: paperSlug } });
      expect(byId.get(translated)?.bodyHtml).toContain(`中文动态 ${marker}`);
      expect(byId.get(untranslated)).toMatchObject({ body: `Only English ${marker}`, locale: 'en', locales: ['en'] });

      const [inEnglish] = await getPublicData<NewsItem[]>(`/api/news-items?filters[documentId][$eq]=${translated}`);
      expect(inEnglish).toMatchObject({ body: `English ${marker}`, locale: 'en' });
    });

    it('refuses a language the site does not have', async () => {
      expect((await getPublic('/api/news-items?locale=fr')).status).toBe(400);
    });
  });

  describe('freshness', () => {
    it('shows a published item in the list and the feeds on the next request, and drops it once unpublished', async () => {
      const paths = ['/api/news-items?sort=date:desc', '/api/feeds/news.rss', '/api/feeds/all.json'];
      for (const path of paths) {
        await getPublic(path);
        expect((await getPublic(path)).headers.get('x-cache'), `${path} is not cached, so this test proves nothing`).toBe('HIT');
      }
      const fresh = `Fresh ${uniqueMarker('n')}`;
      const documentId = await publishNews({ body: fresh, date: '2026-12-01' });
      for (const path of paths) expect((await getPublic(path)).text, path).toContain(fresh);

      await admin.unpublish(NEWS, documentId);
      for (const path of paths) expect((await getPublic(path)).text, path).not.toContain(fresh);
    });
  });

  describe('feeds', () => {
    const siteUrl = () => inject('cmsSiteUrl');

    it.each(['rss', 'atom'])('news.%s reads the same in every feed reader, linking each item to its place on /news', async (format) => {
      const response = await getPublic(`/api/feeds/news.${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`application/${format}+xml; charset=utf-8`);
      for (const reader of XML_FEED_READERS) {
        const items = await reader.read(response.text);
        const item = items.find((entry) => entry.link.endsWith(`/news#news-${linked.documentId}`));
        expect(item, `${reader.name} finds the item`).toBeDefined();
        expect(item?.link.startsWith(siteUrl())).toBe(true);
        // The title is the text without its Markdown marks.
        expect(item?.title.startsWith(`Accepted ${marker}: our paper at ICML 2026.`), `${reader.name}: ${item?.title}`).toBe(true);
        expect(item?.html, reader.name).toContain(`/publications/${paperSlug}`);
        expect(item?.date?.toISOString().slice(0, 10), reader.name).toBe('2026-11-20');
      }
    });

    it('news.json is JSON Feed 1.1', async () => {
      const response = await getPublic('/api/feeds/news.json');
      expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
      expect(validateJsonFeed11(response.body)).toEqual([]);
      const feed = jsonFeedSchema.parse(response.body);
      expect(feed.home_page_url).toBe(`${siteUrl()}/news`);
      expect(readJsonFeed(response.body).some((item) => item.link.endsWith(`#news-${linked.documentId}`))).toBe(true);
    });

    it.each(['rss', 'atom', 'json'])('all.%s holds posts, news and publications together, newest first', async (format) => {
      const response = await getPublic(`/api/feeds/all.${format}`);
      expect(response.status).toBe(200);
      const items = format === 'json' ? readJsonFeed(response.body) : await XML_FEED_READERS[0].read(response.text);
      const paths = items.map((item) => new URL(item.link).pathname);
      expect(paths.some((path) => path.startsWith('/blog/'))).toBe(true);
      expect(paths.some((path) => path.startsWith('/publications/'))).toBe(true);
      expect(items.some((item) => item.link.endsWith(`#news-${linked.documentId}`))).toBe(true);
      const dates = items.map((item) => item.date?.getTime() ?? 0);
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    });

    it('refuses parameters the news feeds do not take', async () => {
      for (const path of ['/api/feeds/news.rss?tag=x', '/api/feeds/all.json?limit=3']) {
        const response = await getPublic(path);
        expect(response.status, path).toBe(400);
        expect(response.body, path).toMatchObject({ data: null, error: { status: 400 } });
      }
    });
  });

  describe('discovery', () => {
    it('lists /news in the sitemap and the site pages, and documents the routes in the OpenAPI document', async () => {
      const pages = await getPublicData<{ path: string; kind: string }[]>('/api/site-pages');
      expect(pages).toContainEqual(expect.objectContaining({ path: '/news', kind: 'list' }));
      expect((await getPublic('/api/sitemap.xml')).text).toContain(`${inject('cmsSiteUrl')}/news</loc>`);
      const document = (await getPublic('/api/openapi.json')).body as { paths: Record<string, unknown> };
      for (const path of ['/api/news-items', '/api/news-items/{documentId}', '/api/feeds/news.rss', '/api/feeds/news.atom', '/api/feeds/news.json', '/api/feeds/all.rss']) {
        expect(document.paths, path).toHaveProperty([path]);
      }
    });
  });

  describeDraftsStayPrivate({
    uid: NEWS,
    route: '/api/news-items',
    fields: (draftMarker) => ({ body: `Draft ${draftMarker}`, date: '2026-11-21' }),
  });
});
