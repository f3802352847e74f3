/**
 * Which site page a pasted URL names, and what its embed shows: the publication pages and the
 * home page embed the latest publications, the blog and its posts the latest posts, each in the
 * page's language. Any other URL is not one this provider embeds (a 404, per the oEmbed spec).
 */
import { localeOfPath, pathWithoutLocale, SLUG_PATTERN, sitePaths, type EmbedView, type SiteLocale } from '@homepage/shared';

export interface EmbeddedPage {
  view: EmbedView;
  locale: SiteLocale;
  /** A publication's or post's slug when the page shows one. */
  slug?: string;
}

const SLUG = `(${SLUG_PATTERN})`;
/** The pages, by the addresses the site's router serves them at (sitePaths). */
const exactly = (path: string) => new RegExp(`^${path}$`);
const PAGES: { path: RegExp; view: EmbedView }[] = [
  { path: exactly(sitePaths.home), view: 'publications' },
  { path: exactly(sitePaths.publications), view: 'publications' },
  { path: exactly(sitePaths.publication(SLUG)), view: 'publications' },
  { path: exactly(sitePaths.blog), view: 'posts' },
  { path: exactly(sitePaths.post(SLUG)), view: 'posts' },
];

export function embeddedPage(url: string, siteUrl: string): EmbeddedPage | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.origin !== new URL(siteUrl).origin) return undefined;
  const locale = localeOfPath(parsed.pathname);
  const path = pathWithoutLocale(parsed.pathname).replace(/(.)\/+$/, '$1');
  for (const page of PAGES) {
    const match = page.path.exec(path);
    if (match) return { view: page.view, locale, ...(match[1] ? { slug: match[1] } : {}) };
  }
  return undefined;
}
