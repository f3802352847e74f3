/**
 * The site's public pages, in the default language, with what each shows and its last change:
 * served as JSON at /api/site-pages (the site's prerenderer reads it) and as the sitemap.
 */
import type { Core } from '@strapi/strapi';
import { sitePaths, type SitePageEntry } from '@homepage/shared';
import { createPublishedContent } from '../../../public-read/published-content';

const newest = (dates: string[]): string | null => dates.sort().at(-1) ?? null;

export function createSitePages(strapi: Core.Strapi): () => Promise<SitePageEntry[]> {
  const content = createPublishedContent(strapi);
  return async () => {
    const [publications, posts, tags, series, news, talks, people] = await Promise.all([
      content.publications(),
      content.posts(),
      content.tags(),
      content.series(),
      content.newsItems(),
      content.talks(),
      content.people(),
    ]);
    return [
      { path: sitePaths.home, kind: 'list', lastmod: newest([...publications, ...posts, ...news].map((d) => d.updatedAt)) },
      { path: sitePaths.publications, kind: 'list', lastmod: newest(publications.map((p) => p.updatedAt)) },
      { path: sitePaths.blog, kind: 'list', lastmod: newest(posts.map((p) => p.updatedAt)) },
      // Listed (and prerendered) even while empty: the page says so, and the nav links to it.
      { path: sitePaths.news, kind: 'list', lastmod: newest(news.map((n) => n.updatedAt)) },
      { path: sitePaths.talks, kind: 'list', lastmod: newest(talks.map((t) => t.updatedAt)) },
      { path: sitePaths.cv, kind: 'list', lastmod: newest([...publications, ...talks].map((d) => d.updatedAt)) },
      ...publications.map((p): SitePageEntry => ({ path: sitePaths.publication(p.slug), kind: 'publication', lastmod: p.updatedAt, documentId: p.documentId })),
      ...posts.map((p): SitePageEntry => ({ path: sitePaths.post(p.slug), kind: 'post', lastmod: p.updatedAt, documentId: p.documentId })),
      ...series.map((s): SitePageEntry => ({ path: sitePaths.series(s.slug), kind: 'series', lastmod: s.updatedAt, documentId: s.documentId })),
      ...tags.map((t): SitePageEntry => ({ path: sitePaths.tag(t.slug), kind: 'tag', lastmod: t.updatedAt, documentId: t.documentId })),
      ...(people.length > 0 ? [{ path: sitePaths.people, kind: 'list', lastmod: newest(people.map((p) => p.updatedAt)) } satisfies SitePageEntry] : []),
      ...people.map((p): SitePageEntry => ({ path: sitePaths.person(p.slug), kind: 'person', lastmod: p.updatedAt, documentId: p.documentId })),
    ];
  };
}
