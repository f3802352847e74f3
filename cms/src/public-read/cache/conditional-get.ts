/**
 * The HTTP validation every cached public answer follows, whether the front door (before Koa) or
 * the caching middleware (inside it) sends it: browsers and CDNs may keep a copy but revalidate
 * every time, so the owner's edits show at once.
 * https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
/**
 * Embeds sit on other sites' pages, where a slow CMS must not hold the page up: browsers and CDNs
 * reuse a copy for a minute and then show it while they revalidate in the background (RFC 5861),
 * so an edit shows within a minute plus one view.
 */
export const EMBED_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=86400';

/** The Cache-Control of a public answer at `path`. */
export function cacheControlFor(path: string): string {
  return /^\/(api\/embed\/|oembed$)/i.test(path) ? EMBED_CACHE_CONTROL : PUBLIC_CACHE_CONTROL;
}

/**
 * RFC 9110 §13.1.2 weak comparison. Unlike Koa's `ctx.fresh`, a request's `Cache-Control:
 * no-cache` does not skip the check: it asks for validation at the origin, which is this, and
 * `fetch()` adds it to every request that carries its own If-None-Match.
 */
export function matchesIfNoneMatch(header: string, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
