/**
 * The production server of the built site (`pnpm start`, port 4173):
 * - static files with their brotli/gzip copies and byte ranges (./static-files); hashed assets
 *   cached for a year as immutable, pages revalidated on every visit (ETag);
 * - prerendered pages at their paths, 404.html with status 404 for everything else (the bare
 *   SPA shell with 200 while nothing is prerendered yet);
 * - the Content-Security-Policy and other security headers on every response;
 * - POST /_rebuild with the X-Site-Rebuild-Secret header (SITE_REBUILD_SECRET): prerenders the
 *   site again from the CMS, which calls it after each content write (cms/src/site-rebuild);
 *   202 at once, or 200 when done with `?wait=1`.
 * - a 400 for a request target it cannot read, and no request that can stop the server: a
 *   failure answers that request with a 500 or cuts its connection, nothing more.
 * Flags: --port N (SITE_PORT, 4173), --host H (SITE_HOST, 0.0.0.0), --prerender-on-start.
 * The site's address (SITE_URL) is the build's; a different SITE_URL at start is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { timingSafeEqual } from 'node:crypto';
import { localeOfPath, publicSiteUrl, sitePaths } from '@homepage/shared';
import { siteConfig } from '../src/site-config';
import { adminOrigins } from './admin-origins';
import { contentSecurityPolicy } from './csp';
import { isEmbedPage } from './embed-pages';
import { notFoundFile, prerenderSite, type PrerenderResult } from './prerender';
import { createRebuildQueue } from './rebuild-queue';
import { readRebuildRequest } from './rebuild-request';
import { readRequestTarget, type RequestTarget } from './request-target';
import { siteDir } from './site-dir';
import { createStaticFiles, publicFileNames } from './static-files';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SITE_PORT || '4173' },
    host: { type: 'string', default: process.env.SITE_HOST ?? '0.0.0.0' },
    'prerender-on-start': { type: 'boolean', default: false },
  },
});
const root = siteDir();
const { cmsUrl, siteUrl } = siteConfig();
const log = (line: string) => console.log(`site: ${line}`);

// Every page, sitemap.xml and robots.txt name the address this build was made for (vite.config.ts
// derives it from SITE_URL, as the CMS does). Served under another SITE_URL, the CMS's links and
// the site's pages would disagree: refuse, and say how to build for the address given.
if ((process.env.SITE_URL || process.env.VITE_SITE_URL) && publicSiteUrl(process.env, 'start') !== siteUrl) {
  console.error(
    `site: SITE_URL is "${publicSiteUrl(process.env, 'start')}" but this build names "${siteUrl}"; ` +
      'build again with the same SITE_URL (e.g. "SITE_URL=https://example.org pnpm build")',
  );
  process.exit(1);
}
const rebuildSecret = process.env.SITE_REBUILD_SECRET ?? '';
// The admin's preview panel frames draft previews from wherever the owner opens the admin.
const framedBy = (() => {
  try {
    return adminOrigins(process.env.ADMIN_ORIGINS, cmsUrl);
  } catch (error) {
    console.error(`site: ${(error as Error).message}`);
    process.exit(1);
  }
})();

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`site: ${root} has no index.html; build the site first ("pnpm build")`);
  process.exit(1);
}

const YEAR = 31_536_000;
const HASHED_ASSET = /^\/assets\//;
// Files are looked up on each request, not indexed once: prerendering replaces pages while they
// are served.
const files = createStaticFiles(root);

/** What changes when the site is prerendered again: the inline-hash CSP and whether 404.html exists. */
function loadSite() {
  const pages = ['index.html', '404.html', '.shell.html']
    .map((name) => path.join(root, name))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(pages, cmsUrl),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // No Cross-Origin-Opener-Policy on public pages: without cookies or secrets it guards nothing
    // there, while it makes every arrival start a fresh renderer process (on Lighthouse's mobile
    // profile about 300 ms more blocking time). Draft previews keep it (sendShell).
  };
  const previewPolicy = contentSecurityPolicy(pages, cmsUrl, framedBy);
  // The /embed/<view> pages are made to be framed by any site; their one script and style are
  // the same on each, so one of them gives the hashes.
  const embedPage = path.join(root, sitePaths.embedView('publications'), 'index.html');
  const embedPolicy = contentSecurityPolicy(existsSync(embedPage) ? [readFileSync(embedPage, 'utf8')] : [], cmsUrl, ['*']);
  return { headers, previewPolicy, embedPolicy, notFoundPage: existsSync(path.join(root, '404.html')) };
}

let site = loadSite();
let lastResult: Partial<PrerenderResult> = {};

const queue = createRebuildQueue<PrerenderResult>(
  (changes) => prerenderSite({ outDir: root, cmsUrl, siteUrl, changes, log }),
  (result) => {
    lastResult = result;
    site = loadSite();
  },
  (error) => log(`prerendering failed, still serving the previous pages: ${(error as Error).message}`),
);

/** Routes that exist only in the browser (a draft preview, from a signed link): never prerendered. */
const BROWSER_ONLY = /^\/preview\//;
/** The 404 page is the answer for what does not exist, never a page of its own with a 200. */
const NOT_FOUND_PAGE = /^(\/[a-z]{2})?\/404(\.html)?$/;

/** The link-preview cards (`sitePaths.publicationCard`, `postCard`, in any language). */
const LINK_PREVIEW_CARD = /^(\/[a-z]{2})?\/og\/[^/]+\/[^/]+\.png$/;

