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
