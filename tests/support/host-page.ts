/**
 * Another site's page, for the embed tests: a tiny HTTP server on an origin of its own that serves
 * a lab page with a strict Content-Security-Policy allowing only the embed's script (the site) and
 * its API (the CMS), its own stylesheet (styles that must not reach into the embed) and the resize
 * listener the README documents for the iframe path.
 */
import { createServer, type Server } from 'node:http';
import { EMBED_RESIZE_MESSAGE } from '@homepage/shared';
import { freePort } from './cms-process';

export interface HostSite {
  /** e.g. "http://localhost:40123": another host and port than the site and the CMS. */
  origin: string;
  /** Serves `body` inside the lab page at `path`. */
  page(path: string, body: string): string;
  stop(): Promise<void>;
}

/** Rules a careless lab stylesheet might have: none may change the embed, which must not change these. */
export const HOST_CSS = 'body{font-family:Georgia,serif}a{color:rgb(255,0,0)}ul{list-style:square;padding-left:3em}li{margin:2em 0}';

export async function startHostSite({ siteUrl, cmsUrl }: { siteUrl: string; cmsUrl: string }): Promise<HostSite> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const pages = new Map<string, string>();
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${siteUrl}`,
    "style-src 'self'",
    `connect-src ${cmsUrl}`,
    `frame-src ${siteUrl}`,
    'img-src data:',
  ].join('; ');
  // What the README tells a host page to add for the iframe path.
  const resizeListener = `addEventListener('message', (event) => {
  if (event.origin !== ${JSON.stringify(siteUrl)} || event.data?.type !== ${JSON.stringify(EMBED_RESIZE_MESSAGE)}) return;
  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
});`;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/host.css') return void res.writeHead(200, { 'Content-Type': 'text/css' }).end(HOST_CSS);
    if (path === '/host.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(resizeListener);
    const body = pages.get(path);
    if (body === undefined) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy }).end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The lab</title><link rel="icon" href="data:,">' +
        `<link rel="stylesheet" href="/host.css"></head><body><main><h1>The lab</h1><ul class="host-list"><li><a href="/people">People</a></li></ul>${body}</main>` +
        '<script src="/host.js"></script></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin,
    page(path, body) {
      pages.set(path, body);
      return `${origin}${path}`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
