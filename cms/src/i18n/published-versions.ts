/**
 * Which language version of each localised document a public read serves. Strapi's i18n answers
 * `?locale=zh` with the Chinese rows only: an untranslated post would vanish from the Chinese
 * site. Here every document appears once, in the language asked for when it is published in it,
 * else in the default language, else in whichever site language it has (a post written only in
 * Chinese still appears on the English site, in Chinese).
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, isSiteLocale, SITE_LOCALES, type SiteLocale } from '@homepage/shared';

export interface PublishedVersion {
  id: number;
  documentId: string;
  locale: string;
}

export interface ChosenVersion {
  /** Row id of the version served. */
  id: number;
  locale: SiteLocale;
  /** Every site language the document is published in, in SITE_LOCALES order. */
  locales: SiteLocale[];
}

/** `?locale=` of a public read: absent means the default language; anything but a site language is a 400. */
export function requestedLocale(value: unknown): SiteLocale {
  if (value === undefined || value === '') return DEFAULT_LOCALE;
  if (isSiteLocale(value)) return value;
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : 'given more than once or as an object';
  throw new errors.ValidationError(`locale ${shown} is not one of ${SITE_LOCALES.join(', ')}, e.g. locale=zh`);
}

export function isLocalizedType(strapi: Core.Strapi, uid: string): boolean {
  const model = strapi.contentType(uid as UID.ContentType);
  return (model?.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
}

/** Pure: picks one version per document, by preference `requested`, then default, then SITE_LOCALES order. */
export function chooseVersions(versions: PublishedVersion[], requested: SiteLocale): Map<string, ChosenVersion> {
  const preference = [...new Set([requested, DEFAULT_LOCALE, ...SITE_LOCALES])];
  const byDocument = new Map<string, Map<SiteLocale, number>>();
  for (const version of versions) {
    if (!isSiteLocale(version.locale)) continue; // a locale the owner added in Settings but the site does not show
    const rows = byDocument.get(version.documentId) ?? new Map<SiteLocale, number>();
    rows.set(version.locale, version.id);
    byDocument.set(version.documentId, rows);
  }
  const chosen = new Map<string, ChosenVersion>();
  for (const [documentId, rows] of byDocument) {
    const locale = preference.find((candidate) => rows.has(candidate));
    if (!locale) continue;
    const locales = SITE_LOCALES.filter((candidate) => rows.has(candidate));
    chosen.set(documentId, { id: rows.get(locale) as number, locale, locales });
  }
  return chosen;
}

/** Sets `locale` and `locales` on each entry, as the public API shows them, from its chosen version. */
export function withLocales<T extends { documentId?: string }>(entries: T[], chosen: Map<string, ChosenVersion>): T[] {
  for (const entry of entries) {
    const version = entry.documentId === undefined ? undefined : chosen.get(entry.documentId);
    if (version) Object.assign(entry, { locale: version.locale, locales: version.locales });
  }
  return entries;
}

/** The published rows (id, documentId, locale) of a localised type, of one document or all. */
export async function publishedVersions(strapi: Core.Strapi, uid: string, documentId?: string): Promise<PublishedVersion[]> {
  return (await strapi.db.query(uid as UID.ContentType).findMany({
    select: ['id', 'documentId', 'locale'],
    where: { publishedAt: { $notNull: true }, ...(documentId ? { documentId } : {}) },
  })) as PublishedVersion[];
}

/** The version of each published document to serve in `requested`. */
export async function chosenVersions(strapi: Core.Strapi, uid: string, requested: SiteLocale, documentId?: string) {
  return chooseVersions(await publishedVersions(strapi, uid, documentId), requested);
}
