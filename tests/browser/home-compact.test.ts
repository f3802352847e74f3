/**
 * The home page as a visitor first sees the owner (issue 17, point 7): a screen or two, not one
 * long column of full summaries. Selected works and reports take one line of summary each, the
 * full lists are a link away in the page's language, and without an uploaded portrait the owner's
 * initials stand in its place. Screenshots land in tests/artifacts/home-compact/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { useSite, waitForContent } from '../support/browser';
import { WORKSPACE_DIR } from '../support/builds';
import { contrast } from '../support/contrast';
import { request } from '../support/http';
import { SEED } from '../support/seed-file';

const SCREENSHOTS = path.join(WORKSPACE_DIR, 'tests/artifacts/home-compact');
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * How tall the home page may be, in screens, measured on the seeded content (document height,
 * header and footer included; English / Chinese):
 *   390×844:  5475 / 5841 px before (6.5 / 6.9 screens), 2525 / 2618 px compact (3.0 / 3.1)
 *   1440×900: 3619 / 3809 px before (4.0 / 4.2 screens), 1656 / 1751 px compact (1.8 / 1.9)
 * The bounds leave room for a longer title or a second degree, and fail the old page by far.
 */
const HEIGHT_BOUNDS = [
  { width: 390, height: 844, screens: 3.5 },
  { width: 1440, height: 900, screens: 2.25 },
] as const;

const LANGUAGES = [
  { name: 'English', prefix: '', publications: 'Publications', blog: 'Blog', allPublications: 'All publications →', allPosts: 'All posts →' },
  { name: 'Chinese', prefix: '/zh', publications: '论文', blog: '博客', allPublications: '全部论文 →', allPosts: '全部文章 →' },
] as const;

/** The seeded works the home page lists: the selected ones and the technical reports. */
interface SeededWork {
  title: string;
  kind: string;
  selected?: boolean;
  summary?: string;
}
const HOME_WORKS = (SEED.publications as SeededWork[]).filter((work) => work.kind === 'technical-report' || work.selected === true);

const site = useSite();
/** A test that prerenders the site again: about 15 s alone, longer while other files run. */
const PRERENDER_TEST_MS = 90_000;

const homeOf = (prefix: string) => `${prefix}/`;

/** What a work's article on the page shows: its paragraphs' texts and how many lines each takes. */
function workArticle(page: Page, title: string) {
  return page
    .locator('main article')
    .filter({ has: page.locator('h3', { hasText: title }) })
    .evaluate((article) => {
      const lines = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
      };
      return [...article.querySelectorAll('p')].map((paragraph) => ({ text: paragraph.textContent?.trim() ?? '', lines: lines(paragraph) }));
    });
}

