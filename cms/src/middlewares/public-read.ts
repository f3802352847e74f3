/**
 * Route middleware for every public read:
 * - refuses malformed queries with a 400 before they reach the database (query-guard);
 * - sets the same explicit, shallow `populate`, so clients need none and cannot ask for deep or
 *   wide population (STYLE: never `populate=*` for public traffic);
 * - pins `status` to `published`: Strapi 5 serves drafts to any role with `find` when asked
 *   `?status=draft`, and anonymous visitors must never see a draft.
 * Configured per route in `src/api/<name>/routes/<name>.ts`.
 */
import type { Core } from '@strapi/strapi';
import { createQueryGuard } from '../public-content/query-guard';

interface PublicReadConfig {
  uid: string;
  populate: Record<string, unknown>;
}

export default (config: PublicReadConfig, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const guardQuery = createQueryGuard(strapi);
  return async (ctx, next) => {
    guardQuery(ctx.query, config.uid);
    ctx.query.populate = config.populate;
    ctx.query.status = 'published';
    await next();
  };
};
