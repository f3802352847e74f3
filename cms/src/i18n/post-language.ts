/**
 * A post's `language` (kept in the API for the sites that read it, and for `lang` attributes) is
 * the locale of the version saved: the owner picks the language with the admin's locale menu, not
 * with a second field that could disagree with it.
 */
import { DEFAULT_LOCALE, isSiteLocale } from '@homepage/shared';

/** Sets a saved post's `language` to the locale it is saved in (`params` of a create or update). */
export function languageFromLocale(params: { data?: Record<string, unknown>; locale?: unknown }): void {
  if (params.data) params.data.language = isSiteLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
}
