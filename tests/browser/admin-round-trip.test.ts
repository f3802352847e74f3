/**
 * The owner's round trip through the real admin UI (Strapi's built admin, headless Chromium): log
 * in, create a publication, paste BibTeX into its BibTeX field, save, see the empty fields filled,
 * publish, and find the work on the site's publications page. The admin login limiter allows 5
 * logins per 5 minutes, so this file logs in once. On failure a screenshot goes to tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { launchChromium, useSite } from '../support/browser';
import { OWNER } from '../support/cms-process';
import { getPublicData } from '../support/http';
import { uniqueMarker } from '../support/published';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
/** The admin is a heavy React app on a busy 2-core machine: its steps get a minute each. */
const STEP_MS = 60_000;

const UID = 'api::publication.publication';
const cmsUrl = inject('cmsUrl');
const site = useSite();
const marker = uniqueMarker('roundtrip');
const arxivId = `2611.${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
const title = `Round Trip Training at Scale ${marker}`;
const BIBTEX = `@article{hu2026${marker.replace(/-/g, '')},
  title={Round Trip {Training} at Scale ${marker}},
  author={Hu, Qingguo and Wang, Ruizhe and Gong, Yeyun},
  journal={arXiv preprint arXiv:${arxivId}},
  year={2026}
}`;

let browser: Browser;
let page: Page;
let documentId: string | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(STEP_MS);
});

afterAll(async () => {
  await browser?.close();
  if (documentId) await createAdminApi().remove(UID, documentId);
});

/** Runs one step of the round trip; on failure saves what the page showed and rethrows. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = `${ARTIFACTS}admin-round-trip-${name}.png`;
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`Step "${name}" failed (screenshot: ${file}): ${(error as Error).message}`);
  }
}

/** Strapi's guided tour opens over the first views a new admin sees; the owner would skip it. */
async function skipGuidedTour(): Promise<void> {
  const skip = page.getByRole('button', { name: 'Skip' });
  await skip.waitFor({ timeout: 3000 }).then(
    () => skip.click(),
    () => undefined, // no tour on this view
  );
}

describe('admin round trip', () => {
  it('logs in, pastes BibTeX into a new publication, saves, publishes, and the site lists it', async () => {
    await step('log-in', async () => {
      await page.goto(`${cmsUrl}/admin`);
      await page.getByLabel('Email').fill(OWNER.email);
      await page.getByLabel('Password').fill(OWNER.password);
      await page.getByRole('button', { name: 'Login' }).click();
      await page.getByRole('link', { name: 'Content Manager' }).first().waitFor();
    });

    await step('create', async () => {
      await page.getByRole('link', { name: 'Content Manager' }).first().click();
      await page.getByRole('link', { name: 'Publication', exact: true }).click();
      await page.getByRole('heading', { name: 'Publication' }).waitFor();
      await skipGuidedTour();
      await page.getByRole('link', { name: 'Create new entry' }).first().click();
      await page.getByRole('heading', { name: 'Create an entry' }).waitFor();
      await skipGuidedTour();
    });

    await step('paste-and-save', async () => {
      await page.getByLabel('BibTeX').fill(BIBTEX);
      await page.getByRole('button', { name: 'Save' }).click();
      // Saved: the content manager moves from /create to the document's own URL.
      await page.waitForURL((url) => !url.pathname.endsWith('/create'));
      documentId = page.url().split('/').pop();
      await expect.poll(() => page.getByLabel('Title').inputValue(), { timeout: STEP_MS }).toBe(title);
    });

    await step('authors-filled', async () => {
      // Each author is a collapsed entry headed by its name, in the paper's order.
      const form = page.locator('main');
      for (const name of ['Qingguo Hu', 'Ruizhe Wang', 'Yeyun Gong']) {
        await form.getByText(name, { exact: true }).first().waitFor({ timeout: 10_000 });
      }
      expect(await page.getByLabel('arXiv id').inputValue()).toBe(arxivId);
    });

    await step('publish', async () => {
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect
        .poll(async () => (await getPublicData<{ title: string; slug: string }[]>(`/api/publications?filters[documentId][$eq]=${documentId}`)).map((w) => [w.title, w.slug]), {
          timeout: STEP_MS,
          interval: 1000,
        })
        // The slug comes from the pasted title, not the admin's placeholder ("publication").
        .toEqual([[title, expect.stringMatching(/^[a-z0-9-]+$/)]]);
      const [published] = await getPublicData<{ slug: string }[]>(`/api/publications?filters[documentId][$eq]=${documentId}`);
      expect(published.slug).not.toMatch(/^publication(-\d+)?$/);
    });

    await step('on-the-site', async () => {
      // What the CMS's rebuild webhook does after a publish in production (README, "Fresh after publishing").
      await site.prerender();
      const { page: sitePage, close } = await site.open('/publications');
      try {
        await sitePage.getByRole('link', { name: title }).first().waitFor({ timeout: 10_000 });
      } finally {
        await close();
      }
    });
  }, 300_000);
});
