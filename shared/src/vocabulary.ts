/**
 * Closed lists of values the CMS schema and the SPA agree on.
 * The CMS's schema.json enumerations must list exactly these values (a test checks it).
 */

/** Kinds of scholarly work, as used in `?filters[kind][$eq]=technical-report`. */
export const PUBLICATION_KINDS = [
  'conference-paper',
  'journal-article',
  'preprint',
  'technical-report',
  'workshop-paper',
  'thesis',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** Human labels for publication kinds, singular and plural (section headings). */
export const PUBLICATION_KIND_LABELS: Record<PublicationKind, { one: string; many: string }> = {
  'conference-paper': { one: 'Conference paper', many: 'Conference papers' },
  'journal-article': { one: 'Journal article', many: 'Journal articles' },
  preprint: { one: 'Preprint', many: 'Preprints' },
  'technical-report': { one: 'Technical report', many: 'Technical reports' },
  'workshop-paper': { one: 'Workshop paper', many: 'Workshop papers' },
  thesis: { one: 'Thesis', many: 'Theses' },
};

/** Kinds of links attached to a publication. */
export const PUBLICATION_LINK_KINDS = [
  'arxiv',
  'pdf',
  'code',
  'project',
  'slides',
  'video',
  'poster',
  'blog',
  'doi',
  'other',
] as const;
export type PublicationLinkKind = (typeof PUBLICATION_LINK_KINDS)[number];

/** Kinds of contact and social links on the profile. */
export const CONTACT_LINK_KINDS = [
  'email',
  'scholar',
  'github',
  'zhihu',
  'x',
  'orcid',
  'linkedin',
  'cv',
  'blog',
  'homepage',
  'other',
] as const;
export type ContactLinkKind = (typeof CONTACT_LINK_KINDS)[number];

/**
 * The site's languages (BCP 47 tags, used for `lang` and `hreflang`): the interface comes in each,
 * and the CMS's i18n locales are these codes. The first is the default: content falls back to it.
 */
export const SITE_LOCALES = ['en', 'zh'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];
export const DEFAULT_LOCALE: SiteLocale = SITE_LOCALES[0];

export function isSiteLocale(value: unknown): value is SiteLocale {
  return typeof value === 'string' && (SITE_LOCALES as readonly string[]).includes(value);
}

/** Languages a blog post can be written in: a post's `language` is the locale of its version. */
export const POST_LANGUAGES = SITE_LOCALES;
export type PostLanguage = SiteLocale;

/**
 * The heavy fields a list of blog posts leaves out unless asked for with `fields` (`fields=*`):
 * one post by slug or documentId carries them. 25 long posts with both bodies weigh megabytes.
 */
export const BLOG_POST_LIST_OMITS = ['body', 'bodyHtml', 'toc'] as const;
