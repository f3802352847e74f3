/**
 * Builds the feeds: entries once, then RSS 2.0 and Atom 1.0 through the `feed` library
 * (https://github.com/jpmonette/feed) and JSON Feed 1.1 written here (the library writes 1.0 and
 * only the first author). Links point to the SPA (SITE_URL); post content is the full rendered HTML,
 * made portable for readers (rendering/feed-html.ts).
 *
 * Authors: RSS's <author> is one e-mail address, and readers kept only the first or the last of
 * several; each RSS item has one Dublin Core <dc:creator> naming every author in order, which
 * rss-parser, feedparser and feedsmith all read whole. Atom has one <author> per author and JSON
 * Feed an `authors` array, as their specifications define.
 */
import type { Feed, Item } from 'feed';
import { PUBLICATION_KIND_LABELS, sitePaths, type Profile, type Publication } from '@homepage/shared';
import type { StoredPost } from '../../../public-read/published-content';
import { feedHtml } from '../../../rendering/feed-html';
import { onFirstUse } from '../../../utils/on-first-use';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const feedWriter = onFirstUse(() => require('feed') as typeof import('feed'));

export type FeedKind = 'posts' | 'publications';

export interface FeedContext {
  siteUrl: string;
  cmsUrl: string;
  profile: Profile | null;
  tag?: string;
}

function ownerName(profile: Profile | null): string {
  return profile?.name ?? 'Site owner';
}

function baseFeed(context: FeedContext, what: FeedKind, updated: Date): Feed {
  const owner = ownerName(context.profile);
  const tagSuffix = context.tag ? ` — ${context.tag}` : '';
  const query = context.tag ? `?tag=${encodeURIComponent(context.tag)}` : '';
  return new (feedWriter().Feed)({
    title: `${owner}: ${what === 'posts' ? 'Blog' : 'Publications'}${tagSuffix}`,
    description:
      what === 'posts'
        ? `Technical blog posts by ${owner}`
        : `New papers, preprints and technical reports by ${owner}`,
    id: `${context.siteUrl}${what === 'posts' ? sitePaths.blog : sitePaths.publications}`,
    link: `${context.siteUrl}${what === 'posts' ? sitePaths.blog : sitePaths.publications}`,
    language: 'en',
    updated,
    generator: 'researcher-homepage',
    copyright: `© ${owner}`,
    author: { name: owner, link: context.siteUrl },
    feedLinks: {
      rss: `${context.cmsUrl}/api/feeds/${what}.rss${query}`,
      ...(what === 'posts'
        ? { atom: `${context.cmsUrl}/api/feeds/posts.atom${query}`, json: `${context.cmsUrl}/api/feeds/posts.json${query}` }
        : {}),
    },
  });
}

