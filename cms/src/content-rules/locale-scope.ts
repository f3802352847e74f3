import type { Core, UID } from '@strapi/strapi';

/** `{ locale }` for a where clause when the type is localised (i18n adds the attribute), else nothing. */
export function localeScope(strapi: Core.Strapi, uid: UID.ContentType, locale: string | undefined): { locale?: string } {
  return locale && 'locale' in (strapi.contentTypes[uid]?.attributes ?? {}) ? { locale } : {};
}
