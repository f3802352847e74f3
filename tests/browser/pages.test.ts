/**
 * web/src/pages in headless Chromium: the built SPA reading the run's CMS, one page at a time,
 * checked the way a visitor (and a crawler) sees it.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL, useSite, waitForContent } from '../support/browser';
import { publishMathPost, type MathPost } from '../support/math-post';
import { SEED } from '../support/seed-file';

/** The seed file's fields these tests compare pages against (support/seed-file.ts types fewer). */
interface SeededWork {
  slug: string;
  title: string;
  kind: string;
  selected?: boolean;
  authors: { name: string }[];
}
interface SeededPost {
  slug: string;
  title: string;
  summary?: string;
  date: string;
  featured?: boolean;
  series?: string;
  tags: string[];
}
const WORKS = SEED.publications as SeededWork[];
const POSTS = SEED.blogPosts as SeededPost[];

const work = (slug: string): SeededWork => {
  const found = WORKS.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`cms/seed/homepage.json has no publication "${slug}"`);
  return found;
};
/** Titles of seeded posts, newest first, as the blog lists them. */
const postTitles = (keep: (post: SeededPost) => boolean) =>
  POSTS.filter(keep)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((post) => post.title);

/**
 * Reads until the value equals `expected` or `timeoutMs` passes, and returns the last reading:
 * pages load and filter asynchronously, and the assertion after this shows the difference.
 */
async function settledValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

const texts = async (page: Page, selector: string) => (await page.locator(selector).allInnerTexts()).map((text) => text.trim());

/** The head as a crawler reads it, once the page's own title is in (the head follows the data). */
async function headOf(page: Page, title: string) {
  await page.waitForFunction((expected) => document.title === expected, title).catch(() => undefined);
  return page.evaluate(() => ({
    title: document.title,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
    citationTitle: document.querySelector('meta[name="citation_title"]')?.getAttribute('content') ?? null,
    citationAuthors: [...document.querySelectorAll('meta[name="citation_author"]')].map((tag) => tag.getAttribute('content')),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
    ),
  }));
}

