/**
 * Applies read-routes.ts: on the public read routes, OPTIONS answers what is true
 * (`Allow: GET, HEAD, OPTIONS`; a CORS preflight has already been answered by `strapi::cors`,
 * which runs first), and every other method (POST, PUT, PATCH, DELETE, TRACE, WebDAV and the
 * like) is a 405 in the API's JSON error shape, before any body is read or any route runs.
 * Koa's router used to advertise the core routes' write methods (refused later with 403) and
 * answer methods it does not know with 501.
 */
import type { Core } from '@strapi/strapi';
import { methodRule, READ_METHODS_ALLOW } from './read-routes';
import { sendApiError } from '../utils/api-error';

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    const rule = methodRule(ctx.method, ctx.path);
    if (rule === 'route') return next();
    ctx.set('Allow', READ_METHODS_ALLOW);
    if (rule === 'options') {
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 204;
      return;
    }
    const message = `${ctx.method.slice(0, 20)} is not allowed on ${ctx.path.slice(0, 200)}: the public API is read-only (${READ_METHODS_ALLOW})`;
    sendApiError(ctx, 405, 'MethodNotAllowedError', message);
  };
};
