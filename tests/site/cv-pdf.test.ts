/**
 * cv.pdf as a visitor downloads it from the built site (web/server/cv-pdf.ts): printed by headless
 * Chromium at build time from the prerendered /cv, two A4 pages for the seed content, the owner's
 * name as text (not an image of it). Read with two PDF readers that share no code: pdf-lib (the
 * document's page tree) and pdf-parse (pdf.js: the text a reader extracts). Then the owner's view:
 * a talk published in the admin reaches the PDF through the CMS's rebuild webhook.
 */
import { PDFParse } from 'pdf-parse';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueMarker } from '../support/published';
import { startSiteWithCms, type SiteWithCms } from '../support/site-with-cms';
import { useServedSite } from '../support/spa';

/** A4 in PostScript points (210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 };

interface ReadPdf {
  pagesByPdfLib: number;
  pagesByPdfJs: number;
  sizes: { width: number; height: number }[];
  text: string;
}

async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await PDFDocument.load(bytes);
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    const parsed = await parser.getText();
    return { pagesByPdfLib: document.getPageCount(), pagesByPdfJs: parsed.total, sizes: document.getPages().map((page) => page.getSize()), text: parsed.text };
  } finally {
    await parser.destroy();
  }
}

async function download(origin: string, pathname: string): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${origin}${pathname}`);
  return { status: response.status, type: response.headers.get('content-type'), bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('cv.pdf', () => {
  const site = useServedSite();

  it.each([
    ['/cv.pdf', ['Ruizhe Wang', '王瑞哲', 'Education', 'Publications', 'Optimizing Large Language Model Training Using FP4 Quantization']],
    ['/zh/cv.pdf', ['Ruizhe Wang', '王瑞哲', '教育经历', '论文']],
  ])('%s is two A4 pages with the owner and their works as text', async (pathname, phrases) => {
    const pdf = await download(site.server.origin, pathname);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const read = await readPdf(pdf.bytes);
    expect([read.pagesByPdfLib, read.pagesByPdfJs]).toEqual([2, 2]);
    for (const size of read.sizes) {
      expect(size.width).toBeCloseTo(A4.width, -1);
      expect(size.height).toBeCloseTo(A4.height, -1);
    }
    // Text extraction may break a line anywhere, and gives some CJK glyphs as their compatibility
    // characters (文 as the Kangxi radical ⽂): compare NFKC-normalised, without whitespace.
    const text = read.text.normalize('NFKC').replace(/\s+/g, '');
    for (const phrase of phrases) expect(text, `${pathname} lacks "${phrase}"`).toContain(phrase.replace(/\s+/g, ''));
    // Print, not screen: the site's navigation, footer and the download link are left out.
    expect(text).not.toContain('DownloadPDF');
    expect(text).not.toContain('Embedonyoursite');
  });

  it.each([
    ['/cv', '/cv.pdf'],
    ['/zh/cv', '/zh/cv.pdf'],
  ])('%s links its PDF', async (pathname, pdf) => {
    const html = await (await fetch(`${site.server.origin}${pathname}`)).text();
    expect(html).toContain(`href="${pdf}"`);
  });
});

describe('cv.pdf after the owner publishes a talk', () => {
  let pair: SiteWithCms | undefined;

  beforeAll(async () => {
    pair = await startSiteWithCms('cv-pdf');
  }, 300_000);

  afterAll(async () => {
    await pair?.stop();
  });

  it('prints the talk into /cv.pdf within 60 s of publishing it', async () => {
    if (!pair) throw new Error('no CMS or site');
    const { admin, site: server } = pair;
    const title = `Talk ${uniqueMarker('pdf')}`;
    const before = await download(server.origin, '/cv.pdf');
    expect((await readPdf(before.bytes)).text).not.toContain(title);

    const talk = await admin.createDraft('api::talk.talk', { title, event: 'Workshop on efficient training', place: 'Hefei', date: '2026-06-01', kind: 'invited' });
    const published = Date.now();
    await admin.publish('api::talk.talk', talk.documentId);
    let text = '';
    while (Date.now() - published < 60_000) {
      const pdf = await download(server.origin, '/cv.pdf');
      text = (await readPdf(pdf.bytes)).text.replace(/\s+/g, ' ');
      if (text.includes(title)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(text, server.log()).toContain(title);
    console.log(`cv.pdf showed the talk ${Date.now() - published} ms after it was published`);
  }, 90_000);
});
