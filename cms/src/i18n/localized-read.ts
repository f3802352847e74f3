/**
 * `?locale=` on the public reads of a localised type (blog posts, the profile), with fallback:
 * the query is pointed at the chosen version of each document (published-versions.ts) and the
 * answer tells, per document, which language it is in and which languages it exists in.
 */
import type { Core } from '@strapi/strapi';
import { chosenVersions, requestedLocale, type ChosenVersion } from './published-versions';

type Query = Record<string, unknown>;
type Entry = Record<string, unknown> & { documentId?: string };

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
  return { annotate: (body) => annotate(body, chosen) };
}

function annotate(body: unknown, chosen: Map<string, ChosenVersion>): void {
  const data = (body as { data?: unknown } | undefined)?.data;
  const entries = Array.isArray(data) ? (data as Entry[]) : data && typeof data === 'object' ? [data as Entry] : [];
  for (const entry of entries) {
    const version = entry.documentId === undefined ? undefined : chosen.get(entry.documentId);
    if (version) Object.assign(entry, { locale: version.locale, locales: version.locales });
  }
}
