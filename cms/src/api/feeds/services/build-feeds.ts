/**
 * Builds the feeds with the `feed` library (https://github.com/jpmonette/feed). Links point to
 * the SPA (SITE_URL); post content is the full rendered HTML when the post has a body.
 */
import { Feed } from 'feed';
import { formatAuthorList, PUBLICATION_KIND_LABELS, type Profile, type Publication } from '@homepage/shared';
import type { StoredPost } from '../../../public-content/published-content';

export interface FeedContext {
  siteUrl: string;
  cmsUrl: string;
  profile: Profile | null;
  tag?: string;
}

function ownerName(profile: Profile | null): string {
  return profile?.name ?? 'Site owner';
}

function baseFeed(context: FeedContext, what: 'posts' | 'publications', updated: Date): Feed {
  const owner = ownerName(context.profile);
  const tagSuffix = context.tag ? ` — ${context.tag}` : '';
  const query = context.tag ? `?tag=${encodeURIComponent(context.tag)}` : '';
  return new Feed({
    title: `${owner}: ${what === 'posts' ? 'Blog' : 'Publications'}${tagSuffix}`,
    description:
      what === 'posts'
        ? `Technical blog posts by ${owner}`
        : `New papers, preprints and technical reports by ${owner}`,
    id: `${context.siteUrl}/${what === 'posts' ? 'blog' : 'publications'}`,
    link: `${context.siteUrl}/${what === 'posts' ? 'blog' : 'publications'}`,
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

export function buildPostsFeed(posts: StoredPost[], context: FeedContext): Feed {
  const feed = baseFeed(context, 'posts', latest(posts.map((p) => p.updatedAt)));
  const author = { name: ownerName(context.profile), link: context.siteUrl };
  for (const post of posts) {
    const url = `${context.siteUrl}/blog/${post.slug}`;
    const fallback =
      `<p>${escapeHtml(post.summary ?? '')}</p>` +
      (post.originalUrl ? `<p><a href="${escapeHtml(post.originalUrl)}">Read the full post</a></p>` : '');
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.summary ?? undefined,
      content: post.bodyHtml || fallback,
      date: new Date(`${post.date}T00:00:00Z`),
      published: new Date(`${post.date}T00:00:00Z`),
      author: [author],
      category: post.tags.map((tag) => ({ name: tag.name, term: tag.slug, domain: `${context.siteUrl}/tags/${tag.slug}` })),
    });
  }
  for (const tag of new Set(posts.flatMap((p) => p.tags.map((t) => t.name)))) feed.addCategory(tag);
  return feed;
}

export function buildPublicationsFeed(publications: Publication[], context: FeedContext): Feed {
  const feed = baseFeed(context, 'publications', latest(publications.map((p) => p.updatedAt)));
  for (const publication of publications) {
    const url = `${context.siteUrl}/publications/${publication.slug}`;
    const venue = publication.venueShort ?? publication.venue ?? PUBLICATION_KIND_LABELS[publication.kind].one;
    const authors = formatAuthorList(publication.authors);
    const links = publication.links
      .map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label ?? link.kind)}</a>`)
      .join(' · ');
    feed.addItem({
      title: publication.title,
      id: url,
      link: url,
      description: publication.summary ?? undefined,
      content:
        `<p><em>${escapeHtml(authors)}</em></p><p>${escapeHtml(venue)}</p>` +
        (publication.summary ? `<p>${escapeHtml(publication.summary)}</p>` : '') +
        (links ? `<p>${links}</p>` : ''),
      date: new Date(`${publication.date ?? `${publication.year}-01-01`}T00:00:00Z`),
      author: publication.authors.map((a) => ({ name: a.name })),
      category: publication.tags.map((tag) => ({ name: tag.name, term: tag.slug })),
    });
  }
  return feed;
}

/**
 * The library writes JSON Feed 1.0; 1.1 renames `author` to `authors` (an array) and adds
 * `language`. https://www.jsonfeed.org/version/1.1/
 */
export function toJsonFeed11(json10: string): string {
  const feed = JSON.parse(json10) as Record<string, unknown> & { items?: Record<string, unknown>[] };
  const upgrade = (entry: Record<string, unknown>) => {
    if (entry.author && !entry.authors) entry.authors = [entry.author];
    delete entry.author;
  };
  upgrade(feed);
  for (const item of feed.items ?? []) upgrade(item);
  return JSON.stringify({ ...feed, version: 'https://jsonfeed.org/version/1.1', language: 'en' }, null, 2);
}