describe('the compact home page (browser)', () => {
  describe.each(LANGUAGES)('in $name', (language) => {
    describe.each(HEIGHT_BOUNDS)('at $width×$height', ({ width, height, screens }) => {
      const opened = site.openInSuite(homeOf(language.prefix), { viewport: { width, height } });

      it(`is at most ${screens} screens tall`, async () => {
        const { page } = opened;
        const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `home-${language.prefix ? 'zh' : 'en'}-${width}.png`),
          fullPage: true,
        });
        expect(documentHeight, `${homeOf(language.prefix)} at ${width}×${height}`).toBeLessThanOrEqual(height * screens);
      });

      it('shows each selected work and report with one line of summary, never the whole summary', async () => {
        const { page } = opened;
        const shown = await page.locator('main').innerText();
        for (const work of HOME_WORKS) {
          const summary = work.summary ?? '';
          expect(summary.length, `${work.title}: a seeded summary longer than a line`).toBeGreaterThan(150);
          expect(shown.includes(summary), `${work.title}: its full summary is on the home page`).toBe(false);
          const paragraphs = await workArticle(page, work.title);
          const line = paragraphs.find((paragraph) => paragraph.text.length > 20 && summary.startsWith(paragraph.text.slice(0, 20)));
          expect(line, `${work.title}: a line of its summary among ${JSON.stringify(paragraphs)}`).toBeDefined();
          expect(line?.lines, `${work.title}: "${line?.text}"`).toBe(1);
        }
      });
    });

    describe('its links to the full lists', () => {
      it.each([
        ['publications', 'allPublications', `${language.prefix}/publications`, language.publications],
        ['blog', 'allPosts', `${language.prefix}/blog`, language.blog],
      ] as const)('lead from the %s section to the full list in the same language', async (section, label, target, heading) => {
        const { page, problems, close } = await site.open(homeOf(language.prefix));
        try {
          const link = page.locator(`section[aria-labelledby="${section}"]`).getByRole('link', { name: language[label] });
          expect(await link.getAttribute('href')).toBe(target);
          await link.click();
          await page.waitForURL((url) => url.pathname === target);
          await waitForContent(page);
          expect(await page.locator('main h1').innerText()).toBe(heading);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
    });
  });

  describe("the owner's portrait", () => {
    const admin = createAdminApi();
    const cmsUrl = inject('cmsUrl');
    const token = inject('adminToken');
    let uploadedId: number | undefined;

    afterAll(async () => {
      if (uploadedId === undefined) return;
      // Back to the seeded profile (no portrait) for the files that run after this one.
      await admin.profile.updateDraft({ avatar: null });
      await admin.profile.publish();
      await site.prerender();
      await request('DELETE', `${cmsUrl}/upload/files/${uploadedId}`, { token });
    }, PRERENDER_TEST_MS);

    /** The portrait or its placeholder: the first thing in the section the owner's name heads. */
    const portrait = (page: Page) =>
      page.locator('section[aria-labelledby="owner-name"] :is(img, [aria-hidden="true"])').first().evaluate((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          tag: element.tagName.toLowerCase(),
          text: element.textContent?.trim() ?? '',
          alt: element.getAttribute('alt'),
          ariaHidden: element.getAttribute('aria-hidden'),
          width: box.width,
          height: box.height,
          borderRadius: style.borderRadius,
          color: style.color,
          background: style.backgroundColor,
          loaded: element instanceof HTMLImageElement ? element.complete && element.naturalWidth > 0 : null,
        };
      });

    it.each([
      ['/', 'light'],
      ['/zh/', 'dark'],
    ] as const)("shows the owner's initials in the accent colour where no portrait is uploaded (%s, %s theme)", async (pathname, theme) => {
      const { page, close } = await site.open(pathname, { viewport: { width: 1440, height: 900 }, theme });
      try {
        const placeholder = await portrait(page);
        expect(placeholder).toMatchObject({ tag: 'span', text: 'RW', ariaHidden: 'true', borderRadius: '50%' });
        expect(placeholder.width).toBeGreaterThanOrEqual(64);
        expect(placeholder.height).toBe(placeholder.width);
        expect(contrast(placeholder.color, placeholder.background), JSON.stringify(placeholder)).toBeGreaterThanOrEqual(4.5);
        // The name it stands for is the page's heading, right beside it.
        expect(await page.locator('main h1').innerText()).toContain(SEED.profile.name);
      } finally {
        await close();
      }
    });

    it('shows the uploaded portrait instead, in the same place and size', async () => {
      const sizes: Record<number, { width: number; height: number }> = {};
      for (const width of [390, 1440]) {
        const { page, close } = await site.open('/', { viewport: { width, height: 900 } });
        const { width: boxWidth, height: boxHeight, tag } = await portrait(page);
        expect(tag, 'the placeholder before the upload').toBe('span');
        sizes[width] = { width: boxWidth, height: boxHeight };
        await close();
      }

      const form = new FormData();
      const png = new Uint8Array(readFileSync(path.join(WORKSPACE_DIR, 'web/public/social-card.png')));
      form.append('files', new Blob([png], { type: 'image/png' }), 'portrait.png');
      const uploaded = await request('POST', `${cmsUrl}/upload`, { token, form });
      expect(uploaded.status, uploaded.text.slice(0, 300)).toBe(201);
      uploadedId = (uploaded.body as { id: number }[])[0]?.id;
      await admin.profile.updateDraft({ avatar: uploadedId });
      await admin.profile.publish();
      await site.prerender();

      for (const width of [390, 1440]) {
        const { page, problems, close } = await site.open('/', { viewport: { width, height: 900 } });
        try {
          await page.waitForFunction(() => {
            const image = document.querySelector<HTMLImageElement>('section[aria-labelledby="owner-name"] img');
            return image?.complete === true;
          });
          const image = await portrait(page);
          expect(image).toMatchObject({ tag: 'img', alt: `Portrait of ${SEED.profile.name}`, loaded: true, borderRadius: '50%' });
          expect({ width: image.width, height: image.height }, `at ${width} px`).toEqual(sizes[width]);
          expect(await page.locator('section[aria-labelledby="owner-name"] [aria-hidden="true"]').count()).toBe(0);
          expect(problems).toEqual([]);
          await page.screenshot({ path: path.join(SCREENSHOTS, `home-portrait-${width}.png`) });
        } finally {
          await close();
        }
      }
    }, PRERENDER_TEST_MS);
  });
});
