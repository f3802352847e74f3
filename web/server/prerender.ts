/**
 * Renders the public pages of the site to static HTML in the client build's folder: the pages the
 * CMS lists (/api/site-pages) in every language, plus 404.html, sitemap.xml and robots.txt. Given
 * the changes the CMS reported, only the pages that show them are rendered (./render-plan.ts).
 * Safe to run again while the folder is being served (the rebuild webhook does): files are
 * replaced whole, unchanged ones are left alone, and pages that no longer exist are removed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, normalPath, pathInLocale, SITE_LOCALES, sitePagesResponseSchema, sitePaths, type BlogPost, type SiteLocale } from '@homepage/shared';
import { createRouteRenderer } from '../src/entry-server';
import { removeSiteFile, writeSiteFile } from './files';
import { assetLinks, isShell, pageHtml, type SsrManifest } from './page-html';
import { documentIdsIn, planRender, type Changes, type PlannedPage, type PrerenderRecord, type RecordedPage } from './render-plan';
import { languageLinksOf, robotsTxt, sitemapXml } from './site-map';
import { writeEmbedPages } from './embed-pages';
import { cardOfPage, createCardWriter, type CardRun } from './og-cards/write-cards';
import { printCvPdfs } from './cv-pdf';

export interface PrerenderOptions {
  outDir: string;
  cmsUrl: string;
  siteUrl: string;
  /** What changed since the last run (the CMS's rebuild notification); 'all' renders every page. */
  changes?: Changes;
  log?: (line: string) => void;
}

export interface PrerenderResult {
  /** Pages the site has after the run. */
  pages: number;
  /** Pages rendered in this run. */
  rendered: number;
  /** Why every page was rendered, or null when only the changed ones were. */
  everything: string | null;
  /** Files whose content changed. */
  written: number;
  removed: number;
  /** Pages left as they were because rendering them failed, with why. */
  failed: string[];
  /** The publications' and posts' link-preview cards (./og-cards). */
  cards: CardRun;
  ms: number;
}

const SHELL = '.shell.html';
const RECORD = '.prerendered.json';
const CONCURRENCY = 4;
/** The site's own pages, whether or not the CMS lists them. */
const FIXED_PAGES = [sitePaths.home, sitePaths.publications, sitePaths.blog, sitePaths.news, sitePaths.talks, sitePaths.cv, sitePaths.embed];

/** The not-found page of a language, relative to the site's folder: `404.html`, `zh/404.html`. */
export function notFoundFile(locale: SiteLocale): string {
  return locale === DEFAULT_LOCALE ? '404.html' : `${locale}/404.html`;
}

/** Where a page's HTML lives: `/blog/a-post` → blog/a-post/index.html (the static server's lookup). */
export function pageFile(outDir: string, pagePath: string): string {
  const decoded = decodeURIComponent(pagePath);
  if (!decoded.startsWith('/') || /(^|\/)\.\.?(\/|$)|[\\\0]/.test(decoded)) {
    throw new Error(`Refusing to prerender the path "${pagePath}": it must be a plain absolute path, e.g. "/blog/a-post"`);
  }
  return path.join(outDir, decoded, 'index.html');
}

/** The client build's index.html before any page replaced it, kept aside as the template. */
function readShell(outDir: string): string {
  const kept = path.join(outDir, SHELL);
  const index = path.join(outDir, 'index.html');
  const built = readFileSync(index, 'utf8');
  // A fresh client build writes a new shell (new asset hashes): it replaces the one kept aside.
  if (isShell(built)) {
    copyFileSync(index, kept);
    return built;
  }
  if (!existsSync(kept)) throw new Error(`${outDir} has neither a fresh client build nor ${SHELL}; run "vite build" first`);
  return readFileSync(kept, 'utf8');
}

/**
 * The shell with the site-wide stylesheets inlined: a prerendered page can paint as soon as its
 * HTML arrives, without a round trip per stylesheet first (First Contentful Paint on slow mobile
 * networks). Every page inlines the same text, so one CSP hash covers it.
 */
