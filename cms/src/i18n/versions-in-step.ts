/**
 * Strapi's i18n treats slugs and relations as per-language, but on this site a post's address,
 * tags, series and related papers are the post's, in every language: `/blog/x` and `/zh/blog/x`
 * are one post, and a tag page lists it whichever language it is read in. So:
 * - a new translation (the admin's locale menu, or an API save in a language the post is not in
 *   yet) starts with the other version's slug, series position, tags, series and related papers;
 * - saving any of those in one language copies them onto the other languages' drafts, which
 *   reach the site when those are published.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@homepage/shared';
import { isEmptyValue } from '../bibtex';

const POST = 'api::blog-post.blog-post';
const SHARED_FIELDS = ['slug', 'seriesPosition'] as const;
const SHARED_RELATIONS = ['tags', 'series', 'relatedPublications'] as const;

type Row = { id: number; locale: string };
type Related = { id: number; documentId: string };
type Version = Record<string, unknown> & {
  tags?: Related[];
  series?: Related | null;
  relatedPublications?: Related[];
};

const relationsPopulate = Object.fromEntries(SHARED_RELATIONS.map((name) => [name, { select: ['id', 'documentId'] }]));

function draftOf(strapi: Core.Strapi, documentId: string, locale: string): Promise<Version | null> {
  return strapi.db.query(POST).findOne({ where: { documentId, locale, publishedAt: null }, populate: relationsPopulate }) as Promise<Version | null>;
}

/** True when the relation input leaves the relation empty or unchanged (the admin sends `{ connect: [], disconnect: [] }`). */
function saysNothing(input: unknown): boolean {
  if (input === undefined || input === null) return true;
  if (Array.isArray(input)) return input.length === 0;
  if (typeof input !== 'object') return false;
  return Object.values(input as Record<string, unknown>).every((value) => Array.isArray(value) && value.length === 0);
}

export function keepLanguageVersionsInStep(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== POST || context.action !== 'update') return next();
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const { documentId, data } = params;
    if (!documentId || !data) return next();
    const locale = params.locale ?? DEFAULT_LOCALE;
    const drafts = (await strapi.db.query(POST).findMany({ where: { documentId, publishedAt: null }, select: ['id', 'locale'] })) as Row[];
    const others = drafts.filter((row) => row.locale !== locale);
    if (others.length === 0) return next();

    if (!drafts.some((row) => row.locale === locale)) {
      const source = others.find((row) => row.locale === DEFAULT_LOCALE) ?? others[0];
      const version = await draftOf(strapi, documentId, source.locale);
      if (version) {
        for (const field of SHARED_FIELDS) if (isEmptyValue(data[field])) data[field] = version[field];
        for (const name of SHARED_RELATIONS) {
          if (!saysNothing(data[name])) continue;
          const value = version[name];
          data[name] = Array.isArray(value) ? value.map((item) => item.documentId) : (value?.documentId ?? null);
        }
      }
      return next();
    }

    const result = await next();
    if ([...SHARED_FIELDS, ...SHARED_RELATIONS].some((name) => name in data)) {
      const saved = await draftOf(strapi, documentId, locale);
      if (saved) {
        // Straight to the other drafts' rows: through the Document Service this save would come back here.
        const shared = {
          slug: saved.slug,
          seriesPosition: saved.seriesPosition,
          tags: (saved.tags ?? []).map((tag) => tag.id),
          series: saved.series?.id ?? null,
          relatedPublications: (saved.relatedPublications ?? []).map((publication) => publication.id),
        };
        for (const row of others) await strapi.db.query(POST).update({ where: { id: row.id }, data: shared });
      }
    }
    return result;
  });
}
