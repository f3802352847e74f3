import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useHead } from '@unhead/vue';
import { useRoute } from 'vue-router';
import { normalPath, oembedUrl, pathInLocale, type SiteLocale } from '@homepage/shared';
import { breadcrumbJsonLd, jsonLdText, languageLinks, OG_LOCALES, type JsonLd, type MetaTag } from '../lib/metadata';
import { siteConfig } from '../site-config';
import { useLocale } from './locale';

export interface PageHead {
  /** The page's own title; the site name is appended by the title template. */
  title: string;
  description?: string | null;
  type?: 'website' | 'article' | 'profile';
  /** The link-preview image (a URL, or with its size and alt text); the site's card when absent. */
  image?: string | SocialImage | null;
  jsonLd?: JsonLd | JsonLd[] | null;
  /** Extra `<meta name>` tags, in order (Google Scholar's repeat `citation_author`). */
  meta?: MetaTag[];
  /** Extra `<link>`s, such as the same post in another language. */
  links?: { rel: string; href: string; hreflang?: string; type?: string; title?: string }[];
  noindex?: boolean;
  /** The trail above this page (Home first, paths in English); the page itself is appended. */
  breadcrumbs?: { name: string; path: string }[];
  /**
   * The languages the page's content is written in (a post: those it is translated into); by
   * default every language, as the interface is. See `languageLinks` for what follows.
   */
  locales?: readonly SiteLocale[];
  /** The language of the content shown, when it fell back from the page's own. */
  contentLocale?: SiteLocale;
}

/** An image for link previews (`og:image`), with its size and a text alternative when known. */
export interface SocialImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

/**
 * Shown by link previews for pages without an image of their own (1200×630, web/public);
 * replace the file to change it.
 */
export const DEFAULT_SOCIAL_IMAGE = '/social-card.png';

/**
 * A publication's or post's own card (`sitePaths.publicationCard`, `postCard`), drawn at prerender
 * time (web/server/og-cards). `?v=` names the item's last change, so a crawler that cached the
 * card of an earlier version fetches it again after an edit.
 */
export function linkPreviewCard(path: string, updatedAt: string, alt: string): SocialImage {
  const version = Number.isNaN(Date.parse(updatedAt)) ? '' : `?v=${Date.parse(updatedAt).toString(36)}`;
  return { url: siteUrlOf(`${path}${version}`), width: 1200, height: 630, alt };
}

/**
 * The pages the CMS's oEmbed endpoint embeds (cms/src/api/oembed), by route name in any language
 * (`zh:post`): their discovery link lets WordPress embed a pasted link by itself.
 * https://oembed.com/#section4
 */
const EMBEDDABLE_ROUTES = new Set(['home', 'publications', 'publication', 'blog', 'post']);

/** Absolute URL of a path on this site (`/zh` → `…/zh/`, `/blog/` → `…/blog`). */
export function siteUrlOf(path: string): string {
  return `${siteConfig().siteUrl}${normalPath(path)}`;
}

/**
 * Title, description, canonical URL, Open Graph and Twitter cards and JSON-LD for one page.
 * `null` while the page's data is loading leaves the site-wide defaults in place.
 */
export function usePageHead(input: MaybeRefOrGetter<PageHead | null>): void {
  const route = useRoute();
  const { locale } = useLocale();
  const head = computed(() => toValue(input));
  useHead(() => {
    const page = head.value;
    if (!page) return {};
    const languages = languageLinks(siteConfig().siteUrl, route.path, page.locales, page.contentLocale);
    const canonical = languages.canonical;
    const alternates = page.noindex ? [] : languages.alternates;
    const description = page.description?.trim() || undefined;
    const property = (name: string, content: string | null | undefined) =>
      content ? [{ property: name, content, key: name }] : [];
    const named = (name: string, content: string | null | undefined) => (content ? [{ name, content, key: name }] : []);
    const image: SocialImage = typeof page.image === 'string' ? { url: page.image } : (page.image ?? { url: siteUrlOf(DEFAULT_SOCIAL_IMAGE), width: 1200, height: 630 });
    const size = (value: number | undefined) => (value ? String(value) : null);
    const embeddable = !page.noindex && EMBEDDABLE_ROUTES.has(String(route.name).replace(/^[a-z]+:/, ''));
    const trail = page.breadcrumbs
      ? breadcrumbJsonLd([
          ...page.breadcrumbs.map((crumb) => ({ name: crumb.name, url: siteUrlOf(pathInLocale(crumb.path, locale.value)) })),
          { name: page.title, url: siteUrlOf(route.path) },
        ])
      : null;
    return {
      title: page.title,
      link: [
        { rel: 'canonical', href: canonical, key: 'canonical' },
        ...alternates.map((link) => ({ rel: 'alternate', ...link, key: `hreflang:${link.hreflang}` })),
        ...(page.links ?? []).map((link, index) => ({ ...link, key: `page-link:${index}` })),
        ...(embeddable ? [{ rel: 'alternate', type: 'application/json+oembed', href: oembedUrl(siteConfig().cmsUrl, canonical), title: page.title, key: 'oembed' }] : []),
      ],
      meta: [
        ...named('description', description),
        ...named('robots', page.noindex ? 'noindex' : null),
        ...property('og:title', page.title),
        ...property('og:description', description),
        ...property('og:type', page.type ?? 'website'),
        ...property('og:url', canonical),
        ...property('og:locale', OG_LOCALES[locale.value]),
        ...alternates
          .filter((link) => link.hreflang !== 'x-default' && link.hreflang !== locale.value)
          .map((link) => ({ property: 'og:locale:alternate', content: OG_LOCALES[link.hreflang as SiteLocale], key: `og:locale:alternate:${link.hreflang}` })),
        ...property('og:image', image.url),
        ...property('og:image:width', size(image.width)),
        ...property('og:image:height', size(image.height)),
        ...property('og:image:alt', image.alt),
        ...named('twitter:card', 'summary_large_image'),
        ...named('twitter:title', page.title),
        ...named('twitter:description', description),
        ...named('twitter:image', image.url),
        ...named('twitter:image:alt', image.alt),
        // Keyed by position: unhead would otherwise keep only one tag per name. The key is also
        // written out as data-hid, which unhead puts on links and scripts but not on meta: it is
        // how the browser's head manager recognises a prerendered tag instead of adding another.
        ...(page.meta ?? []).map((tag, index) => ({ ...tag, key: `${tag.name}:${index}`, 'data-hid': `${tag.name}:${index}` })),
      ],
      script: [
        ...(page.jsonLd ? [{ type: 'application/ld+json', innerHTML: jsonLdText(page.jsonLd), key: 'jsonld' }] : []),
        ...(trail ? [{ type: 'application/ld+json', innerHTML: jsonLdText(trail), key: 'jsonld-breadcrumbs' }] : []),
      ],
    };
  });
}