function inlineStylesheets(shell: string, outDir: string): string {
  return shell.replace(/<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/g, (link, href: string) => {
    const file = path.join(outDir, href);
    return existsSync(file) ? `<style>${readFileSync(file, 'utf8').replace(/<\/style/gi, '<\\/style')}</style>` : link;
  });
}

/** KaTeX's stylesheet, which pages with math load on demand (src/composables/posts.ts). */
function mathStylesheet(outDir: string): string | undefined {
  const manifestFile = path.join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; css?: string[] }>;
  const entry = Object.entries(manifest).find(([key]) => /katex[\\/]dist[\\/]katex\.min\.css$/.test(key))?.[1];
  const file = entry?.css?.[0] ?? (entry?.file.endsWith('.css') ? entry.file : undefined);
  return file ? `/${file}` : undefined;
}

function showsMath(state: Record<string, { data: unknown }>): boolean {
  return Object.entries(state).some(([key, entry]) => key.startsWith('post:') && (entry.data as BlogPost | null)?.hasMath === true);
}

/** The CMS's pages (in the default language) and their twins in every other language (`/zh/…`). */
async function fetchPages(cmsUrl: string): Promise<PlannedPage[]> {
  const url = `${cmsUrl}/api/site-pages`;
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const listed = sitePagesResponseSchema.safeParse(await response.json());
  if (!listed.success) throw new Error(`GET ${url} answered a page list this site cannot read: ${listed.error.message.slice(0, 300)}`);
  // Each page once, in the default language.
  const byPath = new Map<string, PlannedPage>();
  for (const page of listed.data.data) {
    const path = pathInLocale(page.path, DEFAULT_LOCALE);
    if (!byPath.has(path)) byPath.set(path, { ...page, path });
  }
  const fixed = FIXED_PAGES.filter((page) => !byPath.has(page)).map((page): PlannedPage => ({ path: page, kind: 'list', lastmod: null }));
  const english = [...fixed, ...byPath.values()];
  return SITE_LOCALES.flatMap((locale) => english.map((page) => ({ ...page, path: pathInLocale(page.path, locale) })));
}

/**
 * The last run's record (null when there is none this version can use) and the pages it rendered
 * (a record of the first version was a plain list of paths).
 */
function readRecord(file: string): { record: PrerenderRecord | null; paths: string[] } {
  if (!existsSync(file)) return { record: null, paths: [] };
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<PrerenderRecord> | string[];
    if (Array.isArray(saved)) return { record: null, paths: saved.filter((page) => typeof page === 'string') };
    const usable = saved.version === 2 && typeof saved.shell === 'string' && saved.pages !== undefined;
    return usable ? { record: saved as PrerenderRecord, paths: Object.keys(saved.pages ?? {}) } : { record: null, paths: [] };
  } catch {
    return { record: null, paths: [] };
  }
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

