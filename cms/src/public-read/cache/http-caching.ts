/**
 * Caching for anonymous public reads under /api:
 * - a response cache in front of Strapi's routing, query and sanitising work, keyed by the full
 *   request (path + normalised query) and the shared content version, so any write anywhere
 *   invalidates it (response-cache.ts; front-door.ts answers hits before Koa);
 * - a strong ETag over the exact bytes, `Cache-Control` that lets browsers and CDNs keep a copy
 *   but revalidate every time (the owner's edits show at once), and `304 Not Modified`.
 * https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { headersToReplay, originHeaders } from './replayed-headers';
import { isAnonymousPublicRead, responseCacheOf } from './response-cache';
import { requestKey } from '../query/query-string';
import { cacheControlFor, matchesIfNoneMatch } from './conditional-get';

type Context = Parameters<Core.MiddlewareHandler>[0];

function respond(ctx: Context, type: string, etag: string, body: Buffer | string): void {
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', cacheControlFor(ctx.path));
  ctx.status = 200;
  ctx.type = type;
  ctx.body = body;
  if (matchesIfNoneMatch(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    ctx.body = null;
  }
}

/**
 * Error answers are never stored by browsers, CDNs or proxies: a 400 for a bad query or a 404 for
 * a slug that is about to be published must not outlive the request. Thrown errors become answers
 * in `strapi::errors`, further out, which keeps the headers set here.
 */
async function uncacheableErrors(ctx: Context, next: () => Promise<unknown>): Promise<void> {
  try {
    await next();
  } catch (error) {
    ctx.set('Cache-Control', 'no-store');
    throw error;
  }
  if (ctx.status >= 400) ctx.set('Cache-Control', 'no-store');
}

interface HttpCachingConfig {
  enabled?: boolean;
  /**
   * `X-Cache: HIT|MISS` on public answers, for tests and benchmarks. Off by default: it tells
   * anyone whether somebody else asked for a URL lately.
   */
  statusHeader?: boolean;
}

export default (config: HttpCachingConfig, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const cache = responseCacheOf(strapi);
  const { store } = cache;
  const cacheEnabled = config.enabled !== false;
  cache.enabled = cacheEnabled;
  cache.statusHeader = config.statusHeader === true;
  const markCache = (ctx: Context, status: 'HIT' | 'MISS') => {
    if (cache.statusHeader) ctx.set('X-Cache', status);
  };
  // Misses being computed, by key+version: identical requests arriving meanwhile wait for the
  // first one instead of redoing the work (a popular feed must not be rendered 50 times at once).
  const inflight = new Map<string, Promise<void>>();

  return async (ctx, next) => {
    if (!isAnonymousPublicRead(ctx.method, ctx.path, ctx.get('Authorization'))) return uncacheableErrors(ctx, next);

    const key = requestKey(ctx.path, ctx.querystring);
    const version = cacheEnabled ? await cache.version.current() : '';
    const pending = inflight.get(`${version} ${key}`);
    if (pending) await pending;
    const hit = cacheEnabled ? store.get(key, version) : undefined;
    if (hit) {
      ctx.set(hit.headers);
      markCache(ctx, 'HIT');
      respond(ctx, hit.type, hit.etag, hit.body);
      cache.corsByOrigin.record(ctx.get('Origin'), originHeaders(ctx.response.headers));
      return;
    }

    let settle: (() => void) | undefined;
    if (cacheEnabled && !pending) {
      inflight.set(`${version} ${key}`, new Promise<void>((resolve) => (settle = resolve)));
    }
    try {
      await uncacheableErrors(ctx, next);
    } finally {
      const release = settle;
      if (release) {
        // Stored (below) before the waiters resume: they run after this turn of the event loop.
        setImmediate(() => {
          inflight.delete(`${version} ${key}`);
          release();
        });
      }
    }
    if (ctx.status !== 200 || ctx.body == null) {
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    let body: Buffer;
    if (Buffer.isBuffer(ctx.body)) body = ctx.body;
    else if (typeof ctx.body === 'string') body = Buffer.from(ctx.body);
    else if (typeof ctx.body === 'object' && typeof (ctx.body as { pipe?: unknown }).pipe !== 'function') {
      body = Buffer.from(JSON.stringify(ctx.body)); // Koa would serialise it anyway; the ETag needs the bytes
      ctx.type = 'application/json; charset=utf-8';
    } else return; // streams keep their own headers

    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const type = ctx.response.get('Content-Type') || 'application/json; charset=utf-8';
    const headers = headersToReplay(ctx.response.headers);
    if (cacheEnabled && headers) {
      store.set(key, { version, type, etag, body, headers });
      // What Strapi's CORS middleware answered this Origin: the front door replays it.
      cache.corsByOrigin.record(ctx.get('Origin'), originHeaders(ctx.response.headers));
    }
    markCache(ctx, 'MISS');
    respond(ctx, type, etag, body);
  };
};
