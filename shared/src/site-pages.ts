/**
 * The site's pages, as the CMS and the site both exchange them (their addresses: site-paths.ts):
 * - `sitePagesResponseSchema` is the page list the CMS serves at /api/site-pages, which the site's
 *   prerenderer reads to know what to render (typed JSON instead of parsing the CMS's sitemap XML);
 * - `rebuildRequestSchema` is what the CMS's rebuild notification says changed, so the site
 *   renders again only the pages that show it.
 */
import { z } from 'zod';

/**
 * What a page shows: one document (`publication`, `post`) or a list of documents (`list`: the home
 * page and the full lists; `series` and `tag`: the posts and works filed under one term; `person`:
 * the works and posts shared with one co-author). A change to any document can add it to or drop
 * it from a list, so lists are rendered after every change; a person page only when the change
 * names that co-author (a `person` change in the notice) or the page showed the changed document.
 */
export const SITE_PAGE_KINDS = ['list', 'publication', 'post', 'series', 'tag', 'person'] as const;
export type SitePageKind = (typeof SITE_PAGE_KINDS)[number];

export const sitePageSchema = z.object({
  path: z.string().regex(/^\/[a-z0-9/-]*$/),
  kind: z.enum(SITE_PAGE_KINDS),
  /** The newest change among what the page shows (ISO 8601), when known. */
  lastmod: z.string().nullable(),
  /** The document a page of one document is about (a publication, post, series, tag or person). */
  documentId: z.string().max(64).optional(),
});
export type SitePageEntry = z.infer<typeof sitePageSchema>;

export const sitePagesResponseSchema = z.object({ data: z.array(sitePageSchema) });
export type SitePagesResponse = z.infer<typeof sitePagesResponseSchema>;

/** How many changes one notification lists; a larger burst is sent as "everything changed". */
export const MAX_NOTIFIED_CHANGES = 500;

/** One published change, as the CMS's rebuild notification reports it. */
export const contentChangeSchema = z.object({
  /** The content type's singular name (`publication`, `blog-post`, `profile`, `tag`, `series`, `file`, `person`). */
  type: z.string().min(1).max(60),
  /** The changed document; null when the CMS cannot say (the site then renders every page). */
  documentId: z.string().max(64).nullable(),
  locale: z.string().max(20).nullable(),
  action: z.string().min(1).max(30),
});
export type ContentChange = z.infer<typeof contentChangeSchema>;

/**
 * The action of a change that names a co-author of a changed work or post (the CMS sends one per
 * person, cms/src/site-rebuild/co-authors-shown.ts): the person's page may list the work now.
 */
export const CO_AUTHOR_NAMED = 'named';
export const isCoAuthorNamed = (change: ContentChange) => change.type === 'person' && change.action === CO_AUTHOR_NAMED;

/**
 * The body of POST /_rebuild. Without `changes` (a CI trigger, an old CMS, more changes than the
 * notification carries) every page is rendered again.
 */
export const rebuildRequestSchema = z.object({
  reason: z.string().max(200).optional(),
  at: z.string().max(40).optional(),
  changes: z.array(contentChangeSchema).max(MAX_NOTIFIED_CHANGES).optional(),
});
export type RebuildRequest = z.infer<typeof rebuildRequestSchema>;

