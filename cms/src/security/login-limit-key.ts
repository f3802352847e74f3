/**
 * The key Strapi's admin login limiter counts attempts under (`admin.rateLimit.keyGenerator` in
 * config/admin.ts; koa2-ratelimit calls it on the routes that carry `admin::rateLimit`:
 * POST /admin/login and POST /admin/register-admin). 5 attempts per 5 minutes per key.
 *
 * Strapi's own key names the account by `ctx.request.body.email`. The password, though, is checked
 * by passport-local, which takes the email from the body and, when the body has none it can use
 * (absent, empty, null, an array), from the query string:
 * `lookup(req.body, field) || lookup(req.query, field)`
 * (https://github.com/jaredhanson/passport-local/blob/v1.0.0/lib/strategy.js#L71).
 * So `POST /admin/login?email=<owner>` with the password in the body was counted in another
 * bucket (one for no body email, one for an empty one): 15 guesses per 5 minutes instead of 5. This key names the account exactly as passport reads it,
 * so every way of naming one account counts together. Refusing credentials in the query string
 * would need a check in front of the route for every spelling of its path the router accepts;
 * the key runs on the limited routes themselves and follows passport wherever it reads.
 */
import type { HttpContext } from '../utils/http-context';

/**
 * passport-local's `lookup` for a plain field name: the value unless it is missing or an object
 * (https://github.com/jaredhanson/passport-local/blob/v1.0.0/lib/utils.js).
 */
function lookup(source: unknown, field: string): unknown {
  if (typeof source !== 'object' || source === null) return null;
  const value: unknown = (source as Record<string, unknown>)[field];
  return value === undefined || typeof value === 'object' ? null : value;
}

/** The account passport-local checks the password of, lower-cased as the admin's strategy does. */
function loginAccount(ctx: HttpContext): string | undefined {
  // koa-passport's `req.body` is `ctx.state.body` when that exists (koa-passport lib/framework/request.js).
  const state: Record<string, unknown> = ctx.state;
  const body: unknown = 'body' in state ? state.body : ctx.request.body;
  const account = lookup(body, 'email') || lookup(ctx.request.query, 'email');
  return account ? String(account).toLowerCase() : undefined;
}

/**
 * The route the limiter runs on, as declared (`POST /login`), so every spelling of its path the
 * router accepts (`/ADMIN/Login/`, `/admin//login`) is one bucket.
 */
function limitedRoute(ctx: HttpContext): string {
  const route: unknown = ctx.state.route;
  if (typeof route === 'object' && route !== null && 'method' in route && 'path' in route) {
    return `${String(route.method).toUpperCase()} ${String(route.path)}`;
  }
  return ctx.request.path.toLowerCase();
}

export function loginLimitKey(ctx: HttpContext): string {
  return `${loginAccount(ctx) ?? 'unknownEmail'}:${limitedRoute(ctx)}:${ctx.request.ip}`;
}
