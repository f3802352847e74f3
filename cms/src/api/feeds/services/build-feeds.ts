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
import { newsHeadline, newsItemAnchor, PUBLICATION_KIND_LABELS, sitePaths, type NewsItem, type Profile, type Publication } from '@homepage/shared';
import type { StoredPost } from '../../../public-read/published-content';
import { feedHtml } from '../../../rendering/feed-html';
import { onFirstUse } from '../../../utils/on-first-use';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const feedWriter = onFirstUse(() => require('feed') as typeof import('feed'));

export type FeedKind = 'posts' | 'publications' | 'news' | 'all';

/** What each feed is called, says, and links to; which formats it comes in. */
const FEEDS: Record<FeedKind, { title: string; description: (owner: string) => string; home: string; formats: ('rss' | 'atom' | 'json')[] }> = {
  posts: { title: 'Blog', description: (owner) => `Technical blog posts by ${owner}`, home: sitePaths.blog, formats: ['rss', 'atom', 'json'] },
  publications: { title: 'Publications', description: (owner) => `New papers, preprints and technical reports by ${owner}`, home: sitePaths.publications, formats: ['rss'] },
  news: { title: 'News', description: (owner) => `News from ${owner}`, home: sitePaths.news, formats: ['rss', 'atom', 'json'] },
  all: { title: 'Posts, news and publications', description: (owner) => `Everything new from ${owner}: posts, news and publications`, home: sitePaths.home, formats: ['rss', 'atom', 'json'] },
};

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
  const feed = FEEDS[what];
  return new (feedWriter().Feed)({
    title: `${owner}: ${feed.title}${tagSuffix}`,
    description: feed.description(owner),
    id: `${context.siteUrl}${feed.home}`,
    link: `${context.siteUrl}${feed.home}`,
    language: 'en',
    updated,
    generator: 'researcher-homepage',
    copyright: `© ${owner}`,
    author: { name: owner, link: context.siteUrl },
    feedLinks: Object.fromEntries(feed.formats.map((format) => [format, `${context.cmsUrl}/api/feeds/${what}.${format}${query}`])),
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

export function newsFeed(items: NewsItem[], context: FeedContext): FeedDocument {
  return { context, kind: 'news', updated: latest(items.map((item) => item.updatedAt)), entries: newsEntries(items, context) };
}

function newsEntries(items: NewsItem[], context: FeedContext): FeedEntry[] {
  const owner = ownerName(context.profile);
  return items.map((item): FeedEntry => {
    const url = `${context.siteUrl}${sitePaths.news}#${newsItemAnchor(item.documentId)}`;
    const about = item.publication
      ? { url: `${context.siteUrl}${sitePaths.publication(item.publication.slug)}`, title: item.publication.title }
      : item.post
        ? { url: `${context.siteUrl}${sitePaths.post(item.post.slug)}`, title: item.post.title }
        : null;
    return {
      title: item.headline ?? newsHeadline(item.body),
      url,
      contentHtml:
        (item.bodyHtml ? feedHtml(item.bodyHtml, url) : `<p>${escapeHtml(item.body)}</p>`) +
        (about ? `<p><a href="${escapeHtml(about.url)}">${escapeHtml(about.title)}</a></p>` : ''),
      date: new Date(`${item.date}T00:00:00Z`),
      authors: [owner],
      tags: [],
    };
  });
}

/** Posts, news and publications in one feed, newest first, at most `limit` entries. */
export function combinedFeed(posts: StoredPost[], items: NewsItem[], publications: Publication[], context: FeedContext, limit: number): FeedDocument {
  const parts = [postsFeed(posts, context), newsFeed(items, context), publicationsFeed(publications, context)];
  const entries = parts
    .flatMap((part) => part.entries)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title))
    .slice(0, limit);
  const updated = new Date(Math.max(...parts.map((part) => part.updated.getTime())));
  return { context, kind: 'all', updated, entries };
}

function libraryFeed(document: FeedDocument, authorsOf: (entry: FeedEntry) => Pick<Item, 'author' | 'extensions'>): Feed {
  const feed = baseFeed(document.context, document.kind, document.updated);
  const tagDomain = document.kind === 'posts' || document.kind === 'all' ? `${document.context.siteUrl}${sitePaths.tag('')}` : undefined;
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
  const meta = FEEDS[document.kind];
  const query = context.tag ? `?tag=${encodeURIComponent(context.tag)}` : '';
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${owner}: ${meta.title}${context.tag ? ` — ${context.tag}` : ''}`,
    home_page_url: `${context.siteUrl}${meta.home}`,
    feed_url: `${context.cmsUrl}/api/feeds/${document.kind}.json${query}`,
    description: meta.description(owner),
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
