/**
 * Route middleware for every public read:
 * - sets the same explicit, shallow `populate`, so clients need none and cannot ask for deep or
 *   wide population (STYLE: never `populate=*` for public traffic);
 * - pins `status` to `published`: Strapi 5 serves drafts to any role with `find` when asked
 *   `?status=draft`, and anonymous visitors must never see a draft.
 * Configured per route in `src/api/<name>/routes/<name>.ts`.
 */
import type { Core } from '@strapi/strapi';

interface PublicReadConfig {
  populate: Record<string, unknown>;
}

export default (config: PublicReadConfig, _context: { strapi: Core.Strapi }) => {
  return async (ctx: { query: Record<string, unknown> }, next: () => Promise<unknown>) => {
    ctx.query.populate = config.populate;
    ctx.query.status = 'published';
    await next();
  };
};
