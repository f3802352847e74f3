/**
 * The response cache of one Strapi instance: what the caching middleware fills (inside Koa) and
 * the front door serves (before Koa). See http-caching.ts and front-door.ts.
 */
import type { Core } from '@strapi/strapi';
import { contentVersionOf, type ContentVersion } from './content-version';
import { HeadersByOrigin } from './replayed-headers';
import { ResponseStore } from './response-store';

export interface ResponseCache {
  /** Off until the caching middleware is configured on (RESPONSE_CACHE, config/middlewares.ts). */
  enabled: boolean;
  /** Whether answers say `X-Cache: HIT|MISS` (RESPONSE_CACHE_STATUS_HEADER, off by default). */
  statusHeader: boolean;
  store: ResponseStore;
  corsByOrigin: HeadersByOrigin;
  version: ContentVersion;
}

const caches = new WeakMap<Core.Strapi, ResponseCache>();

export function responseCacheOf(strapi: Core.Strapi): ResponseCache {
  let cache = caches.get(strapi);
  if (!cache) {
    cache = { enabled: false, statusHeader: false, store: new ResponseStore(), corsByOrigin: new HeadersByOrigin(), version: contentVersionOf(strapi) };
    caches.set(strapi, cache);
  }
  return cache;
}

/**
 * GET or HEAD under /api (and the oEmbed endpoint) without credentials: the only requests whose
 * answers are shared. Drafts shown through signed preview links are not (the router matches paths
 * case-insensitively).
 */
export function isAnonymousPublicRead(method: string | undefined, path: string, authorization: string | undefined): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    (path.startsWith('/api/') || path.toLowerCase() === '/oembed') &&
    !authorization &&
    !path.startsWith('/api/upload') &&
    !path.toLowerCase().startsWith('/api/preview')
  );
}
