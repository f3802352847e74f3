/**
 * The rules every query string under /api follows, whatever the route (the content lists, feeds,
 * citations, sitemap, OpenAPI): one place, so an empty parameter is answered the same everywhere.
 * - A parameter given without a value (`?locale`, `?locale=`, `?fields=`, `?tag=`) is a 400: it
 *   used to be a 200 on one route, a 400 on another and a 500 on a third.
 * - Parameter names and plain values have a length limit.
 * What a parameter may hold is the route's business (query-guard.ts, query-params.ts); unknown
 * parameters are refused there too (Strapi's strictParams, and rejectUnknown for custom routes).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { QUERY_LIMITS } from '@homepage/shared';

const { maxNameLength: MAX_NAME_LENGTH, maxValueLength: MAX_VALUE_LENGTH } = QUERY_LIMITS;

export function checkQueryRules(query: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(query)) {
    if (name.length > MAX_NAME_LENGTH) throw new errors.ValidationError(`A query parameter name is longer than ${MAX_NAME_LENGTH} characters`);
    if (value === null || value === '') {
      throw new errors.ValidationError(`Query parameter "${name.slice(0, 40)}" is empty: leave it out, or give it a value (e.g. ?locale=zh, ?fields=title,slug)`);
    }
    if (typeof value === 'string' && value.length > MAX_VALUE_LENGTH) {
      throw new errors.ValidationError(`Query parameter "${name.slice(0, 40)}" is longer than ${MAX_VALUE_LENGTH} characters`);
    }
  }
}

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    // Koa's router matches paths case-insensitively: /API/blog-posts is an /api route too.
    if (ctx.path.toLowerCase().startsWith('/api/') && ctx.querystring) checkQueryRules(ctx.query as Record<string, unknown>);
    await next();
  };
};
