/**
 * Strapi's i18n treats slugs and relations as per-language, but on this site a post's address,
 * tags, series and related papers are the post's, in every language: `/blog/x` and `/zh/blog/x`
 * are one post, and a tag page lists it whichever language it is read in. So:
 * - a new translation (the admin's locale menu, or an API save in a language the post is not in
 *   yet) starts with the other version's slug, series position, tags, series and related papers;
 *   the admin's placeholder slug (`blog-post`, made from an empty or Chinese title) counts as none;
 * - saving any of those in one language copies them onto the other languages' drafts, and
 *   publishing one language copies them onto the other languages' published versions, as Strapi
 *   does itself for the fields it knows are shared. Only values that differ are written, and
 *   those copies do not change the other languages' status (other-versions-status.ts).
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@homepage/shared';
import { isEmptyValue } from '../bibtex';
import { isPlaceholderUid } from '../content-rules/unique-slugs';
import { defineWriteHook } from '../write-pipeline/hook';

const POST = 'api::blog-post.blog-post';
const SHARED_FIELDS = ['slug', 'seriesPosition'] as const;
const SHARED_RELATIONS = ['tags', 'series', 'relatedPublications'] as const;

type Related = { id: number; documentId: string };
type Version = Record<string, unknown> & {
  id: number;
  locale: string;
  tags?: Related[];
  series?: Related | null;
  relatedPublications?: Related[];
};
type Status = 'draft' | 'published';

const relationsPopulate = Object.fromEntries(SHARED_RELATIONS.map((name) => [name, { select: ['id', 'documentId'] }]));
const publishedAt = (status: Status) => (status === 'published' ? { $notNull: true } : null);

function versionsOf(strapi: Core.Strapi, documentId: string, status: Status): Promise<Version[]> {
  return strapi.db.query(POST).findMany({ where: { documentId, publishedAt: publishedAt(status) }, populate: relationsPopulate }) as Promise<Version[]>;
}

/** The shared values of a version as row data: relations by row id, so drafts link drafts and published versions published ones. */
function sharedRow(version: Version) {
  return {
    slug: version.slug,
    seriesPosition: version.seriesPosition,
    tags: (version.tags ?? []).map((tag) => tag.id),
    series: version.series?.id ?? null,
    relatedPublications: (version.relatedPublications ?? []).map((publication) => publication.id),
  };
}

/** Writes `locale`'s shared values onto every other language's version of the same status that differs. */
async function copySharedFrom(strapi: Core.Strapi, documentId: string, locale: string, status: Status): Promise<void> {
  const versions = await versionsOf(strapi, documentId, status);
  const source = versions.find((version) => version.locale === locale);
  if (!source) return;
  const shared = sharedRow(source);
  for (const version of versions) {
    if (version.locale === locale || JSON.stringify(sharedRow(version)) === JSON.stringify(shared)) continue;
    // Straight to the row: through the Document Service this write would come back here.
    await strapi.db.query(POST).update({ where: { id: version.id }, data: shared });
  }
}

/** True when the relation input leaves the relation empty or unchanged (the admin sends `{ connect: [], disconnect: [] }`). */
function saysNothing(input: unknown): boolean {
  if (input === undefined || input === null) return true;
  if (Array.isArray(input)) return input.length === 0;
  if (typeof input !== 'object') return false;
  return Object.values(input as Record<string, unknown>).every((value) => Array.isArray(value) && value.length === 0);
}

/** Fills what a new translation's input leaves out from the version it translates (the default language's first). */
function startFrom(strapi: Core.Strapi, source: Version, data: Record<string, unknown>): void {
  const slug = data.slug;
  if (isEmptyValue(slug) || (typeof slug === 'string' && slug !== source.slug && isPlaceholderUid(strapi, POST, slug))) data.slug = source.slug;
  if (isEmptyValue(data.seriesPosition)) data.seriesPosition = source.seriesPosition;
  for (const name of SHARED_RELATIONS) {
    if (!saysNothing(data[name])) continue;
    const value = source[name];
    data[name] = Array.isArray(value) ? value.map((item) => item.documentId) : (value?.documentId ?? null);
  }
}

export const keepLanguageVersionsInStep = defineWriteHook({
  name: 'translations in step',
  types: [POST],
  actions: ['update', 'publish'],
  run: async (strapi, context, next) => {
    const params = context.params as { documentId?: string; locale?: unknown; data?: Record<string, unknown> };
    const { documentId, data } = params;
    const locale = params.locale ?? DEFAULT_LOCALE;
    // `locale: '*'` or a list acts on every language at once: nothing to copy between them.
    if (!documentId || typeof locale !== 'string' || locale === '*') return next();

    if (context.action === 'publish') {
      const result = await next();
      await copySharedFrom(strapi, documentId, locale, 'published');
      return result;
    }

    if (!data) return next();
    const drafts = await versionsOf(strapi, documentId, 'draft');
    if (!drafts.some((version) => version.locale === locale)) {
      const source = drafts.find((version) => version.locale === DEFAULT_LOCALE) ?? drafts[0];
      if (source) startFrom(strapi, source, data);
    }
    const result = await next();
    if ([...SHARED_FIELDS, ...SHARED_RELATIONS].some((name) => name in data)) await copySharedFrom(strapi, documentId, locale, 'draft');
    return result;
  },
});
