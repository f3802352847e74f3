/**
 * The embed: what other sites show of the owner's work with one tag (`<homepage-works>`, served by
 * the site at /embed/v1.js), the iframe pages at /embed/<view>, and the CMS's answer both read
 * (GET /api/embed/<view>, its shape in embed-response.ts). Names here are the public contract:
 * they appear in pasted snippets. No zod here: the element imports this and must stay tiny.
 */
import type { SiteLocale } from './vocabulary.js';

/** What an embed shows: the latest publications, the selected ones, or the latest posts. */
export const EMBED_VIEWS = ['publications', 'selected', 'posts'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export function isEmbedView(value: unknown): value is EmbedView {
  return typeof value === 'string' && (EMBED_VIEWS as readonly string[]).includes(value);
}

/**
 * What each view is called, in each site language: `title` names the list (the /embed/<view>
 * page, an oEmbed answer, the /embed page's choices), `more` is its link to the whole list on the
 * site, `link` the fallback link's text in a snippet.
 */
export const EMBED_LABELS: Record<SiteLocale, Record<EmbedView, { title: string; more: string; link: string }>> = {
  en: {
    publications: { title: 'Latest publications', more: 'All publications', link: 'Publications' },
    selected: { title: 'Selected publications', more: 'All publications', link: 'Publications' },
    posts: { title: 'Latest posts', more: 'All posts', link: 'Blog posts' },
  },
  zh: {
    publications: { title: '最新论文', more: '全部论文', link: '论文' },
    selected: { title: '代表作', more: '全部论文', link: '论文' },
    posts: { title: '最新文章', more: '全部文章', link: '博客文章' },
  },
};

/** Items one embed shows when `limit` is not given, and the most it may ask for. */
export const EMBED_LIMITS = { default: 5, max: 20 } as const;

/** The element's name, as pasted into other pages. */
export const EMBED_ELEMENT = 'homepage-works';

/**
 * The message an /embed/<view> page posts to the page that frames it whenever its height changes,
 * so the host can size the iframe: `{ type: 'homepage-embed:resize', height, path }`.
 */
export const EMBED_RESIZE_MESSAGE = 'homepage-embed:resize';

/** The oEmbed endpoint of a page (https://oembed.com/#section4): the CMS answers at `/oembed`. */
export function oembedUrl(cmsUrl: string, pageUrl: string): string {
  return `${cmsUrl.replace(/\/+$/, '')}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}
