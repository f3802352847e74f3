/**
 * `?locale=` on the public reads of a localised type (blog posts, the profile), with fallback:
 * the query is pointed at the chosen version of each document (published-versions.ts) and the
 * answer tells, per document, which language it is in and which languages it exists in.
 */
import type { Core } from '@strapi/strapi';
import { chosenVersions, requestedLocale, withLocales } from '../i18n/published-versions';

type Query = Record<string, unknown>;

export interface LocalizedRead {
  /** Sets `locale` and `locales` on each entry of the answer (call after the controller ran). */
  annotate(body: unknown): void;
}

/**
 * Rewrites `query` in place for the version(s) to serve. A list gets every document once (`locale=*`
 * limited to the chosen rows), one document or a single type its chosen version's locale.
 */
export async function localizeRead(strapi: Core.Strapi, uid: string, query: Query, documentId?: string, single = false): Promise<LocalizedRead> {
  const requested = requestedLocale(query.locale);
  const chosen = await chosenVersions(strapi, uid, requested, documentId);
  if (documentId !== undefined || single) {
    const [version] = chosen.values();
    // Nothing published: the controller's own 404 answers, in the language asked for.
    query.locale = version?.locale ?? requested;
  } else {
    const ids = [...chosen.values()].map((version) => version.id);
    const onlyChosen = { id: { $in: ids } };
    query.filters = query.filters === undefined ? onlyChosen : { $and: [query.filters, onlyChosen] };
    query.locale = '*';
  }
  return {
    annotate: (body) => {
      withLocales(entriesOf(body), chosen);
    },
  };
}

/** The entries of a Strapi answer, `{ data: [...] }` or `{ data: {...} }`. */
function entriesOf(body: unknown): { documentId?: string }[] {
  const data = (body as { data?: unknown } | undefined)?.data;
  return Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : [];
}
