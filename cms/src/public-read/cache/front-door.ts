/**
 * The front door: answers a request whose response is already cached straight from Node's
 * `request` event, before Koa and Strapi's middleware stack (request context, session, logger,
 * helmet, CORS, routing) run. On a cache hit those only ever reproduce the same headers, which the
 * cache stored with the entry (security headers) or per Origin (CORS), so the answer is the one
 * Strapi would give, byte for byte, at a fraction of the CPU. Everything else, including a hit
 * the front door cannot vouch for (content version not read lately, an Origin not seen yet),
 * goes to Strapi as before, and the caching middleware (http-caching.ts) answers or fills it.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { cacheControlFor, matchesIfNoneMatch } from './conditional-get';
import { isAnonymousPublicRead, responseCacheOf, type ResponseCache } from './response-cache';
import type { StoredResponse } from './response-store';
import { requestKey } from '../query/query-string';

/**
 * Cache keys by raw request URL: parsing the query string (qs) costs more than the rest of a hit.
 * Bounded; a flood of made-up URLs only empties it.
 */
class RecentKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly maxUrls = 1000) {}

  keyOf(url: string, path: string, queryStart: number): string {
    let key = this.keys.get(url);
    if (key === undefined) {
      key = requestKey(path, queryStart === -1 ? '' : url.slice(queryStart + 1));
      if (this.keys.size >= this.maxUrls) this.keys.clear();
      this.keys.set(url, key);
    }
    return key;
  }
}

/** The headers of a 200 and of a 304 for one entry and one Origin's CORS headers, built once. */
interface PreparedHeaders {
  ok: Record<string, string>;
  notModified: Record<string, string>;
}

const preparedByEntry = new WeakMap<StoredResponse, WeakMap<Record<string, string>, PreparedHeaders>>();

function prepareHeaders(cache: ResponseCache, entry: StoredResponse, cors: Record<string, string>, path: string): PreparedHeaders {
  let byCors = preparedByEntry.get(entry);
  if (!byCors) {
    byCors = new WeakMap();
    preparedByEntry.set(entry, byCors);
  }
  let prepared = byCors.get(cors);
  if (!prepared) {
    const notModified: Record<string, string> = {
      ...entry.headers,
      ...cors,
      ETag: entry.etag,
      'Cache-Control': cacheControlFor(path),
      ...(cache.statusHeader ? { 'X-Cache': 'HIT' } : {}),
    };
    prepared = { notModified, ok: { ...notModified, 'Content-Type': entry.type, 'Content-Length': String(entry.body.length) } };
    byCors.set(cors, prepared);
  }
  return prepared;
}

const recentKeys = new RecentKeys();

/** Answers from the cache and returns true, or returns false and leaves the request untouched. */
export function serveFromCache(cache: ResponseCache, req: IncomingMessage, res: ServerResponse): boolean {
  if (!cache.enabled) return false;
  const url = req.url ?? '';
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!isAnonymousPublicRead(req.method, path, req.headers.authorization) || path.includes('#')) return false;
  const version = cache.version.peek();
  if (version === undefined) return false;
  const cors = cache.corsByOrigin.get(req.headers.origin ?? '');
  if (cors === undefined) return false;
  const entry = cache.store.get(recentKeys.keyOf(url, path, queryStart), version);
  if (entry === undefined) return false;

  // Built once per entry and Origin: a hit then costs Node's own header writing and little more.
  const headers = prepareHeaders(cache, entry, cors, path);
  if (matchesIfNoneMatch(req.headers['if-none-match'] ?? '', entry.etag)) {
    res.writeHead(304, headers.notModified).end();
    return true;
  }
  res.writeHead(200, headers.ok);
  res.end(req.method === 'HEAD' ? undefined : entry.body);
  return true;
}

/** Puts the front door before Strapi's request listener on its HTTP server (call in bootstrap). */
export function installFrontDoor(strapi: Core.Strapi): void {
  const server = strapi.server.httpServer;
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) {
    strapi.log.warn(`response cache: the HTTP server has ${listeners.length} request listeners, expected 1; cached answers go through Koa`);
    return;
  }
  const [strapiListener] = listeners;
  const cache = responseCacheOf(strapi);
  server.removeListener('request', strapiListener);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    let served = false;
    try {
      served = serveFromCache(cache, req, res);
    } catch (error) {
      strapi.log.error(`response cache: the front door failed on ${req.url}: ${(error as Error).message}`);
    }
    if (!served && !res.headersSent) strapiListener.call(server, req, res);
  });
}
