/**
 * Every address of the site's pages, used by the CMS (sitemap, feeds, citations, preview, embeds)
 * and the site (router, links, prerender) alike. A module of its own, with no schema in it, so the
 * site's first script carries these few lines and not the schema library.
 */

/**
 * Every address of a page of the site, in the default language (`pathInLocale` adds `/zh`).
 * Arguments are URL segments as they appear in the path: callers encode what needs it, and the
 * site's router passes its parameters (`sitePaths.post(':slug')`).
 */
export const sitePaths = {
  home: '/',
  publications: '/publications',
  blog: '/blog',
  /** Every news item, newest first; each is at `#news-<documentId>` (`newsItemAnchor`). */
  news: '/news',
  /** Every talk, grouped by year. */
  talks: '/talks',
  publication: (slug: string) => `/publications/${slug}`,
  post: (slug: string) => `/blog/${slug}`,
  series: (slug: string) => `/series/${slug}`,
  tag: (slug: string) => `/tags/${slug}`,
  /**
   * A publication's or post's link-preview image (1200×630 PNG, `og:image`), drawn when the site is
   * prerendered (web/server/og-cards); `pathInLocale` gives a translated post's own card.
   */
  publicationCard: (slug: string) => `/og/publications/${slug}.png`,
  postCard: (slug: string) => `/og/blog/${slug}.png`,
  /** The CV: profile, positions, publications, talks, awards and service, laid out to print on two A4 pages. */
  cv: '/cv',
  /** The CV page printed to PDF when the site is built (absent when the build had no Chromium). */
  cvPdf: '/cv.pdf',
  /** The owner's co-authors, and one co-author's joint works and posts (issue 21). */
  people: '/people',
  person: (slug: string) => `/people/${slug}`,
  /** A draft's page, opened by a signed link from the admin (`PreviewLinkQuery`); never prerendered. */
  preview: (type: string, documentId: string) => `/preview/${type}/${documentId}`,
  /** The page for people who embed the owner's work elsewhere: live previews and snippets. */
  embed: '/embed',
  /** A framable, script-free list of one embed view (see embed.ts). */
  embedView: (view: string) => `/embed/${view}`,
  /** The embed script, by major version (immutable), and its alias that follows the latest. */
  embedScript: '/embed/v1.js',
  embedScriptAlias: '/embed.js',
} as const;

/**
 * The element id of a news item on the /news page (`/news#news-<documentId>`), so feeds and links
 * can point at it.
 */
export function newsItemAnchor(documentId: string): string {
  return `news-${documentId}`;
}
