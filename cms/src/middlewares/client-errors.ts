/**
 * `global::client-errors` (config/middlewares.ts, just inside `strapi::errors`): Koa's own 4xx
 * errors are answered in the API's JSON shape without a stack in the log
 * (src/security/client-errors.ts); everything else goes on to `strapi::errors` as before.
 */
import type { Core } from '@strapi/strapi';
import { foreignClientError } from '../security/client-errors';
import { sendApiError } from '../utils/api-error';

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const clientError = foreignClientError(error);
      if (!clientError) throw error;
      sendApiError(ctx, clientError.status, clientError.name, clientError.message);
    }
  };
};
