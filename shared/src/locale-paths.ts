/**
 * The site's URLs in each language: English at `/…` (the default, unprefixed, so existing links
 * keep working), every other language under its code (`/zh/`, `/zh/blog/a-post`). The site's
 * router and prerenderer and the CMS's embed answers move a path between languages with these.
 */
import { DEFAULT_LOCALE, SITE_LOCALES, type SiteLocale } from './vocabulary.js';

const PREFIXED = SITE_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const PREFIX = new RegExp(`^/(${PREFIXED.join('|')})(?=/|$)`);

/** The language a path is in: `/zh/blog/x` → `zh`, `/blog/x` → `en`. */
export function localeOfPath(path: string): SiteLocale {
  return (PREFIX.exec(path)?.[1] as SiteLocale | undefined) ?? DEFAULT_LOCALE;
}

/** The path without its language: `/zh/blog/x` → `/blog/x`, `/zh` → `/`. */
export function pathWithoutLocale(path: string): string {
  return path.replace(PREFIX, '') || '/';
}

/**
 * The same page in `locale`: `pathInLocale('/blog/x', 'zh')` → `/zh/blog/x`. A language's home
 * is a folder (`/zh/`); other paths lose trailing slashes. Query and hash are kept.
 */
export function pathInLocale(path: string, locale: SiteLocale): string {
  const [, pathname = '/', rest = ''] = /^([^?#]*)(.*)$/.exec(path) ?? [];
  const base = pathWithoutLocale(pathname).replace(/\/+$/, '') || '/';
  if (locale === DEFAULT_LOCALE) return `${base}${rest}`;
  return `${base === '/' ? `/${locale}/` : `/${locale}${base}`}${rest}`;
}

/** One path in its canonical spelling (`/zh` → `/zh/`, `/blog/` → `/blog`). */
export function normalPath(path: string): string {
  return pathInLocale(path, localeOfPath(path));
}
