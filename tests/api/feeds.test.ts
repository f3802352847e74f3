/** cms/src/api/feeds over HTTP, read back with an independent feed parser (rss-parser). */
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getPublic } from '../support/http';
import { SEED } from '../support/seed-file';
import { createPublished, editAndPublish, postFields, publicationFields, uniqueMarker } from '../support/published';
import { validateJsonFeed11 } from '../support/json-feed';

const parser = new Parser();

async function feed(path: string) {
  const response = await getPublic(path);
  expect(response.status, `${path}: ${response.text.slice(0, 200)}`).toBe(200);
  return { response, parsed: await parser.parseString(response.text) };
}

/** Links must lead to the visitors' site (SITE_URL), never to the CMS. */
function expectSiteLink(link: string | undefined, pathPrefix: string): void {
  expect(link).toBeDefined();
  const url = new URL(link as string);
  expect(url.origin).not.toBe(new URL(inject('cmsUrl')).origin);
  expect(url.pathname.startsWith(pathPrefix), `${link} should start with ${pathPrefix}`).toBe(true);
}

describe('feeds', () => {
  describe('posts.rss', () => {
    it('is RSS 2.0 in UTF-8 listing every seeded post, newest first, linking to the site', async () => {
      const listedFirst = (await getPublic('/api/blog-posts?fields[0]=slug&pagination[pageSize]=1')).body as { meta: { pagination: { total: number } } };
      const { response, parsed } = await feed('/api/feeds/posts.rss');
      expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      expect(response.text).toContain('<rss version="2.0"');
      expect(parsed.title).toBe('Ruizhe Wang: Blog');
      const links = parsed.items.map((item) => item.link ?? '');
      // The feed holds the 50 newest posts. Other files of the run publish (and remove) posts of
      // their own meanwhile, so the seeded ones are only sure to be there while the site has few.
      expect(links.length).toBeGreaterThanOrEqual(SEED.blogPosts.length);
      expect(links.length).toBeLessThanOrEqual(50);
      if (listedFirst.meta.pagination.total <= 40) for (const post of SEED.blogPosts) expect(links.some((l) => l.endsWith(`/blog/${post.slug}`))).toBe(true);
      for (const item of parsed.items) expectSiteLink(item.link, '/blog/');
      const dates = parsed.items.map((item) => Date.parse(item.isoDate ?? ''));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    });

    it('dates each item with the post’s date and names the owner as author', async () => {
      // Through its tag: the run's other files may publish more than a feed's 50 newer posts.
      const { parsed } = await feed('/api/feeds/posts.rss?tag=quantization');
      const fp4 = parsed.items.find((item) => item.link?.endsWith('/blog/analysis-fp4'));
      expect(fp4?.isoDate?.slice(0, 10)).toBe('2025-05-30');
      const { parsed: atom } = await feed('/api/feeds/posts.atom?tag=quantization');
      const atomItem = atom.items.find((item) => item.link?.endsWith('/blog/analysis-fp4')) as { author?: string } | undefined;
      expect(atomItem?.author).toBe('Ruizhe Wang');
    });

    it('keeps only posts with the given tag', async () => {
      const { parsed } = await feed('/api/feeds/posts.rss?tag=megatron-lm');
      const expected = SEED.blogPosts.filter((p) => p.tags.includes('megatron-lm')).map((p) => p.slug);
      expect(parsed.items.map((i) => i.link?.split('/blog/')[1]).sort()).toEqual(expected.sort());
    });

    it.each([['?tag=../etc'], ['?tag[0]=a'], ['?unknown=1']])('refuses %s with a JSON 400', async (query) => {
      const response = await getPublic(`/api/feeds/posts.rss${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    });
  });

  describe('posts.atom', () => {
    it('is Atom 1.0 with the same posts', async () => {
      const { response, parsed } = await feed('/api/feeds/posts.atom');
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(response.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(parsed.items.length).toBeGreaterThanOrEqual(SEED.blogPosts.length);
      for (const item of parsed.items) expectSiteLink(item.link, '/blog/');
    });
  });

  describe('posts.json', () => {
    it('is valid JSON Feed 1.1 with full HTML content', async () => {
      const response = await getPublic('/api/feeds/posts.json?tag=quantization');
      expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
      const errors = validateJsonFeed11(response.body);
      expect(errors).toEqual([]);
      const body = response.body as { version: string; items: { url: string; content_html: string; authors: { name: string }[] }[] };
      expect(body.version).toBe('https://jsonfeed.org/version/1.1');
      const fp4 = body.items.find((item) => item.url.endsWith('/blog/analysis-fp4'));
      expect(fp4?.authors[0].name).toBe('Ruizhe Wang');
      expect(fp4?.content_html).toContain('<p>');
    });
  });

  describe('publications.rss', () => {
    it('lists the seeded publications with authors and venues', async () => {
      const { parsed } = await feed('/api/feeds/publications.rss');
      expect(parsed.title).toBe('Ruizhe Wang: Publications');
      for (const publication of SEED.publications) {
        expect(parsed.items.some((i) => i.link?.endsWith(`/publications/${publication.slug}`))).toBe(true);
      }
      const fp4 = parsed.items.find((i) => i.link?.endsWith('/publications/fp4-training'));
      const html = (fp4 as { 'content:encoded'?: string } | undefined)?.['content:encoded'];
      expect(html).toContain('ICML 2025');
      expect(html).toContain('Ruizhe Wang, Yeyun Gong');
    });

    it('keeps only publications with the given tag', async () => {
      const { parsed } = await feed('/api/feeds/publications.rss?tag=quantization');
      expect(parsed.items.map((i) => i.link?.split('/publications/')[1]).sort()).toEqual(['fp4-training', 'fp8-lm']);
    });
  });

  describe('freshness', () => {
    it('shows a newly published post, then its edit, on the very next request of every feed', async () => {
      const marker = uniqueMarker('feed');
      const post = await createPublished('api::blog-post.blog-post', postFields(marker, { body: 'Hello **feeds** ×' }));
      for (const path of ['/api/feeds/posts.rss', '/api/feeds/posts.atom']) {
        const { parsed } = await feed(path);
        expect(parsed.items.map((i) => i.title)).toContain(`Post ${marker}`);
      }
      await editAndPublish('api::blog-post.blog-post', post.documentId, { title: `Edited ${marker}` });
      for (const path of ['/api/feeds/posts.rss', '/api/feeds/posts.atom']) {
        const { parsed } = await feed(path);
        const titles = parsed.items.map((i) => i.title);
        expect(titles).toContain(`Edited ${marker}`);
        expect(titles).not.toContain(`Post ${marker}`);
      }
      const json = (await getPublic('/api/feeds/posts.json')).body as { items: { title: string; content_html: string }[] };
      const item = json.items.find((i) => i.title === `Edited ${marker}`);
      expect(item?.content_html).toContain('<strong>feeds</strong> ×');
    });
  });

  describe('freshness of publication outputs', () => {
    it('shows a new paper, then its new title, in publications.rss, the sitemap and the OpenAPI-described list', async () => {
      const marker = uniqueMarker('paperfeed');
      // Dated ahead of every other test's content, so it is among the feed's newest 20 items.
      const paper = await createPublished('api::publication.publication', publicationFields(marker, { year: 2030, date: '2030-01-01' }));
      let { parsed } = await feed('/api/feeds/publications.rss');
      expect(parsed.items.map((i) => i.title)).toContain(`Paper ${marker}`);
      expect((await getPublic('/api/sitemap.xml')).text).toContain(`/publications/${marker}</loc>`);

      await editAndPublish('api::publication.publication', paper.documentId, { title: `Retitled ${marker}` });
      ({ parsed } = await feed('/api/feeds/publications.rss'));
      const titles = parsed.items.map((i) => i.title);
      expect(titles).toContain(`Retitled ${marker}`);
      expect(titles).not.toContain(`Paper ${marker}`);
    });
  });
});
