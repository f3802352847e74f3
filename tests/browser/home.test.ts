/**
 * The home page of the built SPA in headless Chromium, reading the run's CMS from another origin
 * (so CORS is exercised as in production). Screenshots land in tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

const site = useSite();

describe('web', () => {
  describe('HomePage', () => {
    it("shows the owner's name in both scripts and a publication, with no console errors", async () => {
      const { page, problems, close } = await site.open('/');
      try {
        await page.getByText('Optimizing Large Language Model Training Using FP4 Quantization').first().waitFor();
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: `${ARTIFACTS}home.png`, fullPage: true });

        const text = await page.locator('body').innerText();
        expect(text).toContain('Ruizhe Wang');
        expect(text).toContain('王瑞哲');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
