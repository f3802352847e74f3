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
import { errors } from '@strapi/utils';
import { createQueryGuard } from '../public-content/query-guard';

// Strapi's documentIds (cuid2) are lowercase letters and digits. Anything else cannot exist, and
// some of it (a NUL byte) makes PostgreSQL fail the query: a 404 before the database.
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

interface PublicReadConfig {
  uid: string;
  populate: Record<string, unknown>;
}

export default (config: PublicReadConfig, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const guardQuery = createQueryGuard(strapi);
  return async (ctx, next) => {
    if (ctx.params?.id !== undefined && !DOCUMENT_ID.test(ctx.params.id)) throw new errors.NotFoundError('Not Found');
    guardQuery(ctx.query, config.uid);
    ctx.query.populate = config.populate;
    ctx.query.status = 'published';
    await next();
  };
};
