/**
 * The site's layout on a phone and on a desktop, in both themes and both languages: nothing wider
 * than the screen, a header whose name and language switch are never cut or wrapped, display math
 * that scrolls in its own box, code in the monospace face and Latin text in the Latin face on
 * Chinese pages. One browser, one page per width; the theme is switched on the loaded page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite, waitForContent, type OpenedPage, type Theme } from '../support/browser';
import { WORKSPACE_DIR } from '../support/builds';
import { contrast } from '../support/contrast';
import { publishMathPost, type MathPost } from '../support/math-post';
import { SEED } from '../support/seed-file';

const WIDTHS = [320, 390, 768, 1440] as const;
const THEMES: Theme[] = ['light', 'dark'];
const LANGUAGES = ['', '/zh'] as const;
/** Looked at by a person after a run (tests/artifacts is gitignored). */
const SCREENSHOTS = path.join(WORKSPACE_DIR, 'tests/artifacts/layout');
/** The home page whole at every width (it is meant to be short: look at all of it), a post's first screen on a phone and a desktop. */
const screenshotOf = (kind: RouteKind, width: number): { fullPage: boolean } | null =>
  kind === 'home' ? { fullPage: true } : kind === 'post' && (width === 390 || width === 1440) ? { fullPage: false } : null;

const site = useSite();
let mathPost: MathPost;

beforeAll(async () => {
  mathPost = await publishMathPost();
  // Published after the build: its page exists once the site is prerendered again.
  await site.prerender();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

type RouteKind = 'home' | 'publications' | 'publication' | 'blog' | 'post' | 'tag';
const ROUTES: [RouteKind, () => string][] = [
  ['home', () => '/'],
  ['publications', () => '/publications'],
  ['publication', () => `/publications/${SEED.publications[0]?.slug}`],
  ['blog', () => '/blog'],
  ['post', () => `/blog/${mathPost.slug}`],
  ['tag', () => `/tags/${SEED.tags[0]?.slug}`],
];

/** What one page shows at one width and theme, measured in the page. */
interface Layout {
  viewportWidth: number;
  documentScrollWidth: number;
  /** Elements whose right edge is past the viewport's and that no scroll container holds. */
  overflowing: string[];
  brand: { scrollWidth: number; clientWidth: number; lines: number } | null;
  /** Header links and buttons whose text runs over more than one line. */
  wrappedControls: string[];
  maths: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number; overflowX: string; overflowY: string; reachedEnd: boolean }[];
  monoFace: string;
  codeFaces: string[];
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
    const scrolls = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
    const heldByScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrolls(parent)) return true;
      }
      return false;
    };
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && rect.right > viewportWidth + 0.5 && !heldByScroller(element);
      })
      .map(describe);
    /** How many lines an element's text takes: the distinct tops of its text's boxes. */
    const lines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    };
    const brandElement = document.querySelector<HTMLElement>('header .brand');
    const wrappedControls = [...document.querySelectorAll<HTMLElement>('header a, header button')]
      .filter((element) => element.innerText.trim() && lines(element) > 1)
      .map((element) => element.innerText.trim());
    const maths = [...document.querySelectorAll<HTMLElement>('.katex-display')].map((element) => {
      const style = getComputedStyle(element);
      const before = element.scrollLeft;
      element.scrollLeft = element.scrollWidth;
      const reachedEnd = Math.abs(element.scrollLeft + element.clientWidth - element.scrollWidth) <= 1;
      element.scrollLeft = before;
      return {
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
        scrollHeight: element.scrollHeight,
        clientHeight: element.clientHeight,
        overflowX: style.overflowX,
        overflowY: style.overflowY,
        reachedEnd,
      };
    });
    const firstFace = (stack: string) => stack.split(',')[0]?.trim() ?? '';
    return {
      viewportWidth,
      documentScrollWidth: document.documentElement.scrollWidth,
      overflowing,
      brand: brandElement
        ? { scrollWidth: brandElement.scrollWidth, clientWidth: brandElement.clientWidth, lines: lines(brandElement) }
        : null,
      wrappedControls,
      maths,
      monoFace: firstFace(getComputedStyle(document.documentElement).getPropertyValue('--font-mono')),
      codeFaces: [...document.querySelectorAll('pre code')].map((element) => firstFace(getComputedStyle(element).fontFamily)),
    };
  });
}

/** The families of a font-family value, unquoted. */
const families = (value: string) => value.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));
const CJK_FACE = /CJK|PingFang|Hiragino|Han (Sans|Serif)|YaHei|Songti|Heiti/i;