/**
 * Vite names assets by content hash: a changed file is a new URL, so the old one never changes.
 * The embed script's versioned name is kept for a year too; its alias follows the latest for an hour.
 * Link-preview cards are kept for an hour: pages name them with their item's last change
 * (`?v=`), so an edited item's card is a new URL to crawlers at once.
 */
function cacheControlOf(pathname: string): string {
  if (HASHED_ASSET.test(pathname) || pathname === sitePaths.embedScript) return `public, max-age=${YEAR}, immutable`;
  return pathname === sitePaths.embedScriptAlias || LINK_PREVIEW_CARD.test(pathname) ? 'public, max-age=3600' : 'no-cache';
}

async function sendFallback(req: IncomingMessage, res: ServerResponse, { pathname }: RequestTarget): Promise<void> {
  if (BROWSER_ONLY.test(pathname)) return sendShell(req, res);
  // A missing asset is a plain 404; a missing page gets the site's 404 page, or the SPA shell
  // (which renders the route itself) while nothing has been prerendered.
  if (path.extname(pathname) || HASHED_ASSET.test(pathname)) {
    sendText(res, 404, 'Not found', 'no-cache');
    return;
  }
  // Unknown `/zh/…` paths get the not-found page in Chinese, when it has been prerendered.
  const names = site.notFoundPage ? [notFoundFile(localeOfPath(pathname)), '404.html'] : ['.shell.html', 'index.html'];
  const sent = await files.send(req, res, names, {
    status: site.notFoundPage ? 404 : 200,
    headers: { 'Cache-Control': 'no-cache' },
    conditional: false,
  });
  // Only a rebuild that removed every page between two requests gets here.
  if (!sent) sendText(res, 404, 'Not found', 'no-cache');
}

/** The client build's own index.html: the SPA renders the route itself. */
async function sendShell(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const sent = await files.send(req, res, ['.shell.html', 'index.html'], {
    status: 200,
    headers: {
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
      'Content-Security-Policy': site.previewPolicy,
      // A draft's window shares nothing with whatever opened it.
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
    conditional: false,
  });
  if (!sent) sendText(res, 404, 'Not found', 'no-store');
}

/** Short plain-text answers: errors and refusals. */
function sendText(res: ServerResponse, status: number, text: string, cacheControl: string, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': cacheControl, ...headers })
    .end(text);
}

function secretMatches(given: string | string[] | undefined): boolean {
  if (!rebuildSecret || typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(rebuildSecret);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function handleRebuild(req: IncomingMessage, res: ServerResponse, target: RequestTarget): Promise<void> {
  const json = (status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
  };
  if (!rebuildSecret || req.method !== 'POST' || !secretMatches(req.headers['x-site-rebuild-secret'])) {
    req.resume(); // the body is not read for a request refused before it
    if (!rebuildSecret) return json(404, { error: 'Rebuilding is off: start the server with SITE_REBUILD_SECRET set' });
    if (req.method !== 'POST') return json(405, { error: `${req.method} /_rebuild: use POST` });
    return json(401, { error: 'X-Site-Rebuild-Secret is missing or wrong' });
  }
  const body = await readRebuildRequest(req);
  if (!body.ok) return json(body.status, { error: body.error });
  const changes = body.request.changes ?? 'all';
  // ?wait=1 answers once the pages are current (tests, CI scripts); the CMS does not wait.
  if (target.query.get('wait') === '1') {
    await queue.request(changes);
    return json(200, { status: 'done', ...lastResult });
  }
  void queue.request(changes);
  json(202, { status: 'accepted' });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const reading = readRequestTarget(req.url);
  if (!reading.ok) return sendText(res, reading.status, reading.reason, 'no-store');
  const { target } = reading;
  if (target.pathname === '/_rebuild') return handleRebuild(req, res, target);
  for (const [name, value] of Object.entries(site.headers)) res.setHeader(name, value);
  if (isEmbedPage(target.pathname)) res.setHeader('Content-Security-Policy', site.embedPolicy);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', 'no-store', { Allow: 'GET, HEAD' });
    return;
  }
  // Dot files (the kept shell, build manifests) are never among publicFileNames.
  const names = NOT_FOUND_PAGE.test(target.pathname) ? [] : publicFileNames(target.segments);
  const sent = await files.send(req, res, names, { status: 200, headers: { 'Cache-Control': cacheControlOf(target.pathname) }, conditional: true });
  if (!sent) await sendFallback(req, res, target);
}

/**
 * Whatever goes wrong with one request stays with it: a 500 if nothing was sent yet, else the
 * connection is cut (the client sees a failed download, not a complete-looking short file).
 */
function failRequest(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  log(`${req.method} ${req.url?.slice(0, 200)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  sendText(res, 500, 'Internal server error', 'no-store');
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => failRequest(req, res, error));
});

async function waitForCms(): Promise<boolean> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(`${cmsUrl}/_health`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

server.listen(Number(args.port), args.host, () => {
  log(`serving ${root} on http://${args.host === '0.0.0.0' ? 'localhost' : args.host}:${args.port}`);
  if (rebuildSecret) log('POST /_rebuild (X-Site-Rebuild-Secret) prerenders the site again');
  if (args['prerender-on-start']) {
    void waitForCms().then((up) => (up ? queue.request() : log(`the CMS at ${cmsUrl} never answered; pages stay as built`)));
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
