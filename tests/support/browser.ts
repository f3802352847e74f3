/**
 * The built site in headless Chromium for the browser tests: one prerendered build per run
 * (support/spa.ts), and per file one static server and one browser.
 * https://playwright.dev/docs/api/class-browser
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BUILD_WAIT_MS, useServedSite } from './spa';

export { SITE_URL } from './spa';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export type Theme = 'light' | 'dark';

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** The system colour scheme Chromium reports (`prefers-color-scheme`). */
  theme?: Theme;
  /**
   * A context of its own (own localStorage), for a test that stores something; pages otherwise
   * share one context per file, which is much cheaper to open.
   */
  isolated?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and HTTP errors, in order. */
  problems: string[];
  close(): Promise<void>;
}

export interface Site {
  /** Where this file serves the build, e.g. "http://127.0.0.1:40123". */
  readonly origin: string;
  /** Opens `path` in a new page and waits for its content. */
  open(pathname: string, options?: OpenOptions): Promise<OpenedPage>;
  /**
   * One page for the tests of the calling `describe`: opened in its beforeAll, closed in its
   * afterAll. `pathname` may be a function for paths known only once other hooks have run.
   */
  openInSuite(pathname: string | (() => string), options?: OpenOptions): OpenedPage;
  /** Prerenders the pages again, as the CMS's rebuild webhook would after content was published. */
  prerender(): Promise<void>;
}

/**
 * What a visitor does first: moves the pointer over the page. A prerendered page starts its app
 * only on such a sign of intent (web/src/modules/start-on-intent.ts). In the page's corner, so no
 * link or button is left hovered.
 */
export async function showIntent(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.mouse.move(0, 0);
}

/**
 * Waits until the app has mounted (or hydrated) and every section has its content or its message:
 * no boot text and no loading placeholder left, and a page heading present.
 */
export async function waitForContent(page: Page): Promise<void> {
  await showIntent(page);
  await page.waitForFunction(
    () =>
      // Mounted (a prerendered page is readable before its code has loaded and hydrated it).
      Boolean((document.getElementById('app') as (HTMLElement & { __vue_app__?: unknown }) | null)?.__vue_app__) &&
      document.querySelector('#app > .boot') === null &&
      document.querySelector('[aria-busy="true"]') === null &&
      document.querySelector('main h1') !== null,
    undefined,
    { timeout: 10_000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP, colorScheme: 'light' });
  // A missing element fails in seconds, well inside the test's timeout, not after Playwright's 30 s.
  context.setDefaultTimeout(5_000);
  return context;
}

/** Registers the hooks that build (once per run), serve and open the SPA for one test file. */
export function useSite(): Site {
  const served = useServedSite();
  let browser: Browser | undefined;
  let shared: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    shared = await newContext(browser, served.server.origin);
  }, BUILD_WAIT_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  const site: Site = {
    get origin() {
      return served.server.origin;
    },
    prerender: () => served.server.prerender(),
    openInSuite(pathname, options) {
      let opened: OpenedPage | undefined;
      const current = () => {
        if (!opened) throw new Error(`${String(pathname)} is opened in beforeAll; read it inside tests`);
        return opened;
      };
      beforeAll(async () => {
        opened = await site.open(typeof pathname === 'function' ? pathname() : pathname, options);
      });
      afterAll(async () => {
        await opened?.close();
      });
      return {
        get page() {
          return current().page;
        },
        get problems() {
          return current().problems;
        },
        close: () => current().close(),
      };
    },
    async open(pathname, { viewport = DESKTOP, theme = 'light', isolated = false } = {}) {
      if (!browser || !shared) throw new Error('The browser is launched in beforeAll; open pages inside hooks and tests');
      const context = isolated ? await newContext(browser, served.server.origin) : shared;
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) =>
        problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'no reason'})`),
      );
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
      });
      const close = () => (isolated ? context.close() : page.close());
      try {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(pathname);
        await waitForContent(page);
      } catch (error) {
        await close();
        throw new Error(`${pathname} did not show its content: ${(error as Error).message}\n${problems.join('\n')}`);
      }
      return { page, problems, close };
    },
  };
  return site;
}
