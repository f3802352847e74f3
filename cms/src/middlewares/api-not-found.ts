/**
 * Unknown paths under /api answer like every other API error: JSON with a status and a message,
 * not Koa's plain-text "Not Found".
 */
import type { Core } from '@strapi/strapi';

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/api') && ctx.status === 404 && ctx.body == null) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: `No API route ${ctx.method} ${ctx.path.slice(0, 200)}`, details: {} } };
    }
  };
};
