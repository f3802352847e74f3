/**
 * The CMS's i18n locales are the site's languages (SITE_LOCALES in @homepage/shared): the i18n
 * plugin creates the default (`en`) on first boot, this adds the others so the owner finds
 * "Chinese (zh)" in the admin's locale menu without a trip to Settings.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, SITE_LOCALES } from '@homepage/shared';

const NAMES: Record<string, string> = { en: 'English (en)', zh: 'Chinese (zh)' };

interface LocalesService {
  find(): Promise<{ code: string }[]>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
}

export async function ensureSiteLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  const present = new Set((await locales.find()).map((locale) => locale.code));
  for (const code of SITE_LOCALES) {
    if (!present.has(code)) await locales.create({ code, name: NAMES[code] ?? code });
  }
  // Content without a translation falls back to this language; the site's URLs without a prefix are in it.
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
