/**
 * One embed view as a short list of titles and links to the site: the fields an embed shows and
 * nothing else, so the answer stays a few hundred bytes on a stranger's page. Published content
 * only (public-read/published-content.ts).
 */
import { DEFAULT_LOCALE, pathInLocale, sitePaths, type EmbedResponse, type EmbedView, type PublicationKind, type SiteLocale } from '@homepage/shared';
import type { PublishedContent } from '../../../public-read/published-content';

export interface EmbedQuery {
  view: EmbedView;
  limit: number;
  locale: SiteLocale;
  tag?: string;
  kind?: PublicationKind;
}

/** The site's page that lists everything of a view: the embed's "all …" link. */
export function viewListPath(view: EmbedView, tag: string | undefined): string {
  if (tag) return sitePaths.tag(tag);
  return view === 'posts' ? sitePaths.blog : sitePaths.publications;
}

export async function embedList(content: PublishedContent, siteUrl: string, query: EmbedQuery): Promise<EmbedResponse['data']> {
  const { view, limit, locale, tag, kind } = query;
  const onSite = (path: string) => `${siteUrl}${pathInLocale(path, locale)}`;
  const items: EmbedResponse['data']['items'] =
    view === 'posts'
      ? (await content.posts({ tag }, limit, locale)).map((post) => ({
          title: post.title,
          url: onSite(sitePaths.post(post.slug)),
          lang: post.locale,
          venue: null,
          year: null,
          date: post.date,
        }))
      : (await content.publications({ tag, kind, ...(view === 'selected' ? { selected: true } : {}) }, limit)).map((work) => ({
          title: work.title,
          url: onSite(sitePaths.publication(work.slug)),
          // Publications are not translated: their titles are in the site's default language.
          lang: DEFAULT_LOCALE,
          venue: work.venueShort || work.venue,
          year: work.year,
          date: work.date,
        }));
  return { view, locale, more: onSite(viewListPath(view, tag)), items };
}
