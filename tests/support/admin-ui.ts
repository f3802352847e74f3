/**
 * The real admin UI (Strapi's built admin) in headless Chromium, already signed in as the owner.
 *
 * The admin login limiter allows 5 logins per 5 minutes per account, and a run has more admin
 * browser files than that, so only `admin-round-trip.test.ts` types the password into the login
 * form; every other file starts from the token the run's global setup got (`inject('adminToken')`),
 * stored where the admin keeps it after "Remember me" (localStorage `jwtToken`).
 *
 * Every step saves a screenshot under tests/artifacts/admin/<flow>/, numbered in order, so the
 * flow can be looked at afterwards; a failing step names its screenshot in the error.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './browser';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/admin/', import.meta.url));

/** The admin is a heavy React app on a busy 2-core machine: its steps get a minute each. */
export const ADMIN_STEP_MS = 60_000;

export interface AdminSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Where the admin is opened, e.g. "http://127.0.0.1:1337" (the CMS answers on every name of the host). */
  origin: string;
  /** Runs one step of `flow`, then screenshots the page; on failure the screenshot is named in the error. */
  step(name: string, run: () => Promise<void>): Promise<void>;
  /** Opens an admin path (e.g. "/content-manager/collection-types/api::publication.publication") and waits for the app. */
  goto(adminPath: string): Promise<void>;
  close(): Promise<void>;
}

export interface AdminSessionOptions {
  /** Names the screenshot folder. */
  flow: string;
  /** The admin's origin; defaults to the run's CMS URL. Use `http://localhost:<port>` to open it under another name. */
  origin?: string;
  /** The owner's admin token for that origin; defaults to the run's (a CMS of the test's own needs its own). */
  token?: string;
  viewport?: { width: number; height: number };
  /** Permissions granted to the admin's origin (e.g. clipboard-read, to check "Copy" buttons). */
  permissions?: string[];
}

export async function openAdminAsOwner(options: AdminSessionOptions): Promise<AdminSession> {
  const origin = (options.origin ?? inject('cmsUrl')).replace(/\/$/, '');
  const token = options.token ?? inject('adminToken');
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 1000 } });
  if (options.permissions) await context.grantPermissions(options.permissions, { origin });
  await context.addInitScript((jwt: string) => {
    if (!window.localStorage.getItem('jwtToken')) {
      window.localStorage.setItem('jwtToken', JSON.stringify(jwt));
      window.localStorage.setItem('isLoggedIn', 'true');
    }
  }, token);
  const page = await context.newPage();
  page.setDefaultTimeout(ADMIN_STEP_MS);
  const folder = `${ARTIFACTS}${options.flow}/`;
  mkdirSync(folder, { recursive: true });
  let count = 0;

  return {
    browser,
    context,
    page,
    origin,
    async step(name, run) {
      count += 1;
      const file = `${folder}${String(count).padStart(2, '0')}-${name}.png`;
      try {
        await run();
      } catch (error) {
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        throw new Error(`Step "${name}" of ${options.flow} failed (screenshot: ${file}): ${(error as Error).message}`);
      }
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    },
    async goto(adminPath) {
      await page.goto(`${origin}/admin${adminPath}`);
      // The left navigation appears once the app has checked the token and loaded permissions.
      await page.getByRole('link', { name: 'Content Manager' }).first().waitFor();
    },
    async close() {
      await browser.close();
    },
  };
}
