/**
 * The embed on another site's page, in headless Chromium: a lab page on an origin of its own, with
 * a CSP that allows only the embed's script (the site) and API (the CMS), pastes the two lines of
 * the README (web/src/embed/homepage-works.ts) or frames an /embed/<view> page. Screenshots go to
 * tests/artifacts/embed for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBED_VIEWS, sitePaths, type EmbedView } from '@homepage/shared';
import { launchChromium } from '../support/browser';
import { WORKSPACE_DIR } from '../support/builds';
import { HOST_CSS, startHostSite, type HostSite } from '../support/host-page';
import { BUILD_WAIT_MS, useServedSite } from '../support/spa';

const SCREENSHOTS = path.join(WORKSPACE_DIR, 'tests/artifacts/embed');
const served = useServedSite();
let browser: Browser;
let host: HostSite;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostSite({ siteUrl: served.server.origin, cmsUrl: new URL(inject('cmsUrl')).origin });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, BUILD_WAIT_MS + 30_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** The two lines of the README, as a lab would paste them. */
const pasted = (attributes: string) =>
  `<script src="${served.server.origin}${sitePaths.embedScript}" async></script>\n` +
  `<homepage-works ${attributes}><a href="https://example.org/publications">Our colleague's publications</a></homepage-works>`;

interface Opened {
  page: Page;
  problems: string[];
}

async function openHostPage(name: string, body: string, { down = false, colorScheme = 'light' as 'light' | 'dark' } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme });
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  if (down) await page.route(`${inject('cmsUrl')}/**`, (route) => route.abort('connectionrefused'));
  await page.goto(host.page(`/${name}`, body));
  return { page, problems };
}

const items = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('homepage-works')?.shadowRoot?.querySelectorAll('[part=link]') ?? [])].map((link) => ({
      href: link.getAttribute('href') ?? '',
      text: link.textContent ?? '',
      color: getComputedStyle(link).color,
    })),
  );

async function waitForItems(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.querySelector('homepage-works')?.shadowRoot?.querySelector('[part=item]')));
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('homepage-works').withTags(['wcag2a', 'wcag2aa']).setLegacyMode(true).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`);
}

describe('<homepage-works> on another site', () => {
  it.each(EMBED_VIEWS)('shows the %s view: five items linking to the site, no console error, no axe violation', async (view: EmbedView) => {
    const { page, problems } = await openHostPage(`view-${view}`, pasted(`view="${view}"`));
    try {
      await waitForItems(page);
      const shown = await items(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThanOrEqual(5);
      for (const item of shown) expect(item.href.startsWith(`${inject('cmsSiteUrl')}/`), item.href).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${view}-light.png`), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows the five latest works in Chinese, in the dark theme, with no axe violation', async () => {
    const { page, problems } = await openHostPage('zh-dark', pasted('lang="zh" theme="dark"'));
    try {
      await waitForItems(page);
      const shown = await items(page);
      expect(shown).toHaveLength(5);
      for (const item of shown) expect(item.href.startsWith(`${inject('cmsSiteUrl')}/zh/publications/`), item.href).toBe(true);
      const look = await page.evaluate(() => {
        const element = document.querySelector('homepage-works') as HTMLElement;
        return { background: getComputedStyle(element).backgroundColor, more: element.shadowRoot?.querySelector('[part=more]')?.textContent };
      });
      expect(look.background).toBe('rgb(13, 17, 23)');
      expect(look.more).toBe('全部论文 →');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'publications-zh-dark.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('follows the visitor’s dark mode with theme="auto" (the default), and stays light with theme="light"', async () => {
    const body = `${pasted('limit="2"')}<homepage-works id="light" theme="light" limit="2"></homepage-works>`;
    const { page } = await openHostPage('auto', body, { colorScheme: 'dark' });
    try {
      await waitForItems(page);
      await page.waitForFunction(() => Boolean(document.getElementById('light')?.shadowRoot?.querySelector('[part=item]')));
      const backgrounds = await page.evaluate(() => [...document.querySelectorAll('homepage-works')].map((element) => getComputedStyle(element).backgroundColor));
      expect(backgrounds).toEqual(['rgb(13, 17, 23)', 'rgb(255, 255, 255)']);
    } finally {
      await page.context().close();
    }
  });

  it('inherits the host’s font, keeps the host’s styles out, and keeps its own in', async () => {
    const { page } = await openHostPage('styles', pasted('limit="3"'));
    try {
      await waitForItems(page);
      const inside = await items(page);
      expect(HOST_CSS).toContain('a{color:rgb(255,0,0)}');
      for (const item of inside) expect(item.color).not.toBe('rgb(255, 0, 0)');
      const styles = await page.evaluate(() => {
        const element = document.querySelector('homepage-works') as HTMLElement;
        const list = element.shadowRoot?.querySelector('[part=list]') as HTMLElement;
        const hostList = document.querySelector('.host-list') as HTMLElement;
        const hostLink = hostList.querySelector('a') as HTMLElement;
        return {
          font: getComputedStyle(list).fontFamily,
          listStyle: getComputedStyle(list).listStyleType,
          hostListStyle: getComputedStyle(hostList).listStyleType,
          hostLinkColor: getComputedStyle(hostLink).color,
        };
      });
      expect(styles.font).toBe('Georgia, serif');
      expect(styles.listStyle).toBe('none');
      expect(styles.hostListStyle).toBe('square');
      expect(styles.hostLinkColor).toBe('rgb(255, 0, 0)');
    } finally {
      await page.context().close();
    }
  });

  it('shows its fallback link, and nothing broken, when the CMS cannot be reached', async () => {
    const { page } = await openHostPage('down', pasted('lang="zh"'), { down: true });
    try {
      await page.waitForFunction(() => customElements.get('homepage-works') !== undefined);
      const fallback = page.getByRole('link', { name: "Our colleague's publications" });
      await expect.poll(() => fallback.isVisible()).toBe(true);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.querySelector('homepage-works')?.shadowRoot?.querySelector('[part=item]') ?? null)).toBeNull();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'cms-down.png'), fullPage: true });
    } finally {
      await page.context().close();
    }
  });
});

describe('/embed/<view> in an iframe', () => {
  it('resizes itself in the host page through its postMessage', async () => {
    const frame = `<iframe src="${served.server.origin}${sitePaths.embedView('posts')}?theme=dark" title="Latest posts" width="600" height="40"></iframe>`;
    const { page, problems } = await openHostPage('iframe', frame);
    try {
      await expect.poll(() => page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0), { timeout: 8_000 }).toBeGreaterThan(150);
      const inner = page.frameLocator('iframe');
      await expect.poll(() => inner.locator('homepage-works').evaluate((element) => element.shadowRoot?.querySelectorAll('[part=item]').length ?? 0)).toBe(5);
      const background = await inner.locator('homepage-works').evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(background).toBe('rgb(13, 17, 23)');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'iframe-posts-dark.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the /embed page', () => {
  it('previews the embed and offers its two lines, in the language chosen', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
    const page = await context.newPage();
    try {
      await page.goto(`${served.server.origin}${sitePaths.embed}`);
      await page.mouse.move(1, 1);
      await waitForItems(page);
      const snippet = page.locator('pre code').first();
      expect(await snippet.textContent()).toContain(`<script src="https://ruizhe-wang.test${sitePaths.embedScript}" async></script>`);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
      await expect.poll(() => snippet.textContent()).toContain('lang="zh"');
      await expect.poll(() => page.evaluate(() => document.querySelector('homepage-works')?.shadowRoot?.querySelector('[part=more]')?.textContent)).toBe('全部论文 →');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-page.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
