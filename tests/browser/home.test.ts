/**
 * The built SPA in real headless Chromium, reading the run's CMS from another origin (so CORS is
 * exercised as in production). Screenshots land in tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, removeDir, tempDir } from '../support/cms-process';
import { buildSpa, serveSpa } from '../support/spa';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let siteUrl: string;
let server: Server | undefined;
let browser: Browser | undefined;
const outDir = tempDir('spa');

beforeAll(async () => {
  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  await buildSpa({ cmsUrl: inject('cmsUrl'), siteUrl, outDir });
  server = await serveSpa(outDir, port);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  removeDir(outDir);
});

/** Opens a page that records console errors and uncaught exceptions. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { page, errors };
}

describe('web', () => {
  describe('HomePage', () => {
    it("shows the owner's name in both scripts and a publication, with no console errors", async () => {
      const { page, errors } = await openPage();
      try {
        await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
        await page.getByText('Optimizing Large Language Model Training Using FP4 Quantization').first().waitFor({ timeout: 10_000 });
        await page.screenshot({ path: `${ARTIFACTS}home.png`, fullPage: true });

        const text = await page.locator('body').innerText();
        expect(text).toContain('Ruizhe Wang');
        expect(text).toContain('王瑞哲');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