describe('the site layout (browser)', () => {
  describe.each(WIDTHS)('at %i px wide', (width) => {
    let opened: OpenedPage | undefined;
    beforeAll(async () => {
      opened = await site.open('/', { viewport: { width, height: 844 } });
    });
    afterAll(async () => {
      await opened?.close();
    });

    const routes = LANGUAGES.flatMap((prefix) => ROUTES.map(([kind, address]) => [kind, prefix, address] as const));
    it.each(routes)('lays out the %s page (%s) in both themes', async (kind, prefix, address) => {
      if (!opened) throw new Error('opened in beforeAll');
      const { page } = opened;
      const pathname = `${prefix}${address()}`;
      await page.goto(pathname);
      await waitForContent(page);
      if (kind === 'post') expect(await page.locator('.katex-display').count(), pathname).toBeGreaterThan(0);

      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        const where = `${pathname} at ${width} px, ${theme}`;
        const layout = await measure(page);

        expect.soft(layout.documentScrollWidth, `${where}: document width`).toBeLessThanOrEqual(layout.viewportWidth);
        expect.soft(layout.overflowing, `${where}: elements past the right edge`).toEqual([]);

        expect.soft(layout.brand, `${where}: the owner's name`).not.toBeNull();
        if (layout.brand) {
          expect.soft(layout.brand.scrollWidth, `${where}: the owner's name is cut`).toBeLessThanOrEqual(layout.brand.clientWidth);
          expect.soft(layout.brand.lines, `${where}: the owner's name wraps`).toBe(1);
        }
        expect.soft(layout.wrappedControls, `${where}: header controls whose text wraps`).toEqual([]);

        for (const [index, math] of layout.maths.entries()) {
          const label = `${where}: .katex-display #${index + 1} (${JSON.stringify(math)})`;
          if (math.scrollWidth > math.clientWidth) {
            expect.soft(['auto', 'scroll'], `${label} is wider than its box, which does not scroll`).toContain(math.overflowX);
            expect.soft(math.reachedEnd, `${label}: its right end cannot be scrolled to`).toBe(true);
          }
          expect.soft(math.scrollHeight, `${label} cuts or scrolls its tall parts`).toBeLessThanOrEqual(math.clientHeight);
        }
        // The seeded formula is wider than a phone: here scrolling is exercised, not just allowed.
        if (kind === 'post' && width <= 390) {
          expect.soft(layout.maths.some((math) => math.scrollWidth > math.clientWidth), `${where}: formula wider than a phone`).toBe(true);
        }

        expect.soft(layout.codeFaces.every((face) => face === layout.monoFace), `${where}: pre code faces ${layout.codeFaces.join(' | ')}`).toBe(true);
        if (kind === 'post') expect.soft(layout.codeFaces.length, `${where}: code blocks`).toBeGreaterThan(0);

        const screenshot = screenshotOf(kind, width);
        if (screenshot) {
          await page.screenshot({ path: path.join(SCREENSHOTS, `${kind}-${prefix ? 'zh' : 'en'}-${width}-${theme}.png`), ...screenshot });
        }
      }
    });
  });

  describe('a Latin paragraph on a Chinese page', () => {
    const home = site.openInSuite('/zh/', { viewport: { width: 390, height: 844 } });

    it('takes its letters from the Latin face, listed before the CJK one', async () => {
      // The owner's bio is in English, marked lang="en" inside the Chinese page.
      const stack = await home.page.locator('main [lang="en"] p').first().evaluate((element) => getComputedStyle(element).fontFamily);
      const faces = families(stack);
      const firstCjk = faces.findIndex((face) => CJK_FACE.test(face));
      expect(CJK_FACE.test(faces[0] ?? ''), stack).toBe(false);
      expect(firstCjk, `${stack}: a CJK face after the Latin ones`).toBeGreaterThan(0);
    });
  });

  describe.each(['/', '/zh/'])('the skip link on %s', (pathname) => {
    const opened = site.openInSuite(pathname, { viewport: { width: 390, height: 844 } });

    /** The element hit at the middle of the part of the link inside the viewport, if any. */
    const hitAtLink = (page: Page) =>
      page.locator('.skip-link').evaluate((link) => {
        const rect = link.getBoundingClientRect();
        const top = Math.max(rect.top, 0);
        const left = Math.max(rect.left, 0);
        const bottom = Math.min(rect.bottom, window.innerHeight);
        const right = Math.min(rect.right, window.innerWidth);
        if (bottom <= top || right <= left) return 'outside the viewport';
        const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        return hit && link.contains(hit) ? 'the link' : 'something else';
      });

    it('shows no part of itself until focused, then shows itself', async () => {
      const { page } = opened;
      expect(await hitAtLink(page)).not.toBe('the link');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
      expect(await hitAtLink(page)).toBe('the link');
    });
  });

  describe.each(THEMES)('the search field in the %s theme', (theme) => {
    const opened = site.openInSuite('/publications', { theme });

    it("rings in the site's accent colour, at 3:1 or more against the page", async () => {
      const { page } = opened;
      await page.locator('main input[type="search"]').focus();
      const ring = await page.evaluate(() => {
        const field = document.activeElement as HTMLElement;
        const probe = document.createElement('span');
        probe.style.color = 'var(--accent)';
        document.body.append(probe);
        const accent = getComputedStyle(probe).color;
        probe.remove();
        const style = getComputedStyle(field);
        return { outlineStyle: style.outlineStyle, outlineColor: style.outlineColor, accent, background: getComputedStyle(document.body).backgroundColor };
      });
      expect(ring.outlineStyle).not.toBe('none');
      expect(ring.outlineColor).toBe(ring.accent);
      expect(contrast(ring.outlineColor, ring.background), JSON.stringify(ring)).toBeGreaterThanOrEqual(3);
    });
  });
});
