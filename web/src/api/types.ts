// Fields the CMS is about to add (rendered post bodies, a report's institution). They are optional
// here so the site works before and after; move them into @homepage/shared once the CMS sends them.
import type { BLOG_POST_LIST_OMITS, BlogPost, Publication } from '@homepage/shared';

/** One heading of a rendered post, for its table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  level: number;
}

/** What the CMS renders when a post is saved. */
export interface PostRendering {
  /** Sanitised HTML (KaTeX markup, highlighted code, heading ids). */
  bodyHtml: string | null;
  toc: TocEntry[] | null;
  wordCount: number | null;
  readingMinutes: number | null;
  hasMath: boolean | null;
}

export type Post = BlogPost & Partial<PostRendering>;

/** A post as lists serve it: without the bodies and the contents (BLOG_POST_LIST_OMITS). */
export type PostSummary = Omit<Post, (typeof BLOG_POST_LIST_OMITS)[number]>;

export type Work = Publication & {
  /** Institution issuing a technical report (Google Scholar's `citation_technical_report_institution`). */
  institution?: string | null;
};