function latest(dates: (string | null | undefined)[]): Date {
  const times = dates.filter((d): d is string => Boolean(d)).map((d) => Date.parse(d));
  return times.length > 0 ? new Date(Math.max(...times)) : new Date(0);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One item of any feed, before a format is chosen. */
export interface FeedEntry {
  title: string;
  url: string;
  summary?: string;
  contentHtml: string;
  date: Date;
  /** Display names, in order. */
  authors: string[];
  tags: { name: string; slug: string }[];
}

export interface FeedDocument {
  context: FeedContext;
  kind: FeedKind;
  updated: Date;
  entries: FeedEntry[];
}

export function postsFeed(posts: StoredPost[], context: FeedContext): FeedDocument {
  const owner = ownerName(context.profile);
  const entries = posts.map((post): FeedEntry => {
    const url = `${context.siteUrl}${sitePaths.post(post.slug)}`;
    const fallback =
      `<p>${escapeHtml(post.summary ?? '')}</p>` +
      (post.originalUrl ? `<p><a href="${escapeHtml(post.originalUrl)}">Read the full post</a></p>` : '');
    return {
      title: post.title,
      url,
      summary: post.summary ?? undefined,
      contentHtml: post.bodyHtml ? feedHtml(post.bodyHtml, url) : fallback,
      date: new Date(`${post.date}T00:00:00Z`),
      authors: [owner],
      tags: post.tags,
    };
  });
  return { context, kind: 'posts', updated: latest(posts.map((p) => p.updatedAt)), entries };
}

export function publicationsFeed(publications: Publication[], context: FeedContext): FeedDocument {
  const entries = publications.map((publication): FeedEntry => {
    const venue = publication.venueShort ?? publication.venue ?? PUBLICATION_KIND_LABELS[publication.kind].one;
    const authors = publication.authors.map((a) => a.name);
    const links = publication.links
      .map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label ?? link.kind)}</a>`)
      .join(' · ');
    return {
      title: publication.title,
      url: `${context.siteUrl}${sitePaths.publication(publication.slug)}`,
      summary: publication.summary ?? undefined,
      contentHtml:
        `<p><em>${escapeHtml(authors.join(', '))}</em></p><p>${escapeHtml(venue)}</p>` +
        (publication.summary ? `<p>${escapeHtml(publication.summary)}</p>` : '') +
        (links ? `<p>${links}</p>` : ''),
      date: new Date(`${publication.date ?? `${publication.year}-01-01`}T00:00:00Z`),
      authors,
      tags: publication.tags,
    };
  });
  return { context, kind: 'publications', updated: latest(publications.map((p) => p.updatedAt)), entries };
}

function libraryFeed(document: FeedDocument, authorsOf: (entry: FeedEntry) => Pick<Item, 'author' | 'extensions'>): Feed {
  const feed = baseFeed(document.context, document.kind, document.updated);
  const tagDomain = document.kind === 'posts' ? `${document.context.siteUrl}${sitePaths.tag('')}` : undefined;
  for (const entry of document.entries) {
    feed.addItem({
      title: entry.title,
      id: entry.url,
      link: entry.url,
      description: entry.summary,
      content: entry.contentHtml,
      date: entry.date,
      published: entry.date,
      category: entry.tags.map((tag) => ({ name: tag.name, term: tag.slug, ...(tagDomain ? { domain: `${tagDomain}${tag.slug}` } : {}) })),
      ...authorsOf(entry),
    });
  }
  for (const tag of new Set(document.entries.flatMap((e) => e.tags.map((t) => t.name)))) feed.addCategory(tag);
  return feed;
}

export function renderRss(document: FeedDocument): string {
  // The library declares xmlns:dc on the <rss> element whenever items have content (ours always do).
  return libraryFeed(document, (entry) => ({
    extensions: [{ name: 'dc:creator', objects: { _text: entry.authors.join(', ') } }],
  })).rss2();
}

export function renderAtom(document: FeedDocument): string {
  return libraryFeed(document, (entry) => ({ author: entry.authors.map((name) => ({ name })) })).atom1();
}

/** JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ */
export function renderJsonFeed(document: FeedDocument): string {
  const { context } = document;
  const owner = ownerName(context.profile);
  const home = `${context.siteUrl}/${document.kind === 'posts' ? 'blog' : 'publications'}`;
  const query = context.tag ? `?tag=${encodeURIComponent(context.tag)}` : '';
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${owner}: ${document.kind === 'posts' ? 'Blog' : 'Publications'}${context.tag ? ` — ${context.tag}` : ''}`,
    home_page_url: home,
    feed_url: `${context.cmsUrl}/api/feeds/${document.kind}.json${query}`,
    description: document.kind === 'posts' ? `Technical blog posts by ${owner}` : `New papers, preprints and technical reports by ${owner}`,
    language: 'en',
    authors: [{ name: owner, url: context.siteUrl }],
    items: document.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      ...(entry.summary ? { summary: entry.summary } : {}),
      date_published: entry.date.toISOString(),
      authors: entry.authors.map((name) => ({ name })),
      ...(entry.tags.length ? { tags: entry.tags.map((t) => t.name) } : {}),
    })),
  };
  return JSON.stringify(feed, null, 2);
}
