/**
 * The one list of the public read routes and the methods they take. Everything here is read-only
 * for everyone, API tokens included: the owner writes through the admin (/content-manager,
 * /upload), never through these paths. Not listed, so left to their plugins' own methods and
 * permission checks: /api/upload (authenticated uploads, refused to the public role) and
 * /api/auth/*, /api/users* (users-permissions; registration is off).
 */

/** What every public read route takes, in the order `Allow` lists them. */
export const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
export const READ_METHODS_ALLOW = READ_METHODS.join(', ');

const COLLECTIONS = ['publications', 'blog-posts', 'tags', 'series-list', 'news-items', 'talks', 'people'];

const READ_ROUTES: readonly RegExp[] = [
  new RegExp(`^/api/(?:${COLLECTIONS.join('|')})(?:/[^/]+)?/?$`),
  /^\/api\/profile\/?$/,
  /^\/api\/feeds\/[^/]+$/,
  /^\/api\/citations\/.+$/,
  /^\/api\/sitemap\.xml$/,
  /^\/api\/site-pages$/,
  /^\/api\/cv\.json$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/preview\/.+$/,
  /^\/api\/embed\/[^/]+$/,
  /^\/oembed$/,
];

/** True for a path the public reads (whether or not anything is found there). */
export function isReadRoute(path: string): boolean {
  // Koa's router matches paths case-insensitively and ignores a trailing slash: so must this, or
  // /API/tags and /api/sitemap.xml/ would slip past.
  const lower = path.toLowerCase().replace(/\/+$/, '');
  return READ_ROUTES.some((route) => route.test(lower));
}

/** How a request to `path` with `method` is answered before routing: passed on, or refused. */
export function methodRule(method: string, path: string): 'route' | 'options' | 'refuse' {
  if (!isReadRoute(path)) return 'route';
  if (method === 'GET' || method === 'HEAD') return 'route';
  return method === 'OPTIONS' ? 'options' : 'refuse';
}
