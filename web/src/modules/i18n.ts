// https://vue-i18n.intlify.dev/guide/advanced/lite: petite-vue-i18n, the translation-only subset
// (about 10 kB brotli with its message compiler, which compiles messages to an AST and interprets
// it: no eval or new Function, so the site's Content-Security-Policy needs no 'unsafe-eval').
// Dates and numbers are formatted with Intl directly (lib/format.ts).
// Languages other than the default load on first use, as the lazy-loading guide does
// (https://vue-i18n.intlify.dev/guide/advanced/lazy): a page carries only the messages it shows.
import { createI18n } from 'petite-vue-i18n';
import type { App } from 'vue';
import type { Router } from 'vue-router';
import { DEFAULT_LOCALE, localeOfPath, type SiteLocale } from '@homepage/shared';
import { en, type Messages } from '../i18n/en';

/** Each language's messages: English (the default) is bundled, the others are chunks of their own. */
const LOADERS: Record<SiteLocale, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  zh: () => import('../i18n/zh').then((module) => module.zh),
};

/**
 * The interface's messages, one instance per app (the prerenderer builds one app per page). The
 * language follows the URL: before each navigation completes its messages are in, and after it the
 * language is set, before the new page renders. The first navigation waits too, and the browser
 * hydrates only after it (main.ts awaits `router.isReady()`), so a prerendered `/zh/…` page and
 * its hydration agree, with no English flash.
 */
export function createSiteI18n(router: Router) {
  const messages: Partial<Record<SiteLocale, Messages>> = { en };
  const i18n = createI18n({
    legacy: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    // Every key exists in every language (the types say so); no console noise on the way.
    missingWarn: false,
    fallbackWarn: false,
  });
  router.beforeEach(async (to) => {
    const locale = localeOfPath(to.path);
    if (!i18n.global.availableLocales.includes(locale)) i18n.global.setLocaleMessage(locale, await LOADERS[locale]());
  });
  router.afterEach((to) => {
    i18n.global.locale.value = localeOfPath(to.path);
  });
  return {
    install(app: App) {
      app.use(i18n);
    },
  };
}
