/**
 * web/server/prerender.ts as crawlers see it: the built site fetched without JavaScript (Google
 * Scholar, link previews), its head and JSON-LD checked against the seeded content.
 */
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaOrgProblems } from '../support/schema-org';
import { SEED } from '../support/seed-file';
import { SITE_URL, useServedSite } from '../support/spa';

interface SeededWork {
  slug: string;
  title: string;
  kind: string;
  date?: string;
  venue?: string;
  arxivId?: string;
  authors: { name: string }[];
  links?: { kind: string; url: string }[];
}
interface SeededPost {
  slug: string;
  title: string;
  series?: string;
  summary?: string;
}
const WORKS = SEED.publications as unknown as SeededWork[];
const POSTS = SEED.blogPosts as unknown as SeededPost[];
const work = (kind: string) => {
  const found = WORKS.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`cms/seed/homepage.json has no ${kind}`);
  return found;
};

const site = useServedSite();
const window = new Window();

interface FetchedPage {
  status: number;
  headers: Headers;
  html: string;
  doc: Document;
  /** `content` of every `<meta name|property=…>`, in document order. */
  meta(name: string): string[];
  link(rel: string): string | null;
  jsonLd(): Record<string, unknown>[];
}

async function fetchPage(path: string): Promise<FetchedPage> {
  const response = await fetch(`${site.server.origin}${path}`);
  const html = await response.text();
  // Parsed, never run: happy-dom's DOMParser does not execute scripts.
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return {
    status: response.status,
    headers: response.headers,
    html,
    doc,
    meta: (name) =>
      [...doc.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)].map((tag) => tag.getAttribute('content') ?? ''),
    link: (rel) => doc.querySelector(`link[rel="${rel}"]`)?.getAttribute('href') ?? null,
    jsonLd: () =>
      [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
      ),
  };
}

interface Crumb {
  item: { '@id': string };
}
const ofType = (page: FetchedPage, type: string) => page.jsonLd().find((node) => node['@type'] === type);

