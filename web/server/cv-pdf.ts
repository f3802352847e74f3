/**
 * /cv.pdf and /zh/cv.pdf: the prerendered CV pages printed by headless Chromium (its own
 * `--print-to-pdf`, no browser driver needed), so the PDF is the page's print stylesheet and
 * nothing else. Printed after prerendering, again whenever a run changed a CV page (a talk,
 * publication or profile edit). Without Chromium the build goes on without the PDFs, says so in
 * one line, and the built CV page links none (VITE_CV_PDF, vite.config.ts).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathInLocale, SITE_LOCALES, sitePaths } from '@homepage/shared';
import { chromiumPath } from './chromium';
import { writeSiteFile } from './files';
import { createStaticFiles, publicFileNames } from './static-files';

const run = promisify(execFile);
const PRINT_TIMEOUT_MS = 60_000;
/** The flags every headless Chromium here needs (NOTES.md), and a page without the date/URL header. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pdf-header-footer'];

/** The CV pages in every language and where each one's PDF goes. */
export const CV_PAGES = SITE_LOCALES.map((locale) => ({ page: pathInLocale(sitePaths.cv, locale), pdf: pathInLocale(sitePaths.cvPdf, locale) }));

/** Serves the built folder on a free local port for as long as Chromium prints from it. */
async function serveBuiltSite(outDir: string): Promise<{ origin: string; server: Server }> {
  const files = createStaticFiles(outDir);
  const server = createServer((req, res) => {
    const segments = new URL(req.url ?? '/', 'http://localhost').pathname.split('/').filter(Boolean).map(decodeURIComponent);
    files
      .send(req, res, publicFileNames(segments), { status: 200, headers: {}, conditional: false })
      .then((sent) => {
        if (!sent) res.writeHead(404).end();
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface CvPdfResult {
  printed: string[];
  /** Why nothing was printed, when it was not. */
  skipped: string | null;
}

/**
 * Prints the CV pages whose HTML is listed in `changedPages`, and any whose PDF is missing.
 * Never throws: a site without its PDF is still a site.
 */
export async function printCvPdfs(outDir: string, changedPages: ReadonlySet<string>, log: (line: string) => void = () => undefined): Promise<CvPdfResult> {
  const due = CV_PAGES.filter(({ page, pdf }) => existsSync(path.join(outDir, page, 'index.html')) && (changedPages.has(page) || !existsSync(path.join(outDir, pdf))));
  if (due.length === 0) return { printed: [], skipped: null };
  const chromium = chromiumPath();
  if (!chromium) {
    const skipped = 'no Chromium found (set CHROMIUM_PATH): the site has no /cv.pdf';
    log(`cv.pdf: SKIPPED, ${skipped}`);
    return { printed: [], skipped };
  }
  const { origin, server } = await serveBuiltSite(outDir);
  const scratch = mkdtempSync(path.join(tmpdir(), 'cv-pdf-'));
  const printed: string[] = [];
  try {
    for (const { page, pdf } of due) {
      const out = path.join(scratch, 'cv.pdf');
      try {
        await run(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${path.join(scratch, 'profile')}`, `--print-to-pdf=${out}`, `${origin}${page}`], { timeout: PRINT_TIMEOUT_MS });
        writeSiteFile(path.join(outDir, pdf), readFileSync(out));
        printed.push(pdf);
      } catch (error) {
        log(`cv.pdf: printing ${page} failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  if (printed.length > 0) log(`cv.pdf: printed ${printed.join(', ')}`);
  return { printed, skipped: null };
}
