import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium';
import { printCvPdfs } from './cv-pdf';

describe('cv-pdf', () => {
  describe('printCvPdfs', () => {
    let outDir = '';
    const saved = process.env.CHROMIUM_PATH;
    beforeEach(() => {
      outDir = mkdtempSync(path.join(tmpdir(), 'cv-pdf-test-'));
      mkdirSync(path.join(outDir, 'cv'), { recursive: true });
      writeFileSync(path.join(outDir, 'cv', 'index.html'), '<!doctype html><title>CV</title><h1>Ruizhe Wang</h1>');
    });
    afterEach(() => {
      rmSync(outDir, { recursive: true, force: true });
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    });

    it('goes on without a PDF and says so in one line, on a machine without Chromium', async () => {
      process.env.CHROMIUM_PATH = '';
      const lines: string[] = [];
      const result = await printCvPdfs(outDir, new Set(['/cv']), (line) => lines.push(line));
      expect(result.printed).toEqual([]);
      expect(result.skipped).toMatch(/no Chromium/);
      expect(lines).toEqual([expect.stringMatching(/^cv\.pdf: SKIPPED, no Chromium found \(set CHROMIUM_PATH\)/)]);
      expect(existsSync(path.join(outDir, 'cv.pdf'))).toBe(false);
    });

    it('prints nothing when no CV page changed and its PDF is there', async () => {
      writeFileSync(path.join(outDir, 'cv.pdf'), '%PDF-1.4');
      const result = await printCvPdfs(outDir, new Set(['/blog']));
      expect(result).toEqual({ printed: [], skipped: null });
    });

    it.runIf(chromiumPath() !== null)('prints a changed CV page to a PDF', async () => {
      const result = await printCvPdfs(outDir, new Set(['/cv']));
      expect(result.printed).toEqual(['/cv.pdf']);
    }, 60_000);
  });
});
