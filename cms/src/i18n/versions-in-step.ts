/**
 * Strapi's i18n treats slugs and relations as per-language, but on this site a post's address,
 * tags, series and related papers are the post's, in every language (as are the paper a news item
 * or a talk is about, table SHARED below): `/blog/x` and `/zh/blog/x`
 * are one post, and a tag page lists it whichever language it is read in. So:
 * - a new translation (the admin's locale menu, or an API save in a language the post is not in
 *   yet) starts with the other version's slug, series position, tags, series and related papers;
 *   the admin's placeholder slug (`blog-post`, made from an empty or Chinese title) counts as none;
 * - saving any of those in one language copies them onto the other languages' drafts, and
 *   publishing one language copies them onto the other languages' published versions, as Strapi
 *   does itself for the fields it knows are shared. Only values that differ are written, and
 *   those copies do not change the other languages' status (other-versions-status.ts).
 */
import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@homepage/shared';
import { isEmptyValue } from '../bibtex';
import { isPlaceholderUid } from '../content-rules/unique-slugs';
import { defineWriteHook } from '../write-pipeline/hook';

const POST = 'api::blog-post.blog-post';

/**
 * What each localised type shares between its languages beyond what Strapi copies itself: a
 * post's address and terms; the paper or post a news item is about; the paper a talk presents.
 */
const SHARED: Record<string, { fields: readonly string[]; relations: readonly string[] }> = {
  [POST]: { fields: ['slug', 'seriesPosition'], relations: ['tags', 'series', 'relatedPublications'] },
  'api::news-item.news-item': { fields: [], relations: ['publication', 'post'] },
  'api::talk.talk': { fields: [], relations: ['publication'] },
};

type Related = { id: number; documentId: string };
type Version = Record<string, unknown> & { id: number; locale: string };
type Status = 'draft' | 'published';

const publishedAt = (status: Status) => (status === 'published' ? { $notNull: true } : null);

function versionsOf(strapi: Core.Strapi, uid: string, documentId: string, status: Status): Promise<Version[]> {
  const populate = Object.fromEntries(SHARED[uid].relations.map((name) => [name, { select: ['id', 'documentId'] }]));
  return strapi.db.query(uid as UID.ContentType).findMany({ where: { documentId, publishedAt: publishedAt(status) }, populate }) as Promise<Version[]>;
}

/** The shared values of a version as row data: relations by row id, so drafts link drafts and published versions published ones. */
function sharedRow(uid: string, version: Version): Record<string, unknown> {
  const row: Record<string, unknown> = Object.fromEntries(SHARED[uid].fields.map((name) => [name, version[name]]));
  for (const name of SHARED[uid].relations) {
    const value = version[name] as Related[] | Related | null | undefined;
    row[name] = Array.isArray(value) ? value.map((item) => item.id) : (value?.id ?? null);
  }
  return row;
}

/** Writes `locale`'s shared values onto every other language's version of the same status that differs. */
async function copySharedFrom(strapi: Core.Strapi, uid: string, documentId: string, locale: string, status: Status): Promise<void> {
  const versions = await versionsOf(strapi, uid, documentId, status);
  const source = versions.find((version) => version.locale === locale);
  if (!source) return;
  const shared = sharedRow(uid, source);
  for (const version of versions) {
    if (version.locale === locale || JSON.stringify(sharedRow(uid, version)) === JSON.stringify(shared)) continue;
    // Straight to the row: through the Document Service this write would come back here.
    await strapi.db.query(uid as UID.ContentType).update({ where: { id: version.id }, data: shared });
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
function startFrom(strapi: Core.Strapi, uid: string, source: Version, data: Record<string, unknown>): void {
  if (uid === POST) {
    const slug = data.slug;
    if (isEmptyValue(slug) || (typeof slug === 'string' && slug !== source.slug && isPlaceholderUid(strapi, POST, slug))) data.slug = source.slug;
    if (isEmptyValue(data.seriesPosition)) data.seriesPosition = source.seriesPosition;
  }
  for (const name of SHARED[uid].relations) {
    if (!saysNothing(data[name])) continue;
    const value = source[name] as Related[] | Related | null | undefined;
    data[name] = Array.isArray(value) ? value.map((item) => item.documentId) : (value?.documentId ?? null);
  }
}

export const keepLanguageVersionsInStep = defineWriteHook({
  name: 'translations in step',
  types: Object.keys(SHARED),
  actions: ['update', 'publish'],
  run: async (strapi, context, next) => {
    const { uid } = context;
    const params = context.params as { documentId?: string; locale?: unknown; data?: Record<string, unknown> };
    const { documentId, data } = params;
    const locale = params.locale ?? DEFAULT_LOCALE;
    // `locale: '*'` or a list acts on every language at once: nothing to copy between them.
    if (!documentId || typeof locale !== 'string' || locale === '*') return next();

    if (context.action === 'publish') {
      const result = await next();
      await copySharedFrom(strapi, uid, documentId, locale, 'published');
      return result;
    }

    if (!data) return next();
    const drafts = await versionsOf(strapi, uid, documentId, 'draft');
    if (!drafts.some((version) => version.locale === locale)) {
      const source = drafts.find((version) => version.locale === DEFAULT_LOCALE) ?? drafts[0];
      if (source) startFrom(strapi, uid, source, data);
    }
    const result = await next();
    if ([...SHARED[uid].fields, ...SHARED[uid].relations].some((name) => name in data)) await copySharedFrom(strapi, uid, documentId, locale, 'draft');
    return result;
  },
});