/** What every page needs for search results and link previews. */
function expectSocialTags(page: FetchedPage, { title, url }: { title: string; url: string }) {
  expect(page.doc.title).toContain(title);
  expect(page.meta('description')[0]?.length ?? 0).toBeGreaterThan(20);
  expect(page.link('canonical')).toBe(url);
  expect(page.meta('og:title')).toEqual([title]);
  expect(page.meta('og:url')).toEqual([url]);
  expect(page.meta('og:description')).toEqual(page.meta('description'));
  expect(page.meta('og:image')[0]).toMatch(/^https?:\/\//);
  expect(page.meta('twitter:card')).toEqual(['summary_large_image']);
  expect(page.meta('twitter:title')).toEqual([title]);
  expect(page.meta('twitter:image')).toEqual(page.meta('og:image'));
}

describe('web/server/prerender', () => {
  describe('the home page', () => {
    let page: FetchedPage;
    beforeAll(async () => {
      page = await fetchPage('/');
    });

    it('carries the owner profile, sections and Person JSON-LD in the HTML', () => {
      expect(page.status).toBe(200);
      expect(page.doc.querySelector('main h1')?.textContent).toContain(SEED.profile.name);
      const titles = [...page.doc.querySelectorAll('main h2')].map((heading) => heading.textContent?.trim());
      expect(titles).toEqual(expect.arrayContaining(['Publications', 'Technical Reports', 'Blog']));
      expectSocialTags(page, { title: SEED.profile.name, url: `${SITE_URL}/` });
      expect(ofType(page, 'Person')).toMatchObject({ name: SEED.profile.name, url: `${SITE_URL}/` });
    });

    it('links the feeds in its head', () => {
      const feeds = [...page.doc.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('type'));
      expect(feeds).toEqual(expect.arrayContaining(['application/rss+xml', 'application/atom+xml', 'application/feed+json']));
    });

    it('inlines its state as a JSON data block, never as a script that runs', () => {
      const state = page.doc.getElementById('site-state');
      expect(state?.getAttribute('type')).toBe('application/json');
      expect(JSON.parse(state?.textContent ?? '')).toMatchObject({ path: '/', resources: { profile: { status: 'ready' } } });
      expect(page.html).not.toMatch(/__SITE_STATE__/);
    });
  });

  describe.each([
    ['conference paper', work('conference-paper'), 'ScholarlyArticle', 'citation_conference_title'],
    ['technical report', work('technical-report'), 'Report', 'citation_technical_report_institution'],
  ])('a %s page', (_label, seeded, type, venueTag) => {
    let page: FetchedPage;
    const url = `${SITE_URL}/publications/${seeded.slug}`;
    beforeAll(async () => {
      page = await fetchPage(`/publications/${seeded.slug}`);
    });

    it('has its title, description, canonical URL and Open Graph and Twitter cards', () => {
      expect(page.status).toBe(200);
      expectSocialTags(page, { title: seeded.title, url });
      expect(page.meta('og:type')).toEqual(['article']);
    });

    it('has the Google Scholar tags, authors in their published order', () => {
      expect(page.meta('citation_title')).toEqual([seeded.title]);
      expect(page.meta('citation_author')).toEqual(seeded.authors.map((author) => author.name));
      expect(page.meta('citation_publication_date')).toEqual([seeded.date?.replaceAll('-', '/')]);
      expect(page.meta(venueTag)).toEqual([seeded.venue]);
      expect(page.meta('citation_pdf_url')).toEqual([seeded.links?.find((link) => link.kind === 'pdf')?.url]);
      expect(page.meta('citation_arxiv_id')).toEqual([seeded.arxivId]);
    });

    it(`describes the work as a ${type} with a breadcrumb trail`, () => {
      expect(ofType(page, type)).toMatchObject({
        headline: seeded.title,
        url,
        author: seeded.authors.map((author) => ({ '@type': 'Person', name: author.name })),
      });
      const trail = ofType(page, 'BreadcrumbList')?.itemListElement as Crumb[];
      expect(trail.map((crumb) => crumb.item['@id'])).toEqual([`${SITE_URL}/`, `${SITE_URL}/publications`, url]);
    });
  });

  describe('a post in a series', () => {
    const seeded = POSTS.find((post) => post.series);
    let page: FetchedPage;
    beforeAll(async () => {
      page = await fetchPage(`/blog/${seeded?.slug}`);
    });

    it('has its head tags and a BlogPosting under Home › Blog › series', () => {
      if (!seeded) throw new Error('cms/seed/homepage.json has no post in a series');
      const url = `${SITE_URL}/blog/${seeded.slug}`;
      expect(page.status).toBe(200);
      expectSocialTags(page, { title: seeded.title, url });
      expect(ofType(page, 'BlogPosting')).toMatchObject({ headline: seeded.title, url, author: { name: SEED.profile.name } });
      const trail = ofType(page, 'BreadcrumbList')?.itemListElement as Crumb[];
      expect(trail.map((crumb) => crumb.item['@id'])).toEqual([`${SITE_URL}/`, `${SITE_URL}/blog`, `${SITE_URL}/series/${seeded.series}`, url]);
    });

    it('points at its translation with hreflang, in the HTML source', () => {
      const translation = (seeded as { translationUrl?: string } | undefined)?.translationUrl;
      if (!translation) throw new Error('the seeded post in a series has no translation to link');
      const alternates = [...page.doc.querySelectorAll('head link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
      expect(alternates).toEqual([['zh', translation]]);
    });
  });

  describe('JSON-LD', () => {
    it.each(['/', '/publications', `/publications/${work('conference-paper').slug}`, `/publications/${work('technical-report').slug}`, `/blog/${POSTS[0]?.slug}`])(
      'is valid schema.org on %s',
      async (path) => {
        const documents = (await fetchPage(path)).jsonLd();
        expect(documents.length).toBeGreaterThan(0);
        expect(documents.flatMap((document) => schemaOrgProblems(document))).toEqual([]);
      },
    );
  });

  describe('every seeded page', () => {
    const paths = [
      '/publications',
      '/blog',
      ...WORKS.map((seeded) => `/publications/${seeded.slug}`),
      ...POSTS.map((post) => `/blog/${post.slug}`),
      ...SEED.series.map((series) => `/series/${series.slug}`),
      ...SEED.tags.map((tag) => `/tags/${tag.slug}`),
    ];
    it.each(paths)('%s is prerendered with its own title and canonical URL', async (path) => {
      const page = await fetchPage(path);
      expect(page.status).toBe(200);
      expect(page.doc.querySelector('main h1')?.textContent?.trim().length).toBeGreaterThan(0);
      expect(page.link('canonical')).toBe(`${SITE_URL}${path}`);
    });
  });

  describe('unknown addresses', () => {
    it.each(['/blog/no-such-post', '/publications/no-such-paper', '/no/such/page', '/404'])(
      '%s gets the 404 page with status 404',
      async (path) => {
        const page = await fetchPage(path);
        expect(page.status).toBe(404);
        expect(page.doc.querySelector('main h1')?.textContent).toMatch(/does not exist/);
        expect(page.meta('robots')).toEqual(['noindex']);
        // The 404 page must not hydrate as if it were the page asked for.
        expect(page.doc.getElementById('site-state')).toBeNull();
      },
    );

    it('answers a missing asset with a plain 404', async () => {
      const response = await fetch(`${site.server.origin}/assets/no-such-chunk.js`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    });
  });

  describe('robots.txt and sitemap.xml', () => {
    it('serves robots.txt at the root, pointing at the sitemap', async () => {
      const response = await fetch(`${site.server.origin}/robots.txt`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    });

    it('serves sitemap.xml at the root with every seeded page under the site URL', async () => {
      const response = await fetch(`${site.server.origin}/sitemap.xml`);
      expect(response.status).toBe(200);
      const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
      expect(locs).toEqual(
        expect.arrayContaining([
          `${SITE_URL}/`,
          ...WORKS.map((seeded) => `${SITE_URL}/publications/${seeded.slug}`),
          ...POSTS.map((post) => `${SITE_URL}/blog/${post.slug}`),
        ]),
      );
    });
  });
});
