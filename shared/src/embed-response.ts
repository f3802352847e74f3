/** What GET /api/embed/<view> answers (see embed.ts): validated by the prerenderer and the tests. */
import { z } from 'zod';
import { EMBED_VIEWS } from './embed.js';
import { SITE_LOCALES } from './vocabulary.js';

export const embedItemSchema = z.object({
  title: z.string(),
  /** The item's page on the site (absolute URL). */
  url: z.string().url(),
  /** The language the title is in (a post not translated keeps its own). */
  lang: z.enum(SITE_LOCALES),
  /** Venue and year of a publication, or the date of a post (ISO 8601). */
  venue: z.string().nullable(),
  year: z.number().int().nullable(),
  date: z.string().nullable(),
});
export type EmbedItem = z.infer<typeof embedItemSchema>;

export const embedResponseSchema = z.object({
  data: z.object({
    view: z.enum(EMBED_VIEWS),
    locale: z.enum(SITE_LOCALES),
    /** The site's page listing everything of this view (absolute URL): the "all …" link. */
    more: z.string().url(),
    items: z.array(embedItemSchema),
  }),
});
export type EmbedResponse = z.infer<typeof embedResponseSchema>;

/** What GET /oembed answers: a `rich` oEmbed 1.0 response (https://oembed.com/#section2.3). */
export const oembedResponseSchema = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  author_name: z.string().optional(),
  author_url: z.string().url().optional(),
  provider_name: z.string(),
  provider_url: z.string().url(),
  /** The iframe of the page's `/embed/<view>` list, sized to fit `maxwidth` and `maxheight`. */
  html: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  cache_age: z.number().int().nonnegative().optional(),
});
export type OembedResponse = z.infer<typeof oembedResponseSchema>;
