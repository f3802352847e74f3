import { computed, onMounted } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { DEFAULT_LOCALE, localeOfPath, pathInLocale, SITE_LOCALES, type SiteLocale } from '@homepage/shared';
import { browserLocale, storeLocale, storedLocale } from '../i18n/preference';
import { isNotFoundRoute } from '../modules/router';

/** What the header's language switch offers: the current page in each other language. */
export function useLanguageSwitch() {
  const route = useRoute();
  const router = useRouter();
  const current = computed(() => localeOfPath(route.path));
  const twins = computed(() =>
    SITE_LOCALES.filter((locale) => locale !== current.value)
      .map((locale) => ({ locale, to: pathInLocale(route.fullPath, locale) }))
      // A page only one language has (a draft preview) offers no switch.
      .filter((twin) => isNotFoundRoute(route) || !isNotFoundRoute(router.resolve(twin.to))),
  );
  return {
    twins,
    /** Remembered, so later visits to English addresses stay in the language picked here. */
    choose: (locale: SiteLocale) => storeLocale(locale),
  };
}

/**
 * A visitor who arrives at an English address and wants Chinese (picked with the switch before,
 * or, with no choice stored, Chinese first among the browser's languages) is taken to the Chinese
 * twin. Once, after the page has hydrated, so prerendered pages and crawlers keep their URL.
 * Addresses in another language are left alone: whoever shared one chose it.
 */
export function useBrowserLanguageRedirect(): void {
  const route = useRoute();
  const router = useRouter();
  onMounted(() => {
    if (localeOfPath(route.path) !== DEFAULT_LOCALE) return;
    const wanted = storedLocale() ?? browserLocale(navigator.languages);
    if (!wanted || wanted === DEFAULT_LOCALE) return;
    const twin = pathInLocale(route.fullPath, wanted);
    if (!isNotFoundRoute(route) && isNotFoundRoute(router.resolve(twin))) return;
    void router.replace(twin);
  });
}
