import { computed } from 'vue';
import { useI18n } from 'petite-vue-i18n';
import { DEFAULT_LOCALE, isSiteLocale, pathInLocale, type SiteLocale } from '@homepage/shared';
import type { MessageKey } from '../i18n/en';
import { formatDate } from '../lib/format';

export type Translate = {
  (key: MessageKey, named?: Record<string, unknown>): string;
  /** With a plural choice (`a | b | c`): `count` picks it and fills `{count}`. */
  (key: MessageKey, named: Record<string, unknown>, count: number): string;
};

/**
 * The interface language of the current page and what depends on it: messages (typed: an unknown
 * key is a compile error, in templates too), this site's links in that language, and dates.
 */
export function useLocale() {
  const i18n = useI18n({ useScope: 'global' });
  const locale = computed<SiteLocale>(() => (isSiteLocale(i18n.locale.value) ? i18n.locale.value : DEFAULT_LOCALE));
  const t: Translate = (key: MessageKey, named: Record<string, unknown> = {}, count?: number) =>
    count === undefined ? i18n.t(key, named) : i18n.t(key, named, count);
  return {
    locale,
    t,
    /** A path of this site in the current language: `/blog/x` → `/zh/blog/x` on a Chinese page. */
    localePath: (path: string) => pathInLocale(path, locale.value),
    /** `lang` for content written in `language`, when that is not the page's (a post that fell back). */
    langIfOther: (language: SiteLocale) => (language === locale.value ? undefined : language),
    date: (isoDate: string) => formatDate(isoDate, locale.value),
    /** A resource store key for content in the page's language: `post:x` in English, `post:x@zh` otherwise. */
    localisedKey: (key: string) => (locale.value === DEFAULT_LOCALE ? key : `${key}@${locale.value}`),
  };
}
