/**
 * The production server of the built site (`pnpm start`, port 4173):
 * - static files with their brotli/gzip copies (sirv, https://github.com/lukeed/sirv); hashed
 *   assets cached for a year as immutable, pages revalidated on every visit (ETag);
 * - prerendered pages at their paths, 404.html with status 404 for everything else (the bare
 *   SPA shell with 200 while nothing is prerendered yet);
 * - the Content-Security-Policy and other security headers on every response;
 * - POST /_rebuild with the X-Site-Rebuild-Secret header (SITE_REBUILD_SECRET): prerenders the
 *   site again from the CMS, which calls it after each content write (cms/src/site-rebuild);
 *   202 at once, or 200 when done with `?wait=1`.
 * Flags: --port N (SITE_PORT, 4173), --host H (SITE_HOST, 0.0.0.0), --prerender-on-start.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { timingSafeEqual } from 'node:crypto';
import sirv from 'sirv';
import { siteConfig } from '../src/site-config';
import { contentSecurityPolicy } from './csp';
import { localeOfPath } from '../src/i18n/paths';
import { notFoundFile, prerenderSite, type PrerenderResult } from './prerender';
import { createRebuildQueue } from './rebuild-queue';
import { siteDir } from './site-dir';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SITE_PORT ?? '4173' },
    host: { type: 'string', default: process.env.SITE_HOST ?? '0.0.0.0' },
    'prerender-on-start': { type: 'boolean', default: false },
  },
});
const root = siteDir();
const { cmsUrl, siteUrl } = siteConfig();
const rebuildSecret = process.env.SITE_REBUILD_SECRET ?? '';
const log = (line: string) => console.log(`site: ${line}`);

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`site: ${root} has no index.html; build the site first ("pnpm build")`);
  process.exit(1);
}

const YEAR = 31_536_000;
const HASHED_ASSET = /^\/assets\//;

/** What changes when the site is prerendered again: the file index and the inline-hash CSP. */
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
  const files = sirv(root, {
    // Looks files up on each request instead of indexing them once: prerendering replaces pages
    // while they are served, and an index would pair a new file with the old one's length.
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    // Vite names assets by content hash: a changed file is a new URL, so the old one never changes.
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', HASHED_ASSET.test(pathname) ? `public, max-age=${YEAR}, immutable` : 'no-cache');
    },
  });
  const previewPolicy = contentSecurityPolicy(pages, cmsUrl, 'cms');
  return { headers, previewPolicy, files, notFoundPage: existsSync(path.join(root, '404.html')) };
}

let site = loadSite();
let lastResult: Partial<PrerenderResult> = {};

const queue = createRebuildQueue<PrerenderResult>(
  () => prerenderSite({ outDir: root, cmsUrl, siteUrl, log }),
  (result) => {
    lastResult = result;
    site = loadSite();
  },
  (error) => log(`prerendering failed, still serving the previous pages: ${(error as Error).message}`),
);

/** Routes that exist only in the browser (a draft preview, from a signed link): never prerendered. */
const BROWSER_ONLY = /^\/preview\//;

function sendFallback(req: IncomingMessage, res: ServerResponse): void {
  const pathname = new URL(req.url ?? '/', 'http://site').pathname;
  if (BROWSER_ONLY.test(pathname)) return sendShell(req, res);
  // A missing asset is a plain 404; a missing page gets the site's 404 page, or the SPA shell
  // (which renders the route itself) while nothing has been prerendered.
  if (path.extname(pathname) || HASHED_ASSET.test(pathname)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found');
    return;
  }
  // Unknown `/zh/…` paths get the not-found page in Chinese, when it has been prerendered.
  const localised = notFoundFile(localeOfPath(pathname));
  const notFound = existsSync(path.join(root, localised)) ? localised : '404.html';
  const name = site.notFoundPage ? notFound : existsSync(path.join(root, '.shell.html')) ? '.shell.html' : 'index.html';
  const accepts = req.headers['accept-encoding'] ?? '';
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gz' : null;
  const plain = path.join(root, name);
  const file = encoding && existsSync(`${plain}.${encoding}`) ? `${plain}.${encoding}` : plain;
  res.writeHead(site.notFoundPage ? 404 : 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': statSync(file).size,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(file !== plain ? { 'Content-Encoding': encoding === 'br' ? 'br' : 'gzip' } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** The client build's own index.html: the SPA renders the route itself. */
function sendShell(req: IncomingMessage, res: ServerResponse): void {
  const kept = path.join(root, '.shell.html');
  const file = existsSync(kept) ? kept : path.join(root, 'index.html');
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': statSync(file).size,
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex',
    'Content-Security-Policy': site.previewPolicy,
    // A draft's window shares nothing with whatever opened it.
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

function secretMatches(given: string | string[] | undefined): boolean {
  if (!rebuildSecret || typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(rebuildSecret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function handleRebuild(req: IncomingMessage, res: ServerResponse): void {
  const json = (status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
  };
  req.resume(); // the body carries nothing we need
  if (!rebuildSecret) return json(404, { error: 'Rebuilding is off: start the server with SITE_REBUILD_SECRET set' });
  if (req.method !== 'POST') return json(405, { error: `${req.method} /_rebuild: use POST` });
  if (!secretMatches(req.headers['x-site-rebuild-secret'])) return json(401, { error: 'X-Site-Rebuild-Secret is missing or wrong' });
  // ?wait=1 answers once the pages are current (tests, CI scripts); the CMS does not wait.
  if (new URL(req.url ?? '/', 'http://site').searchParams.get('wait') === '1') {
    void queue.request().then(() => json(200, { status: 'done', ...lastResult }));
    return;
  }
  void queue.request();
  json(202, { status: 'accepted' });
}

const server = createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://site').pathname;
  if (pathname === '/_rebuild') return handleRebuild(req, res);
  for (const [name, value] of Object.entries(site.headers)) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  // The 404 page is the answer for what does not exist, never a page of its own with a 200; dot
  // files (the kept shell, build manifests) are the build's own.
  if (/^(\/[a-z]{2})?\/404(\.html)?$/.test(pathname) || /\/\./.test(pathname)) return sendFallback(req, res);
  site.files(req, res, () => sendFallback(req, res));
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
