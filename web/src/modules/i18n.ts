// https://vue-i18n.intlify.dev/guide/advanced/lite: petite-vue-i18n, the translation-only subset
// (about 10 kB brotli with its message compiler, which compiles messages to an AST and interprets
// it: no eval or new Function, so the site's Content-Security-Policy needs no 'unsafe-eval').
// Dates and numbers are formatted with Intl directly (lib/format.ts).
import { createI18n } from 'petite-vue-i18n';
import type { App } from 'vue';
import type { Router } from 'vue-router';
import { DEFAULT_LOCALE } from '@homepage/shared';
import { en } from '../i18n/en';
import { localeOfPath } from '../i18n/paths';
import { zh } from '../i18n/zh';

/**
 * The interface's messages in every language, one instance per app (the prerenderer builds one
 * app per page). The language follows the URL: set after each navigation, before the new page
 * renders, so a prerendered `/zh/…` page and its hydration agree.
 */
export function createSiteI18n(router: Router) {
  const i18n = createI18n({
    legacy: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { en, zh },
    // Every key exists in every language (the types say so); no console noise on the way.
    missingWarn: false,
    fallbackWarn: false,
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
