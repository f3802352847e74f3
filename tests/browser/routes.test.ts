/**
 * Every route of web/src/modules/router.ts in headless Chromium: it loads cleanly, fits a phone,
 * passes axe-core in both themes; three of them are also photographed for a human to look at.
 * Each route is opened once; its tests then resize the window or switch the colour scheme.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, useSite, type Theme } from '../support/browser';
import { publishMathPost, type MathPost } from '../support/math-post';

const SCREENSHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const MATH_POST = '/blog/:math-post';

interface Route {
  name: string;
  /** The path, or MATH_POST for the post this file publishes. */
  path: string;
  /** File name prefix of its screenshots, for the pages a person should look at. */
  screenshot?: string;
  /** The document's HTTP status when not 200: the server answers unknown paths with 404.html. */
  status?: number;
}

const ROUTES: Route[] = [
  { name: 'home', path: '/', screenshot: 'home' },
  { name: 'publications', path: '/publications', screenshot: 'publications' },
  { name: 'a publication', path: '/publications/fp4-training' },
  { name: 'blog', path: '/blog' },
  { name: 'a post with math and code', path: MATH_POST, screenshot: 'post' },
  { name: 'a series', path: '/series/megatron-lm-practical-guide' },
  { name: 'a tag', path: '/tags/quantization' },
  { name: 'an unknown path', path: '/no/such/page', status: 404 },
];

const THEMES: Theme[] = ['light', 'dark'];

/** Serious and critical WCAG 2 A/AA findings, one line each, naming the elements. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself (no cross-origin frames here, so no extra page per
  // run); passes are not collected, which saves most of the time on long pages.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')}${node.failureSummary ? ` [${node.failureSummary.replace(/\s+/g, ' ')}]` : ''}`)
          .join('; ')}`,
    );
}

/**
 * How far the page scrolls sideways and, when it does, the elements that stick out past the
 * window's right edge (not counting those inside a box that scrolls or clips them).
 */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return { overflow, culprits: [] };
    const clipped = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5 && !clipped(element))
      .slice(0, 8)
      .map((element) => [element.tagName.toLowerCase(), ...element.classList].join('.'));
    return { overflow, culprits };
  });
}

async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

const site = useSite();
let mathPost: MathPost;

beforeAll(async () => {
  mathPost = await publishMathPost();
  // Published after the build: its page exists once the site is prerendered again.
  await site.prerender();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

describe('web', () => {
  describe('every route', () => {
    describe.each(ROUTES)('$name ($path)', (route) => {
      const opened = site.openInSuite(() => (route.path === MATH_POST ? `/blog/${mathPost.slug}` : route.path));

      it('loads with no console error and no failed request', () => {
        // The browser logs a document's 404 as a failed resource; that status is this route's answer.
        const expected = route.status
          ? [
              `HTTP ${route.status}: GET ${site.origin}${route.path}`,
              `console.error: Failed to load resource: the server responded with a status of ${route.status} (Not Found) (${site.origin}${route.path})`,
            ]
          : [];
        expect(opened.problems).toEqual(expected);
      });

      it('scrolls only downwards on a 390 x 844 phone, in both themes', async () => {
        await opened.page.setViewportSize(PHONE);
        try {
          for (const theme of THEMES) {
            await setTheme(opened.page, theme);
            const { overflow, culprits } = await sidewaysOverflow(opened.page);
            expect(overflow, `${theme} theme; past the right edge: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
          }
        } finally {
          await opened.page.setViewportSize(DESKTOP);
          await setTheme(opened.page, 'light');
        }
      });

      it.each(THEMES)('has no serious or critical axe violation in the %s theme', async (theme) => {
        await setTheme(opened.page, theme);
        try {
          expect(await seriousAxeViolations(opened.page)).toEqual([]);
        } finally {
          await setTheme(opened.page, 'light');
        }
      });

      if (route.screenshot) {
        const prefix = route.screenshot;
        it('is photographed on a desktop and a phone, light and dark', async () => {
          const { page } = opened;
          try {
            for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
              await page.setViewportSize(viewport);
              for (const theme of THEMES) {
                await setTheme(page, theme);
                const path = `${SCREENSHOTS}${prefix}-${device}-${theme}.png`;
                const image = await page.screenshot({ path, fullPage: true, animations: 'disabled' });
                expect(image.byteLength, path).toBeGreaterThan(10_000);
              }
            }
            expect(opened.problems).toEqual([]);
          } finally {
            await page.setViewportSize(DESKTOP);
            await setTheme(page, 'light');
          }
        });
      }
    });
  });
});
