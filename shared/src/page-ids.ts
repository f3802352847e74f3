/**
 * Element ids the site's own page uses around a post's body: the app's mount point, the skip
 * link's target, the prerendered state, the table of contents and the related lists. A heading
 * in a post must never take one (`## app` used to become `id="app"`, a duplicate id and a DOM
 * clobbering hazard), so the CMS's heading slugs step around them.
 */
export const PAGE_ELEMENT_IDS = {
  app: 'app',
  main: 'main',
  state: 'site-state',
  tocTitle: 'toc-title',
  relatedWorks: 'related-works',
  relatedPosts: 'related-posts',
} as const;

const RESERVED: ReadonlySet<string> = new Set(Object.values(PAGE_ELEMENT_IDS));

/** True when a post's heading may not use `id`: the page around it already does. */
export function isPageElementId(id: string): boolean {
  return RESERVED.has(id);
}
