/**
 * Unknown paths and methods under /api answer like every other API error: JSON with a status and
 * a message, not Koa's plain-text "Not Found" / "Method Not Allowed" (the router's `Allow` header
 * is kept).
 */
import type { Core } from '@strapi/strapi';
import { sendApiError } from '../utils/api-error';

const ERROR_NAMES: Record<number, string> = {
  404: 'NotFoundError',
  405: 'MethodNotAllowedError',
  501: 'NotImplementedError',
};

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    await next();
    const name = ERROR_NAMES[ctx.status];
    if (ctx.path.startsWith('/api') && name && ctx.body == null) {
      const status = ctx.status;
      const message = status === 404 ? `Nothing found at ${ctx.method} ${ctx.path.slice(0, 200)}` : `${ctx.method.slice(0, 20)} is not allowed on ${ctx.path.slice(0, 200)}`;
      sendApiError(ctx, status, name, message);
    }
  };
};
