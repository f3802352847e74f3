/**
 * The public content model as other sites receive it from the JSON API.
 * Zod schemas are the single source: the TypeScript types are inferred from them,
 * and tests validate real responses of a running CMS against the same schemas.
 */
import { z } from 'zod';
import {
  CONTACT_LINK_KINDS,
  POST_LANGUAGES,
  SITE_LOCALES,
  PUBLICATION_KINDS,
  PUBLICATION_LINK_KINDS,
} from './vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2025-01-28');
const isoDateTime = z.string().datetime({ offset: true });

/** Fields every Strapi 5 document carries in REST responses. */
const documentBase = {
  id: z.number().int(),
  documentId: z.string().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
};

/**
 * What a document localised with the CMS's i18n adds: the language of the version served (the
 * one asked for with `locale`, or the default language when there is no translation) and every
 * language the document is published in, so a site can link the translations (hreflang).
 */
const localizedBase = {
  locale: z.enum(SITE_LOCALES),
  locales: z.array(z.enum(SITE_LOCALES)).min(1),
};

/** A media file as the upload plugin returns it (only the fields the site uses are required). */
export const mediaSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  url: z.string(),
  alternativeText: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  mime: z.string(),
  formats: z
    .record(z.string(), z.object({ url: z.string(), width: z.number(), height: z.number() }).loose())
    .nullable(),
}).loose();
export type Media = z.infer<typeof mediaSchema>;

export const tagSchema = z.object({
  ...documentBase,
  name: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullable(),
});
export type Tag = z.infer<typeof tagSchema>;

export const seriesSchema = z.object({
  ...documentBase,
  title: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullable(),
});
export type Series = z.infer<typeof seriesSchema>;

/** A tag as embedded in a publication or post (the route populates only these fields). */
export const tagRefSchema = tagSchema.pick({ id: true, documentId: true, name: true, slug: true, description: true });
export type TagRef = z.infer<typeof tagRefSchema>;

/** A series as embedded in a post. */
export const seriesRefSchema = seriesSchema.pick({ id: true, documentId: true, title: true, slug: true, description: true });
export type SeriesRef = z.infer<typeof seriesRefSchema>;

/** A co-author of the owner's works, public while a published work names them (issue 21). */
export const coAuthorSchema = z.object({
  ...documentBase,
  name: z.string().min(1),
  slug: z.string().min(1),
  /** The page the owner links for them; null until the owner adds one. */
  homepageUrl: z.string().url().nullable(),
  affiliation: z.string().nullable(),
  /** Other spellings of the name on author lists, one per line. */
  aliases: z.string().nullable(),
});
export type CoAuthor = z.infer<typeof coAuthorSchema>;

/** A person as embedded in a publication's author. */
export const coAuthorRefSchema = coAuthorSchema.pick({ id: true, documentId: true, name: true, slug: true });
export type CoAuthorRef = z.infer<typeof coAuthorRefSchema>;

export const authorSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  isOwner: z.boolean(),
  equalContribution: z.boolean(),
  corresponding: z.boolean(),
  /** The person page of a co-author; null for the owner. */
  person: coAuthorRefSchema.nullable().optional(),
});
export type Author = z.infer<typeof authorSchema>;

export const publicationLinkSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PUBLICATION_LINK_KINDS),
  url: z.string().url(),
  label: z.string().nullable(),
});
export type PublicationLink = z.infer<typeof publicationLinkSchema>;

export const publicationSchema = z.object({
  ...documentBase,
  title: z.string().min(1),
  slug: z.string().min(1),
  kind: z.enum(PUBLICATION_KINDS),
  authors: z.array(authorSchema),
  venue: z.string().nullable(),
  venueShort: z.string().nullable(),
  year: z.number().int(),
  date: isoDate.nullable(),
  summary: z.string().nullable(),
  abstract: z.string().nullable(),
  links: z.array(publicationLinkSchema),
  doi: z.string().nullable(),
  arxivId: z.string().nullable(),
  bibtex: z.string().nullable(),
  selected: z.boolean(),
  note: z.string().nullable(),
  tags: z.array(tagRefSchema),
  teaser: mediaSchema.nullable().optional(),
  /** Times cited, per OpenAlex, when the CMS's citation-count job is on; null until first fetched. */
  citationCount: z.number().int().min(0).nullable(),
  /** When `citationCount` was last fetched successfully. */
  citationCountUpdatedAt: isoDateTime.nullable(),
});
export type Publication = z.infer<typeof publicationSchema>;

