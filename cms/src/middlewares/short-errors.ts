/**
 * `global::short-errors` (config/middlewares.ts, outside `strapi::errors`): every error answer,
 * API or admin, leaves with its message and details cut to size (src/security/short-errors.ts).
 */
import type { Core } from '@strapi/strapi';
import { shortenedErrorBody } from '../security/short-errors';

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    await next();
    if (ctx.status < 400) return;
    const shortened = shortenedErrorBody(ctx.body);
    // Only a changed body is set again: Koa turns a null body into a 204 and a default 404 into a 200.
    if (shortened === ctx.body) return;
    const status = ctx.status;
    ctx.body = shortened;
    ctx.status = status;
  };
};
