/**
 * The HTTP validation every cached public answer follows, whether the front door (before Koa) or
 * the caching middleware (inside it) sends it: browsers and CDNs may keep a copy but revalidate
 * every time, so the owner's edits show at once.
 * https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

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
