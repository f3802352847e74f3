/**
 * Issue 9 point 4 in headless Chromium: a visitor whose browser prefers Chinese lands on the
 * Chinese site, the header's switch takes them back to English, and that choice is remembered.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForContent } from '../support/browser';
import { BUILD_WAIT_MS, useServedSite } from '../support/spa';

const served = useServedSite();
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
}, BUILD_WAIT_MS + 30_000);

afterAll(async () => {
  await browser?.close();
});

/** A fresh visitor (empty localStorage) whose browser asks for `locale` first (navigator.languages). */
async function visitor(locale: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  if (!browser) throw new Error('The browser is launched in beforeAll');
  const context = await browser.newContext({ baseURL: served.server.origin, locale });
  context.setDefaultTimeout(5_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page, problems };
}

/** Lets a redirect that was going to happen after hydration happen. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));

describe('the site in two languages (browser)', () => {
  it('takes a browser preferring Chinese to /zh/; the switch goes back to English and remembers it', async () => {
    const { context, page, problems } = await visitor('zh-CN');
    try {
      expect(await page.evaluate(() => navigator.languages[0])).toBe('zh-CN');
      await page.goto('/publications');
      await page.waitForURL((url) => url.pathname === '/zh/publications');
      await waitForContent(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh');
      expect(await page.locator('main h1').innerText()).toBe('论文');
      // The main navigation, by its name (the language switch is a navigation landmark too).
      expect(await page.locator('header nav[aria-label="主导航"]').innerText()).toContain('博客');

      // In-site links stay in Chinese.
      await page.locator('header nav[aria-label="主导航"] a', { hasText: '博客' }).click();
      await page.waitForURL((url) => url.pathname === '/zh/blog');
      expect(await page.locator('main h1').innerText()).toBe('博客');

      await page.locator('header a[hreflang="en"]').click();
      await page.waitForURL((url) => url.pathname === '/blog');
      await waitForContent(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('main h1').innerText()).toBe('Blog');
      expect(await page.evaluate(() => localStorage.getItem('locale'))).toBe('en');

      // A later visit to an English address stays in English: the choice outranks the browser's.
      await page.goto('/');
      await waitForContent(page);
      await settle(page);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.locator('main h2#publications').innerText()).toBe('Publications');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('hydrates a prerendered Chinese page cleanly, and keeps its address for any browser', async () => {
    const { context, page, problems } = await visitor('en-US');
    try {
      await page.goto('/zh/blog');
      await waitForContent(page);
      await settle(page);
      expect(new URL(page.url()).pathname).toBe('/zh/blog');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh');
      expect(await page.locator('main time').first().innerText()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      // A post that fell back to English is marked so inside the Chinese list.
      expect(await page.locator('main article.post[lang="en"]').count()).toBeGreaterThan(0);
      // Hydration mismatches are reported as console errors.
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('leaves a browser preferring English on the English pages, and offers 中文 in the header', async () => {
    const { context, page, problems } = await visitor('en-US');
    try {
      await page.goto('/');
      await waitForContent(page);
      await settle(page);
      expect(new URL(page.url()).pathname).toBe('/');
      const chinese = page.locator('header a[hreflang="zh"]');
      expect(await chinese.innerText()).toBe('中文');
      await chinese.click();
      await page.waitForURL((url) => url.pathname === '/zh/');
      await waitForContent(page);
      expect(await page.locator('main h2#publications').innerText()).toBe('论文');
      expect(await page.evaluate(() => localStorage.getItem('locale'))).toBe('zh');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
