/**
 * A post's slug is one for all its languages (`pluginOptions.i18n.localized: false` on the uid in
 * its schema; versions-in-step.ts keeps it so), but Strapi's i18n holds every uid per language.
 * In the admin this showed as a new Chinese version whose slug field said `blog-post` (a uid made
 * from the still empty title) and whose Regenerate made a second slug. Two content-manager
 * services learn it here (wired in src/extensions/content-manager/strapi-server.ts):
 * - the document's metadata lists the other languages' versions with the shared values a new
 *   version's form starts from (`availableLocales`): the shared uid is added to them;
 * - Regenerate in a translation gives the post's slug, the one of its default-language version.
 */
import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@homepage/shared';
import { isLocalizedType } from './published-versions';

interface AttributeOptions {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** The uid fields of a localised type that its schema declares shared by all languages. */
export function sharedUidFields(strapi: Core.Strapi, uid: string): string[] {
  if (!isLocalizedType(strapi, uid)) return [];
  const attributes = strapi.contentType(uid as UID.ContentType).attributes as Record<string, AttributeOptions>;
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'uid' && attribute.pluginOptions?.i18n?.localized === false)
    .map(([name]) => name);
}

type LocaleEntry = Record<string, unknown> & { id?: number };

/** Adds the shared uid values to the other languages' versions the admin prefills a new version from. */
export async function withSharedUids<T extends LocaleEntry>(strapi: Core.Strapi, uid: string, entries: T[]): Promise<T[]> {
  const fields = sharedUidFields(strapi, uid);
  const ids = entries.map((entry) => entry.id).filter((id): id is number => typeof id === 'number');
  if (fields.length === 0 || ids.length === 0) return entries;
  const rows = (await strapi.db.query(uid as UID.ContentType).findMany({ where: { id: { $in: ids } }, select: ['id', ...fields] })) as LocaleEntry[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return entries.map((entry) => {
    const row = byId.get(entry.id);
    return row ? { ...entry, ...Object.fromEntries(fields.map((field) => [field, row[field]])) } : entry;
  });
}

interface GenerateUidInput {
  contentTypeUID: string;
  field: string;
  data?: Record<string, unknown>;
  locale?: string;
}

/**
 * The value Regenerate gives a translation's shared uid: its default-language draft's, when the
 * document has one. Undefined otherwise (the default language itself, a new document, a field
 * that is per language): Strapi generates from the title as usual.
 */
export async function sharedUidOfTranslation(strapi: Core.Strapi, { contentTypeUID, field, data, locale }: GenerateUidInput): Promise<string | undefined> {
  // The admin sends the document's id as `data.id` (or `documentId`); a new document has none.
  const documentId = data?.documentId ?? data?.id;
  if (typeof documentId !== 'string' || !documentId || !locale || locale === DEFAULT_LOCALE) return undefined;
  if (!sharedUidFields(strapi, contentTypeUID).includes(field)) return undefined;
  const source = (await strapi.db
    .query(contentTypeUID as UID.ContentType)
    .findOne({ where: { documentId, locale: DEFAULT_LOCALE, publishedAt: null }, select: [field] })) as Record<string, unknown> | null;
  const value = source?.[field];
  return typeof value === 'string' && value ? value : undefined;
}
