/**
 * The JSON outputs that are not Strapi envelopes: JSON Feed 1.1 and CSL-JSON. Only what the CMS
 * guarantees is required; both formats allow extensions, so further keys are accepted.
 * https://www.jsonfeed.org/version/1.1/ and https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 */
import { z } from 'zod';

const feedAuthorSchema = z.object({ name: z.string().optional(), url: z.string().optional() }).loose();

/** A JSON Feed 1.1 document (`/api/feeds/posts.json`). */
export const jsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string().min(1),
    home_page_url: z.string().optional(),
    feed_url: z.string().optional(),
    description: z.string().optional(),
    language: z.string().optional(),
    authors: z.array(feedAuthorSchema).optional(),
    items: z.array(
      z
        .object({
          id: z.string().min(1),
          url: z.string().optional(),
          title: z.string().optional(),
          content_html: z.string().optional(),
          content_text: z.string().optional(),
          summary: z.string().optional(),
          date_published: z.string().optional(),
          date_modified: z.string().optional(),
          authors: z.array(feedAuthorSchema).optional(),
          tags: z.array(z.string()).optional(),
        })
        .loose(),
    ),
  })
  .loose();
export type JsonFeed = z.infer<typeof jsonFeedSchema>;

/** CSL-JSON: a list of items, each with at least an id and a type (`…/citations/….json`). */
export const cslItemsSchema = z.array(z.object({ id: z.string().min(1), type: z.string().min(1), title: z.string().optional() }).loose());
export type CslItems = z.infer<typeof cslItemsSchema>;