export async function prerenderSite({ outDir, cmsUrl, siteUrl, changes = 'all', log = () => undefined }: PrerenderOptions): Promise<PrerenderResult> {
  const started = Date.now();
  const built = readShell(outDir);
  const shell = inlineStylesheets(built, outDir);
  const shellHash = createHash('sha256').update(shell).digest('hex');
  const manifestFile = path.join(outDir, '.vite', 'ssr-manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as SsrManifest) : {};
  const katexCss = mathStylesheet(outDir);
  const pages = await fetchPages(cmsUrl);
  const recordFile = path.join(outDir, RECORD);
  const { record: before, paths: renderedBefore } = readRecord(recordFile);
  const plan = planRender(pages, before, shellHash, changes);
  const renderRoute = createRouteRenderer();
  const cards = createCardWriter(outDir);

  let written = 0;
  const failed: string[] = [];
  /** Pages whose HTML changed in this run (the CV's PDF is printed again when its page did). */
  const changedPages = new Set<string>();
  /** What each page showed: kept from the last run for pages not rendered now. */
  const after: Record<string, RecordedPage> = {};
  const listedNow = new Set(pages.map((page) => page.path));
  for (const [pagePath, page] of Object.entries(before?.pages ?? {})) if (listedNow.has(pagePath)) after[pagePath] = page;

  await inBatches(plan.render, CONCURRENCY, async ({ path: pagePath, lastmod, kind }) => {
    const file = pageFile(outDir, pagePath);
    try {
      const route = await renderRoute(pagePath);
      if (route.outcome !== 'ok') {
        failed.push(`${pagePath}: the page rendered as ${route.outcome}`);
        // The last good version stays, with what it showed (so the next change to it renders it again).
        if (!existsSync(file)) delete after[pagePath];
        return;
      }
      const extra = katexCss && showsMath(route.state) ? [katexCss] : [];
      const html = await pageHtml({ shell, known: built, route, path: pagePath, links: assetLinks(route.modules, manifest, extra) });
      if (writeSiteFile(file, html)) {
        written++;
        changedPages.add(pagePath);
      }
      const links = languageLinksOf(html, siteUrl);
      // Only pages that are their own canonical URL (not the Chinese twin of an untranslated post) go in the sitemap.
      const sitemap = links.canonical === `${siteUrl}${normalPath(pagePath)}` ? { path: normalPath(pagePath), ...(lastmod ? { lastmod } : {}), alternates: links.alternates } : null;
      after[pagePath] = { shows: documentIdsIn(route.state), sitemap };
      cards.page(pagePath, cardOfPage(pagePath, kind, route.state, siteUrl));
    } catch (error) {
      failed.push(`${pagePath}: ${(error as Error).message}`);
    }
  });

  // The 404 page in each language: the static server answers unknown `/zh/…` paths with zh/404.html.
  if (plan.everything) {
    for (const locale of SITE_LOCALES) {
      const notFound = await renderRoute(pathInLocale('/404', locale));
      const notFoundHtml = await pageHtml({ shell, known: built, route: notFound, links: assetLinks(notFound.modules, manifest) });
      if (writeSiteFile(path.join(outDir, notFoundFile(locale)), notFoundHtml)) written++;
    }
  }
  const embeds = await writeEmbedPages(outDir, cmsUrl);
  written += embeds.written;
  failed.push(...embeds.failed);
  const listed = pages.flatMap((page) => after[page.path]?.sitemap ?? []);
  if (writeSiteFile(path.join(outDir, 'sitemap.xml'), sitemapXml(siteUrl, listed))) written++;
  if (writeSiteFile(path.join(outDir, 'robots.txt'), robotsTxt(siteUrl))) written++;
  written += (await printCvPdfs(outDir, changedPages, log)).printed.length;

  // Pages rendered before that the CMS no longer lists (unpublished or deleted) go.
  const gone = renderedBefore.filter((page) => !(page in after) && page !== '/');
  for (const page of gone) removeSiteFile(outDir, pageFile(outDir, page));
  const { run: cardRun, failed: cardFailures } = await cards.finish(new Set(Object.keys(after)));
  failed.push(...cardFailures);
  const record: PrerenderRecord = { version: 2, shell: shellHash, pages: Object.fromEntries(Object.entries(after).sort(([a], [b]) => a.localeCompare(b))) };
  writeFileSync(recordFile, JSON.stringify(record));

  const result: PrerenderResult = {
    pages: Object.keys(after).length,
    rendered: plan.render.length,
    everything: plan.everything,
    written,
    removed: gone.length,
    failed,
    cards: cardRun,
    ms: Date.now() - started,
  };
  const scope = plan.everything ? `all ${result.rendered} pages (${plan.everything})` : `${result.rendered} of ${pages.length} pages`;
  log(`prerendered ${scope} in ${result.ms} ms (${written} files changed, ${gone.length} removed)`);
  const drawMs = cardRun.drawMs.reduce((sum, ms) => sum + ms, 0);
  const perCard = cardRun.drawn ? `, ${Math.round(drawMs / cardRun.drawn)} ms each` : '';
  log(`link-preview cards: ${cardRun.drawn} drawn in ${Math.round(drawMs)} ms${perCard}, ${cardRun.kept} unchanged, ${cardRun.removed} removed`);
  for (const failure of failed) log(`  not prerendered: ${failure}`);
  return result;
}
