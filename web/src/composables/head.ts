import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useHead } from '@unhead/vue';
import { useRoute } from 'vue-router';
import { jsonLdText, type JsonLd, type MetaTag } from '../lib/metadata';
import { siteConfig } from '../site-config';

export interface PageHead {
  /** The page's own title; the site name is appended by the title template. */
  title: string;
  description?: string | null;
  type?: 'website' | 'article' | 'profile';
  image?: string | null;
  jsonLd?: JsonLd | JsonLd[] | null;
  /** Extra `<meta name>` tags, in order (Google Scholar's repeat `citation_author`). */
  meta?: MetaTag[];
  /** Extra `<link>`s, such as the same post in another language. */
  links?: { rel: string; href: string; hreflang?: string; type?: string; title?: string }[];
  noindex?: boolean;
}

/** Absolute URL of a path on this site. */
export function siteUrlOf(path: string): string {
  return `${siteConfig().siteUrl}${path === '/' ? '/' : path.replace(/\/+$/, '')}`;
}

/**
 * Title, description, canonical URL, Open Graph and Twitter cards and JSON-LD for one page.
 * `null` while the page's data is loading leaves the site-wide defaults in place.
 */
export function usePageHead(input: MaybeRefOrGetter<PageHead | null>): void {
  const route = useRoute();
  const head = computed(() => toValue(input));
  const canonical = computed(() => siteUrlOf(route.path));
  useHead(() => {
    const page = head.value;
    if (!page) return {};
    const description = page.description?.trim() || undefined;
    const property = (name: string, content: string | null | undefined) =>
      content ? [{ property: name, content, key: name }] : [];
    const named = (name: string, content: string | null | undefined) => (content ? [{ name, content, key: name }] : []);
    return {
      title: page.title,
      link: [
        { rel: 'canonical', href: canonical.value, key: 'canonical' },
        ...(page.links ?? []).map((link, index) => ({ ...link, key: `page-link:${index}` })),
      ],
      meta: [
        ...named('description', description),
        ...named('robots', page.noindex ? 'noindex' : null),
        ...property('og:title', page.title),
        ...property('og:description', description),
        ...property('og:type', page.type ?? 'website'),
        ...property('og:url', canonical.value),
        ...property('og:image', page.image),
        ...named('twitter:card', page.image ? 'summary_large_image' : 'summary'),
        ...named('twitter:title', page.title),
        ...named('twitter:description', description),
        // Keyed by position: unhead would otherwise keep only one tag per name.
        ...(page.meta ?? []).map((tag, index) => ({ ...tag, key: `${tag.name}:${index}` })),
      ],
      script: page.jsonLd
        ? [{ type: 'application/ld+json', innerHTML: jsonLdText(page.jsonLd), key: 'jsonld' }]
        : [],
    };
  });
}
