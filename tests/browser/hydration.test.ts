/**
 * src/main.ts on a prerendered page: the browser hydrates the markup from the state the page
 * carries, without asking the CMS again, and from then on behaves as the single-page app.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { showIntent, useSite } from '../support/browser';
import { SEED } from '../support/seed-file';

const site = useSite();
const cmsOrigin = new URL(inject('cmsUrl')).origin;

/** Requests to the CMS from now on, and documents loaded (a full page load is not SPA navigation). */
function watch(page: Page) {
  const cms: string[] = [];
  const documents: string[] = [];
  page.on('request', (request: Request) => {
    if (new URL(request.url()).origin === cmsOrigin) cms.push(request.url());
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  return { cms, documents };
}

/** Whether Vue has mounted (hydrated) the app. */
const isMounted = (page: Page) =>
  page.evaluate(() => Boolean((document.getElementById('app') as (HTMLElement & { __vue_app__?: unknown }) | null)?.__vue_app__));

/** Shows intent, as a visitor would, and resolves once Vue has mounted (hydrated) the app. */
async function mounted(page: Page): Promise<void> {
  await showIntent(page);
  await page.waitForFunction(() => {
    const app = document.getElementById('app') as (HTMLElement & { __vue_app__?: unknown }) | null;
    return Boolean(app?.__vue_app__);
  });
}

/** The names of the meta tags (sorted, repeats kept) and the JSON-LD count, from HTML text. */
function headTags(html = ''): { meta: string[]; jsonLd: number } {
  const head = html.split('</head>')[0] ?? '';
  const meta = [...head.matchAll(/<meta\b[^>]*>/g)].flatMap((match) => {
    const tag = match[0];
    const name = /\b(?:name|property)="([^"]+)"/.exec(tag)?.[1];
    return name ? [name] : [];
  });
  return { meta: meta.sort(), jsonLd: head.match(/application\/ld\+json/g)?.length ?? 0 };
}

const work = SEED.publications[0];
// In a series: its series' posts load only once the post has (a load that depends on another).
const post = SEED.blogPosts.find((candidate) => candidate.series) ?? SEED.blogPosts[0];

describe('web/src/main', () => {
  describe('hydrating a prerendered page', () => {
    it.each(['/', '/publications', `/publications/${work?.slug}`, `/blog/${post?.slug}`, '/blog', `/tags/${SEED.tags[0]?.slug}`])(
      'asks the CMS nothing on %s and logs no error',
      async (path) => {
        const { page, problems, close } = await site.open(path, { isolated: true });
        try {
          await page.waitForLoadState('networkidle');
          const seen = watch(page);
          const response = await page.reload();
          const prerenderedHead = headTags(await response?.text());
          await mounted(page);
          await page.waitForLoadState('networkidle');
          expect(seen.cms).toEqual([]);
          // A hydration mismatch is logged as an error by Vue, in production builds too.
          expect(problems).toEqual([]);
          // Hydration keeps the server's head tags instead of adding a second set.
          const hydratedHead = await page.evaluate(() => [...document.head.querySelectorAll('meta, link, script')].map((tag) => tag.outerHTML));
          expect(headTags(hydratedHead.join('\n')).meta).toEqual(prerenderedHead.meta);
          expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
          expect(await page.locator('script[type="application/ld+json"]').count()).toBe(prerenderedHead.jsonLd);
        } finally {
          await close();
        }
      },
    );
  });

  describe('after hydration', () => {
    it('navigates in the page like the SPA, loading what the next page needs from the CMS', async () => {
      const { page, close } = await site.open('/', { isolated: true });
      try {
        await mounted(page);
        const seen = watch(page);
        await page.getByRole('link', { name: 'All publications →' }).click();
        await page.waitForURL('**/publications');
        await page.locator('main h1', { hasText: 'Publications' }).waitFor();
        await page.getByRole('link', { name: work?.title ?? '' }).first().click();
        await page.locator('main h1', { hasText: work?.title ?? '' }).waitFor();
        expect(seen.documents).toEqual([]);
        expect(seen.cms.length).toBeGreaterThan(0);
        expect(await page.title()).toContain(work?.title ?? '');
      } finally {
        await close();
      }
    });
  });
  describe('starting on intent', () => {
    /** A page of its own whose pointer has never moved (site.open shows intent to wait for content). */
    async function untouched(path: string) {
      const opened = await site.open('/', { isolated: true });
      const page = await opened.page.context().newPage();
      const scripts: string[] = [];
      page.on('request', (request: Request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      return { page, scripts, close: opened.close };
    }

    /** Holds the site's scripts back until the returned function is called. */
    async function holdScripts(page: Page): Promise<() => void> {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/assets/*.js', async (route) => {
        await released;
        await route.continue();
      });
      return release;
    }

    it('loads no script until the visitor moves the pointer, then hydrates', async () => {
      const { page, scripts, close } = await untouched('/publications');
      try {
        // The prerendered page is complete and usable as it is: its links are real pages.
        expect(await page.locator('main h1').textContent()).toContain('Publications');
        expect(scripts).toEqual([]);
        expect(await isMounted(page)).toBe(false);
        await page.mouse.move(200, 200);
        await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown } | null)?.__vue_app__));
        expect(scripts.length).toBeGreaterThan(0);
      } finally {
        await close();
      }
    });

    it('does not lose a button click made while the app was still loading', async () => {
      const { page, close } = await untouched('/');
      try {
        // Holds the app's code back until the click is done, as a slow phone's network would.
        const release = await holdScripts(page);
        await page.getByRole('button', { name: 'Switch to dark theme' }).click();
        expect(await isMounted(page)).toBe(false);
        expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
        release();
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
        expect(await isMounted(page)).toBe(true);
        await page.getByRole('button', { name: 'Switch to light theme' }).waitFor();
      } finally {
        await close();
      }
    });

    it('keeps what was typed in the search box while the app was loading, and searches for it', async () => {
      const { page, close } = await untouched('/publications');
      try {
        const release = await holdScripts(page);
        await page.getByRole('searchbox').fill('FP4');
        expect(await isMounted(page)).toBe(false);
        release();
        await page.waitForURL(/[?&]q=FP4\b/);
        expect(await page.getByRole('searchbox').inputValue()).toBe('FP4');
      } finally {
        await close();
      }
    });
  });
});
