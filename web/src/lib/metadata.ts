/**
 * Machine-readable descriptions of pages: schema.org JSON-LD (https://schema.org) and the
 * Highwire-style tags Google Scholar reads (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing).
 */
import { DEFAULT_LOCALE, localeOfPath, pathInLocale, SITE_LOCALES, type BlogPost, type CoAuthor, type Profile, type Publication, type SiteLocale } from '@homepage/shared';
import { excerpt } from './format';

export type JsonLd = Record<string, unknown>;

export interface MetaTag {
  name: string;
  content: string;
}

const CONTEXT = 'https://schema.org';

/** Open Graph wants language_TERRITORY (https://ogp.me/#optional). */
export const OG_LOCALES: Record<SiteLocale, string> = { en: 'en_US', zh: 'zh_CN' };

export interface LanguageLinks {
  /** The URL search engines should index for this text. */
  canonical: string;
  /** `<link rel="alternate" hreflang>` to every language the text exists in, and `x-default`. */
  alternates: { hreflang: string; href: string }[];
}

/**
 * Canonical URL and hreflang alternates of the page at `path`, whose content exists in
 * `available` languages (every page's interface exists in all; a post only in those it is
 * translated into). A page in a language its content lacks shows the text it fell back to
 * (`fellBackTo`), so its canonical URL is that language's twin, and it is no alternate of its own.
 * https://developers.google.com/search/docs/specialty/international/localized-versions
 */
export function languageLinks(
  siteUrl: string,
  path: string,
  available: readonly SiteLocale[] = SITE_LOCALES,
  fellBackTo: SiteLocale = DEFAULT_LOCALE,
): LanguageLinks {
  const here = localeOfPath(path);
  const urlIn = (locale: SiteLocale) => `${siteUrl}${pathInLocale(path, locale)}`;
  const canonical = urlIn(available.includes(here) ? here : fellBackTo);
  if (available.length < 2) return { canonical, alternates: [] };
  const alternates: LanguageLinks['alternates'] = SITE_LOCALES.filter((locale) => available.includes(locale)).map((locale) => ({ hreflang: locale, href: urlIn(locale) }));
  const fallback = available.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : available[0];
  if (fallback) alternates.push({ hreflang: 'x-default', href: urlIn(fallback) });
  return { canonical, alternates };
}

export function personJsonLd(profile: Profile, siteUrl: string, imageUrl: string | null = null): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: profile.name,
    ...(profile.nativeName ? { alternateName: profile.nativeName } : {}),
    ...(profile.position ? { jobTitle: profile.position } : {}),
    ...(profile.bio ? { description: excerpt(profile.bio, 300) } : {}),
    url: `${siteUrl}/`,
    ...(imageUrl ? { image: imageUrl } : {}),
    affiliation: profile.affiliations.map((affiliation) => ({
      '@type': 'Organization',
      name: affiliation.name,
      ...(affiliation.url ? { url: affiliation.url } : {}),
    })),
    knowsAbout: profile.researchInterests.map((interest) => interest.label),
    sameAs: profile.links.filter((link) => /^https?:\/\//.test(link.url)).map((link) => link.url),
  };
}

/** A co-author's page: who they are, where their own page is, and the work shared with the owner. */
export function coAuthorJsonLd(person: CoAuthor, pageUrl: string, works: readonly Publication[], workUrl: (slug: string) => string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: person.name,
    url: pageUrl,
    ...(person.homepageUrl ? { sameAs: [person.homepageUrl] } : {}),
    ...(person.affiliation ? { affiliation: { '@type': 'Organization', name: person.affiliation } } : {}),
    subjectOf: works.map((work) => ({ '@type': 'ScholarlyArticle', headline: work.title, url: workUrl(work.slug) })),
  };
}

export function publicationJsonLd(work: Publication, pageUrl: string): JsonLd {
  const arxiv = work.arxivId ? `https://arxiv.org/abs/${work.arxivId}` : null;
  const doi = work.doi ? `https://doi.org/${work.doi}` : null;
  return {
    '@context': CONTEXT,
    '@type': work.kind === 'technical-report' ? 'Report' : 'ScholarlyArticle',
    headline: work.title,
    name: work.title,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    author: work.authors.map((author) => ({ '@type': 'Person', name: author.name })),
    datePublished: work.date ?? String(work.year),
    ...(work.abstract || work.summary ? { abstract: work.abstract ?? work.summary } : {}),
    ...(work.venue ? { isPartOf: { '@type': 'CreativeWork', name: work.venue } } : {}),
    ...(work.tags.length ? { keywords: work.tags.map((tag) => tag.name).join(', ') } : {}),
    ...(work.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: work.doi } } : {}),
    sameAs: [arxiv, doi].filter((url): url is string => url !== null),
  };
}

export function postJsonLd(post: BlogPost, pageUrl: string, author: { name: string; url: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BlogPosting',
    headline: post.title,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    datePublished: post.date,
    dateModified: post.updatedAt,
    inLanguage: post.language,
    author: { '@type': 'Person', name: author.name, url: author.url },
    ...(post.summary ? { description: post.summary } : {}),
    ...(post.tags.length ? { keywords: post.tags.map((tag) => tag.name).join(', ') } : {}),
    ...(post.series ? { isPartOf: { '@type': 'CreativeWorkSeries', name: post.series.title } } : {}),
    ...(post.wordCount ? { wordCount: post.wordCount } : {}),
    ...(post.originalUrl ? { sameAs: post.originalUrl } : {}),
  };
}

/** Where a page sits in the site, for search results' breadcrumb trail (https://schema.org/BreadcrumbList). */
export function breadcrumbJsonLd(trail: { name: string; url: string }[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    // schema.org wants a Thing as `item`; Google reads its @id as the crumb's URL.
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: { '@type': 'WebPage', '@id': crumb.url, name: crumb.name },
    })),
  };
}

/** `<meta name="citation_*">` tags for one work, authors in their published order. */
export function scholarMeta(work: Publication): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: work.title }];
  for (const author of work.authors) tags.push({ name: 'citation_author', content: author.name });
  tags.push({ name: 'citation_publication_date', content: work.date ? work.date.replaceAll('-', '/') : String(work.year) });
  const venue = work.venue ?? work.venueShort;
  switch (work.kind) {
    case 'conference-paper':
    case 'workshop-paper':
      if (venue) tags.push({ name: 'citation_conference_title', content: venue });
      break;
    case 'journal-article':
      if (venue) tags.push({ name: 'citation_journal_title', content: venue });
      break;
    case 'technical-report':
      if (venue) tags.push({ name: 'citation_technical_report_institution', content: venue });
      break;
    case 'thesis':
      if (venue) tags.push({ name: 'citation_dissertation_institution', content: venue });
      break;
    case 'preprint':
      break;
  }
  const pdf = work.links.find((link) => link.kind === 'pdf');
  if (pdf) tags.push({ name: 'citation_pdf_url', content: pdf.url });
  if (work.arxivId) tags.push({ name: 'citation_arxiv_id', content: work.arxivId });
  if (work.doi) tags.push({ name: 'citation_doi', content: work.doi });
  return tags;
}

/** JSON for a `<script type="application/ld+json">`; `<` is escaped so no text can close the tag. */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
