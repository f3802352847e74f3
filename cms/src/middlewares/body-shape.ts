/**
 * `global::body-shape` (config/middlewares.ts, right after `strapi::body`): a JSON body nested
 * deeper than MAX_BODY_DEPTH is a 400 before any route or validator walks it
 * (src/security/body-shape.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MAX_BODY_DEPTH, nestsDeeperThan } from '../security/body-shape';

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    if (nestsDeeperThan(ctx.request.body, MAX_BODY_DEPTH)) {
      throw new errors.ValidationError(`The request body nests objects or arrays deeper than ${MAX_BODY_DEPTH} levels`);
    }
    await next();
  };
};