/** Whether KaTeX's stylesheet is in: its fonts are declared, and it hides the MathML copy of formulas. */
function katexStyles(page: Page) {
  return page.evaluate(() => {
    const mathml = [...document.querySelectorAll('.katex-mathml')];
    return {
      fonts: [...document.fonts].some((font) => font.family.replace(/["']/g, '').startsWith('KaTeX_')),
      mathmlHidden: mathml.length ? mathml.every((element) => getComputedStyle(element).position === 'absolute') : null,
    };
  });
}

const site = useSite();
let mathPost: MathPost;

beforeAll(async () => {
  mathPost = await publishMathPost();
  // Published after the build: its page exists once the site is prerendered again.
  await site.prerender();
});

describe('web', () => {
  describe('HomePage', () => {
    const home = site.openInSuite('/');

    it("shows the owner's name, the Chinese one marked lang=\"zh\"", async () => {
      const heading = home.page.locator('main h1');
      expect(await heading.innerText()).toContain('Ruizhe Wang');
      expect(await heading.locator('[lang="zh"]').innerText()).toBe('王瑞哲');
    });

    it('lists the selected publications, the technical reports and the featured posts', async () => {
      const titlesIn = async (section: string) =>
        (await texts(home.page, `section[aria-labelledby="${section}"] article h3`)).sort();
      expect(await titlesIn('publications')).toEqual(
        WORKS.filter((w) => w.selected && w.kind !== 'technical-report')
          .map((w) => w.title)
          .sort(),
      );
      expect(await texts(home.page, '#reports')).toEqual(['Technical Reports']);
      expect(await titlesIn('reports')).toEqual(
        WORKS.filter((w) => w.kind === 'technical-report')
          .map((w) => w.title)
          .sort(),
      );
      expect(await titlesIn('blog')).toEqual(postTitles((post) => post.featured === true).sort());
    });

    it("does not load KaTeX's stylesheet, having no math", async () => {
      expect(await katexStyles(home.page)).toEqual({ fonts: false, mathmlHidden: null });
    });

    it('describes the owner as a schema.org Person, with a canonical URL', async () => {
      const head = await headOf(home.page, 'Ruizhe Wang');
      expect(head.title).toBe('Ruizhe Wang');
      expect(head.canonical).toBe(`${SITE_URL}/`);
      expect(head.jsonLd).toHaveLength(1);
      expect(head.jsonLd[0]).toMatchObject({ '@type': 'Person', name: 'Ruizhe Wang', alternateName: '王瑞哲', url: `${SITE_URL}/` });
    });
  });

  describe('PostPage', () => {
    const post = site.openInSuite(() => `/blog/${mathPost.slug}`);

    it('renders math with KaTeX, code with Shiki, a table of contents and the reading time', async () => {
      const { page } = post;
      expect(await page.locator('main h1').innerText()).toBe(mathPost.title);
      expect(await page.locator('.prose .katex').count()).toBe(2);
      expect(await page.locator('.prose .katex-display').count()).toBe(1);
      expect(await page.locator('.prose pre.shiki').count()).toBe(1);
      expect(await page.locator('.prose pre.shiki').innerText()).toContain('print(1)');
      // Highlighted: the tokens carry their colours for both themes.
      expect(await page.locator('.prose pre.shiki span[style*="--shiki-dark"]').count()).toBeGreaterThan(0);
      expect(await texts(page, 'nav[aria-labelledby="toc-title"] li a')).toEqual(['The scaling law', 'Trying it']);
      expect(await page.locator('main header .line').innerText()).toMatch(/\b\d+ min read\b/);
    });

    it("loads KaTeX's stylesheet and fonts, as the post has math", async () => {
      expect(await katexStyles(post.page)).toEqual({ fonts: true, mathmlHidden: true });
    });

    it('describes the post as a schema.org BlogPosting, with a canonical URL', async () => {
      const head = await headOf(post.page, `${mathPost.title} · Ruizhe Wang`);
      expect(head.title).toBe(`${mathPost.title} · Ruizhe Wang`);
      expect(head.canonical).toBe(`${SITE_URL}/blog/${mathPost.slug}`);
      expect(head.citationAuthors).toEqual([]);
      expect(head.jsonLd.map((node) => node['@type'])).toEqual(['BlogPosting', 'BreadcrumbList']);
      expect(head.jsonLd[0]).toMatchObject({
        '@type': 'BlogPosting',
        headline: mathPost.title,
        url: `${SITE_URL}/blog/${mathPost.slug}`,
        author: { '@type': 'Person', name: 'Ruizhe Wang', url: `${SITE_URL}/` },
      });
    });
  });

  describe('PublicationPage', () => {
    it.each([
      ['a conference paper', 'fp4-training', 'ScholarlyArticle'],
      ['a technical report', 'fp8-lm', 'Report'],
    ])('describes %s to Google Scholar (authors in order) and to schema.org', async (_kind, slug, type) => {
      const seeded = work(slug);
      const { page, close } = await site.open(`/publications/${slug}`);
      try {
        const head = await headOf(page, `${seeded.title} · Ruizhe Wang`);
        expect(head.title).toBe(`${seeded.title} · Ruizhe Wang`);
        expect(head.canonical).toBe(`${SITE_URL}/publications/${slug}`);
        expect(head.citationTitle).toBe(seeded.title);
        expect(head.citationAuthors).toEqual(seeded.authors.map((author) => author.name));
        expect(head.jsonLd.map((node) => node['@type'])).toEqual([type, 'BreadcrumbList']);
        expect(head.jsonLd[0]).toMatchObject({
          '@context': 'https://schema.org',
          '@type': type,
          headline: seeded.title,
          url: `${SITE_URL}/publications/${slug}`,
          author: seeded.authors.map((author) => ({ '@type': 'Person', name: author.name })),
        });
      } finally {
        await close();
      }
    });
  });

  describe('PublicationsPage', () => {
    it('narrows the list to one kind', async () => {
      const { page, close } = await site.open('/publications');
      try {
        await page.getByRole('combobox', { name: /^Kind\b/ }).selectOption('technical-report');
        const expected = WORKS.filter((w) => w.kind === 'technical-report')
          .map((w) => w.title)
          .sort();
        expect(await settledValue(async () => (await texts(page, 'main article.work h3')).sort(), expected)).toEqual(expected);
        expect(new URL(page.url()).searchParams.get('kind')).toBe('technical-report');
      } finally {
        await close();
      }
    });

    it('narrows the list as a search is typed', async () => {
      const { page, close } = await site.open('/publications');
      try {
        expect((await texts(page, 'main article.work h3')).length).toBeGreaterThan(1);
        await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('FP8', { delay: 30 });
        const expected = [work('fp8-lm').title];
        expect(await settledValue(() => texts(page, 'main article.work h3'), expected)).toEqual(expected);
        expect(await page.locator('main .count').innerText()).toMatch(/^1 of \d+ works/);
      } finally {
        await close();
      }
    });
  });

  describe('BlogPage', () => {
    it.each([
      ['Topic', 'megatron-lm', (post: SeededPost) => post.tags.includes('megatron-lm')],
      ['Series', 'recursive-looped-transformers', (post: SeededPost) => post.series === 'recursive-looped-transformers'],
    ])('narrows the list by %s', async (label, value, keep) => {
      const { page, close } = await site.open('/blog');
      try {
        await page.getByRole('combobox', { name: new RegExp(`^${label}\\b`) }).selectOption(value);
        const expected = postTitles(keep);
        expect(expected.length).toBeGreaterThan(0);
        expect(await settledValue(() => texts(page, 'main article.post h2'), expected)).toEqual(expected);
      } finally {
        await close();
      }
    });

    it('finds posts by a word of their title or summary', async () => {
      const { page, close } = await site.open('/blog');
      try {
        await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('looped', { delay: 30 });
        const expected = postTitles((post) => `${post.title} ${post.summary ?? ''}`.toLowerCase().includes('looped'));
        expect(expected.length).toBeGreaterThan(0);
        expect(await settledValue(() => texts(page, 'main article.post h2'), expected)).toEqual(expected);
        expect(new URL(page.url()).searchParams.get('q')).toBe('looped');
      } finally {
        await close();
      }
    });
  });

  describe('NotFound', () => {
    it.each([
      ['an unknown path', '/no/such/page', 'page'],
      ['an unknown publication', '/publications/no-such-work', 'publication'],
      ['an unknown post', '/blog/no-such-post', 'post'],
    ])('shows the 404 page for %s, and says so in the title', async (_what, path, thing) => {
      const { page, close } = await site.open(path);
      try {
        expect(await page.locator('main h1').innerText()).toBe(`This ${thing} does not exist`);
        const head = await headOf(page, 'Page not found · Ruizhe Wang');
        expect(head.title).toBe('Page not found · Ruizhe Wang');
        expect(head.robots).toBe('noindex');
      } finally {
        await close();
      }
    });
  });

  describe('ThemeToggle', () => {
    it('switches to the dark theme and keeps it after a reload', async () => {
      const { page, close } = await site.open('/', { theme: 'light', isolated: true });
      try {
        const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const light = await background();
        await page.getByRole('button', { name: 'Switch to dark theme' }).click();
        expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
        const dark = await background();
        expect(dark).not.toBe(light);

        await page.reload();
        await waitForContent(page);
        expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
        expect(await background()).toBe(dark);
        await page.getByRole('button', { name: 'Switch to light theme' }).click();
        expect(await background()).toBe(light);
      } finally {
        await close();
      }
    });
  });
});
