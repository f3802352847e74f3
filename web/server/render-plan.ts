/**
 * Which pages a prerender run renders. After a content change only the pages that showed the
 * changed documents (as recorded when each page was last rendered), the pages that are new, and the
 * lists (home, full lists, tag and series pages, where a change can add or drop an entry) are
 * rendered again; everything else is left as it was. Every page is rendered when the change cannot
 * be traced (no list of changes, the profile or a media file, which show on many pages), when
 * nothing was recorded yet, or when the client build changed (new asset names in every page).
 * A publication's or post's link-preview card is drawn with its page (./og-cards/write-cards.ts),
 * so it follows this plan too, and is drawn again only when what it shows changed.
 */
import { isCoAuthorNamed, type ContentChange, type SitePageKind } from '@homepage/shared';
import type { SitePage } from './site-map';

export interface RecordedPage {
  /** The documentIds the page showed when it was last rendered. */
  shows: string[];
  /** Its sitemap entry, when the page is its own canonical URL. */
  sitemap: SitePage | null;
}

/** What the last run left, kept in the site folder as `.prerendered.json`. */
export interface PrerenderRecord {
  version: 2;
  /** A hash of the client build's shell: a new build re-renders every page. */
  shell: string;
  pages: Record<string, RecordedPage>;
}

export interface PlannedPage {
  path: string;
  kind: SitePageKind;
  lastmod: string | null;
  /** The document a page of one document is about (from /api/site-pages). */
  documentId?: string;
}

/** Everything, or the changes to trace. */
export type Changes = ContentChange[] | 'all';

/** Content types whose documents show on most pages (the profile in every header, media anywhere). */
const SHOWN_EVERYWHERE = new Set(['profile', 'file']);
/**
 * Pages that list documents render after every change: home (with the latest news), the full
 * lists, /news and /talks, and any page the CMS lists as kind `list` in /api/site-pages (a CV
 * page that shows the talks belongs there too: cms/src/api/discovery/services/site-pages.ts).
 *
 * A co-author's page is not among them: the CMS names the co-authors of a changed work or post
 * (cms/src/site-rebuild/co-authors-shown.ts), so only those pages render again.
 */
const LIST_KINDS = new Set<SitePageKind>(['list', 'series', 'tag']);

export interface RenderPlan {
  render: PlannedPage[];
  /** Why every page renders, or null when only some do. */
  everything: string | null;
}

export function planRender(pages: PlannedPage[], record: PrerenderRecord | null, shell: string, changes: Changes): RenderPlan {
  const everything =
    changes === 'all'
      ? 'asked to render everything'
      : !record
        ? 'no record of an earlier run'
        : record.shell !== shell
          ? 'a new client build'
          : changes.some((change) => change.documentId === null || SHOWN_EVERYWHERE.has(change.type))
            ? 'a change that shows on every page'
            : null;
  if (everything || !record || changes === 'all') return { render: pages, everything };
  // A co-author named with a changed work (CO_AUTHOR_NAMED) changed nothing themselves: only their
  // own page, which may gain the work, renders; other pages that show them (the pages of their
  // fellow authors, their works) have not changed.
  const named = new Set(changes.filter(isCoAuthorNamed).map((change) => change.documentId));
  const changed = new Set(changes.filter((change) => !isCoAuthorNamed(change)).map((change) => change.documentId));
  const render = pages.filter((page) => {
    const last = record.pages[page.path];
    if (LIST_KINDS.has(page.kind) || !last) return true;
    return (page.documentId !== undefined && named.has(page.documentId)) || last.shows.some((id) => changed.has(id));
  });
  return { render, everything: null };
}

/** Every `documentId` in a rendered page's state: the documents the page shows. */
export function documentIdsIn(state: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'documentId' && typeof inner === 'string') found.add(inner);
        else walk(inner);
      }
    }
  };
  walk(state);
  return [...found].sort();
}
