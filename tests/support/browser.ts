/**
 * The built SPA in headless Chromium for the browser tests: one build per run (shared by every
 * file through a temp folder), and per file one static server and one browser.
 * https://playwright.dev/docs/api/class-browser
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { freePort } from './cms-process';
import { buildSpa, serveSpa } from './spa';

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

/**
 * Where the built site believes it lives (VITE_SITE_URL): canonical URLs and JSON-LD use it. It is
 * not where a test serves the build, so one build serves every file, each on a port of its own.
 */
export const SITE_URL = 'https://ruizhe-wang.test';

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export type Theme = 'light' | 'dark';

const BUILD_PREFIX = 'homepage-browser-spa-';
// A run's build is left behind for the other files of the run; a later run removes it once it is
// older than any one file's use of it (a run that still needs a removed build builds it again).
const STALE_BUILD_MS = 60 * 60_000;
const BUILD_WAIT_MS = 3 * 60_000;

function removeStaleBuilds(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(BUILD_PREFIX)) continue;
    const full = path.join(tmpdir(), entry);
    const stats = statSync(full, { throwIfNoEntry: false });
    if (stats && Date.now() - stats.mtimeMs > STALE_BUILD_MS) rmSync(full, { recursive: true, force: true });
  }
}

/**
 * The SPA built against this run's CMS, built by whichever file asks first. A run is known by its
 * CMS URL and admin token, so a later run on a reused port never gets yesterday's build.
 */
async function sharedSpaBuild(): Promise<string> {
  const cmsUrl = inject('cmsUrl');
  const runKey = createHash('sha256').update(`${cmsUrl}\n${inject('adminToken')}`).digest('hex').slice(0, 16);
  const outDir = path.join(tmpdir(), `${BUILD_PREFIX}${runKey}`);
  const built = `${outDir}.built`;
  const lock = `${outDir}.lock`;
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(built)) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error(`Waited ${BUILD_WAIT_MS / 1000} s for another file's SPA build (lock ${lock})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!existsSync(built)) {
        removeStaleBuilds();
        await buildSpa({ cmsUrl, siteUrl: SITE_URL, outDir });
        writeFileSync(built, cmsUrl);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return outDir;
}

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
}

/**
 * Waits until the app has mounted and every section has its content or its message: no boot text
 * and no loading placeholder left, and a page heading present.
 */
export async function waitForContent(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
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
  let origin = '';
  let server: Server | undefined;
  let browser: Browser | undefined;
  let shared: BrowserContext | undefined;

  beforeAll(async () => {
    const [outDir, port] = await Promise.all([sharedSpaBuild(), freePort()]);
    origin = `http://127.0.0.1:${port}`;
    server = await serveSpa(outDir, port);
    browser = await launchChromium();
    shared = await newContext(browser, origin);
  }, BUILD_WAIT_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  const site: Site = {
    get origin() {
      return origin;
    },
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
      const context = isolated ? await newContext(browser, origin) : shared;
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