/** A publication as embedded in a post's related works. */
export const publicationRefSchema = publicationSchema.pick({
  id: true,
  documentId: true,
  title: true,
  slug: true,
  kind: true,
  venueShort: true,
  year: true,
});
export type PublicationRef = z.infer<typeof publicationRefSchema>;

export const tocEntrySchema = z.object({ id: z.string(), text: z.string(), level: z.number().int().min(1).max(6) });
export type TocEntry = z.infer<typeof tocEntrySchema>;

export const blogPostSchema = z.object({
  ...documentBase,
  ...localizedBase,
  title: z.string().min(1),
  slug: z.string().min(1),
  summary: z.string().nullable(),
  body: z.string().nullable(),
  language: z.enum(POST_LANGUAGES),
  date: isoDate,
  featured: z.boolean(),
  seriesPosition: z.number().int().nullable(),
  originalUrl: z.string().url().nullable(),
  translationUrl: z.string().url().nullable(),
  tags: z.array(tagRefSchema),
  series: seriesRefSchema.nullable(),
  cover: mediaSchema.nullable().optional(),
  relatedPublications: z.array(publicationRefSchema),
  /** The body rendered once at save time: sanitised HTML with KaTeX math and highlighted code. */
  bodyHtml: z.string().nullable(),
  /** Headings of the rendered body (h2–h4), for a table of contents. */
  toc: z.array(tocEntrySchema).nullable(),
  /** Latin words plus CJK characters of the body. */
  wordCount: z.number().int().nullable(),
  readingMinutes: z.number().int().nullable(),
  /** True when the body shows math (the site loads KaTeX's stylesheet only then). */
  hasMath: z.boolean().nullable(),
});
export type BlogPost = z.infer<typeof blogPostSchema>;

/** A blog post as a list serves it by default: everything but the bodies and the contents. */
export const blogPostSummarySchema = blogPostSchema.omit({ body: true, bodyHtml: true, toc: true });
export type BlogPostSummary = z.infer<typeof blogPostSummarySchema>;

export const contactLinkSchema = z.object({
  id: z.number().int(),
  label: z.string().min(1),
  url: z.string().min(1),
  kind: z.enum(CONTACT_LINK_KINDS),
});
export type ContactLink = z.infer<typeof contactLinkSchema>;

export const personSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  url: z.string().nullable(),
  note: z.string().nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const affiliationSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  shortName: z.string().nullable(),
  url: z.string().nullable(),
});
export type Affiliation = z.infer<typeof affiliationSchema>;

export const educationSchema = z.object({
  id: z.number().int(),
  degree: z.string().min(1),
  institutions: z.string().min(1),
  advisors: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  note: z.string().nullable(),
});
export type Education = z.infer<typeof educationSchema>;

/** A job, research post or internship (the CV). `start`/`end` as the owner writes them; no `end` means ongoing. */
export const positionSchema = z.object({
  id: z.number().int(),
  title: z.string().min(1),
  organisation: z.string().min(1),
  place: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  note: z.string().nullable(),
});
export type Position = z.infer<typeof positionSchema>;

/** An award, honour, scholarship or grant (the CV); `date` is a year or a date as the owner writes it. */
export const awardSchema = z.object({
  id: z.number().int(),
  title: z.string().min(1),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  note: z.string().nullable(),
});
export type Award = z.infer<typeof awardSchema>;

/** Academic service (the CV): a role at a venue, in one or more years. */
export const serviceSchema = z.object({
  id: z.number().int(),
  role: z.string().min(1),
  venue: z.string().min(1),
  years: z.string().nullable(),
});
export type Service = z.infer<typeof serviceSchema>;

export const researchInterestSchema = z.object({
  id: z.number().int(),
  label: z.string().min(1),
});
export type ResearchInterest = z.infer<typeof researchInterestSchema>;

export const profileSchema = z.object({
  ...documentBase,
  ...localizedBase,
  name: z.string().min(1),
  nativeName: z.string().nullable(),
  position: z.string().nullable(),
  bio: z.string().nullable(),
  collaborationNote: z.string().nullable(),
  affiliations: z.array(affiliationSchema),
  advisors: z.array(personSchema),
  collaborators: z.array(personSchema),
  researchInterests: z.array(researchInterestSchema),
  links: z.array(contactLinkSchema),
  education: z.array(educationSchema),
  positions: z.array(positionSchema),
  awards: z.array(awardSchema),
  service: z.array(serviceSchema),
  avatar: mediaSchema.nullable().optional(),
});
export type Profile = z.infer<typeof profileSchema>;
