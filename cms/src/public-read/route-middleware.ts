/**
 * Route middleware for every public read:
 * - refuses malformed queries with a 400 before they reach the database (query-guard);
 * - sets the same explicit, shallow `populate`, so clients need none and cannot ask for deep or
 *   wide population (STYLE: never `populate=*` for public traffic);
 * - pins `status` to `published`: Strapi 5 serves drafts to any role with `find` when asked
 *   `?status=draft`, and anonymous visitors must never see a draft;
 * - on localised types, serves `?locale=` with fallback to the default language (i18n/).
 * Configured per route in `src/api/<name>/routes/<name>.ts` as `global::public-read`
 * (src/middlewares/public-read.ts loads this file).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DOCUMENT_ID } from './document-id';
import { createQueryGuard, publicScalarFields } from './query/query-guard';
import { isLocalizedType, requestedLocale } from '../i18n/published-versions';
import { localizeRead } from './localized-read';

interface PublicReadConfig {
  uid: string;
  populate: Record<string, unknown>;
  /**
   * Fields a list leaves out unless the client asks for them with `fields` (`fields=*` for all):
   * 25 long posts with their Markdown and HTML bodies weigh megabytes, and a list shows titles.
   */
  listOmits?: string[];
}

export default (config: PublicReadConfig, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const guardQuery = createQueryGuard(strapi);
  const defaultListFields = config.listOmits ? publicScalarFields(strapi, config.uid).filter((name) => !config.listOmits?.includes(name)) : undefined;
  const localized = isLocalizedType(strapi, config.uid);
  const single = strapi.contentType(config.uid as Parameters<Core.Strapi['contentType']>[0])?.kind === 'singleType';
  return async (ctx, next) => {
    const documentId: string | undefined = ctx.params?.id;
    const isList = documentId === undefined && !single;
    if (documentId !== undefined && !DOCUMENT_ID.test(documentId)) throw new errors.NotFoundError('Not Found');
    guardQuery(ctx.query, config.uid);
    // Publications, tags and series read the same in every language: a valid locale is accepted
    // (a site may send it with every request) and changes nothing; an invalid one is still a 400.
    if (!localized && ctx.query.locale !== undefined) {
      requestedLocale(ctx.query.locale);
      delete ctx.query.locale;
    }
    if (isList && defaultListFields && ctx.query.fields === undefined) ctx.query.fields = defaultListFields;
    ctx.query.populate = config.populate;
    ctx.query.status = 'published';
    const read = localized ? await localizeRead(strapi, config.uid, ctx.query, documentId, single) : undefined;
    await next();
    read?.annotate(ctx.body);
  };
};
