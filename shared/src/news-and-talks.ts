/**
 * News items and talks as other sites receive them from the JSON API (/api/news-items,
 * /api/talks), with their envelopes. Kept beside entities.ts in a file of their own; the same
 * rules hold: zod is the single source, types are inferred, tests check real answers with these.
 */
import { z } from 'zod';
import { blogPostSchema, mediaSchema, publicationRefSchema } from './entities.js';
import { itemResponseSchema, listResponseSchema } from './responses.js';

/** What every localised document carries (ids, times, `locale` and `locales`), as posts have it. */
const documentBase = blogPostSchema.pick({ id: true, documentId: true, createdAt: true, updatedAt: true, publishedAt: true, locale: true, locales: true }).shape;
const isoDate = blogPostSchema.shape.date;

/** What kind of talk it was; the /talks page and the CV label each. */
export const TALK_KINDS = ['invited', 'contributed', 'poster', 'lecture'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

/** A post as a news item links it (the route populates only these fields). */
export const postRefSchema = blogPostSchema.pick({ id: true, documentId: true, title: true, slug: true, date: true, language: true });
export type PostRef = z.infer<typeof postRefSchema>;

export const newsItemSchema = z.object({
  ...documentBase,
  /** Markdown, as the owner wrote it. */
  body: z.string().min(1),
  /** The body rendered once at save time: sanitised HTML. */
  bodyHtml: z.string().nullable(),
  /** The body's first words as plain text (`newsHeadline`), computed at save time: a title where one is needed. */
  headline: z.string().nullable(),
  date: isoDate,
  publication: publicationRefSchema.nullable(),
  post: postRefSchema.nullable(),
});
export type NewsItem = z.infer<typeof newsItemSchema>;

export const talkSchema = z.object({
  ...documentBase,
  title: z.string().min(1),
  event: z.string().min(1),
  place: z.string().nullable(),
  date: isoDate,
  kind: z.enum(TALK_KINDS),
  abstract: z.string().nullable(),
  /** The slides uploaded to the media library (a PDF). */
  slides: mediaSchema.nullable().optional(),
  slidesUrl: z.string().url().nullable(),
  videoUrl: z.string().url().nullable(),
  eventUrl: z.string().url().nullable(),
  publication: publicationRefSchema.nullable(),
});
export type Talk = z.infer<typeof talkSchema>;

export const newsItemListSchema = listResponseSchema(newsItemSchema);
export const newsItemItemSchema = itemResponseSchema(newsItemSchema);
export const talkListSchema = listResponseSchema(talkSchema);
export const talkItemSchema = itemResponseSchema(talkSchema);

/** With `fields`: `id` and `documentId` always, everything else only when asked for (or populated). */
const newsItemSubset = newsItemSchema.partial().required({ id: true, documentId: true });
const talkSubset = talkSchema.partial().required({ id: true, documentId: true });
export const newsItemSubsetListSchema = listResponseSchema(newsItemSubset);
export const newsItemSubsetItemSchema = itemResponseSchema(newsItemSubset);
export const talkSubsetListSchema = listResponseSchema(talkSubset);
export const talkSubsetItemSchema = itemResponseSchema(talkSubset);

/**
 * A news item's Markdown as one line of plain text, at most `max` characters: its title where one
 * is needed (feed readers, link previews). Link targets, emphasis marks and math delimiters go;
 * the words stay.
 */
export function newsHeadline(markdown: string, max = 100): string {
  const plain = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/(\*\*|__|[*_`~$])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
