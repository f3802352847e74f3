/**
 * The baseline: a bare Node HTTP server that answers each benchmarked URL with the bytes the CMS
 * sent for it (the same headers and body, 304 on a matching If-None-Match). It runs as its own
 * process, like the CMS, so it does not share an event loop with the load generator.
 *
 * Usage: static-server <manifest.json>; prints `listening <port>` once ready.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** One recorded response per request URL (path and query exactly as requested). */
export interface StaticManifest {
  [requestUrl: string]: { contentType: string; etag: string | null; headers: Record<string, string>; bodyBase64: string };
}

const manifestFile = process.argv[2];
if (!manifestFile) throw new Error('static-server needs the manifest file, e.g. static-server /tmp/bench/manifest.json');

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as StaticManifest;
const responses = new Map(
  Object.entries(manifest).map(([url, { contentType, etag, headers: recorded, bodyBase64 }]) => {
    const body = Buffer.from(bodyBase64, 'base64');
    const notModified: Record<string, string> = { ...recorded, ...(etag ? { ETag: etag } : {}) };
    const headers: Record<string, string | number> = { ...notModified, 'Content-Type': contentType, 'Content-Length': body.length };
    return [url, { body, headers, notModified, etag }] as const;
  }),
);

const server = createServer((request, response) => {
  const found = responses.get(request.url ?? '');
  if (!found) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`no recorded response for ${request.url}`);
    return;
  }
  if (found.etag && request.headers['if-none-match'] === found.etag) {
    response.writeHead(304, found.notModified).end();
    return;
  }
  response.writeHead(200, found.headers).end(found.body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
