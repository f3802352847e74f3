/**
 * Citation counts are the job's to write: a save from the admin UI (whose form still holds the
 * count it loaded), the API or an import never changes them.
 */
import type { Core } from '@strapi/strapi';

export const CITATION_COUNT_FIELDS = ['citationCount', 'citationCountUpdatedAt'] as const;

export function keepCitationCountsComputed(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== 'api::publication.publication' || (context.action !== 'create' && context.action !== 'update')) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data) for (const field of CITATION_COUNT_FIELDS) delete data[field];
    return next();
  });
}
