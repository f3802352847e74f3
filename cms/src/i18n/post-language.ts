/**
 * A post's `language` (kept in the API for the sites that read it, and for `lang` attributes) is
 * the locale of the version saved: the owner picks the language with the admin's locale menu, not
 * with a second field that could disagree with it.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, isSiteLocale } from '@homepage/shared';

export function keepPostLanguageFromLocale(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== 'api::blog-post.blog-post' || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown>; locale?: unknown };
    if (params.data) params.data.language = isSiteLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
    return next();
  });
}
