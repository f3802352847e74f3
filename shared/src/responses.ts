/**
 * Strapi 5 REST envelopes: `{ data, meta }` with flat attributes and `documentId`.
 * https://docs.strapi.io/cms/api/rest
 */
import { z } from 'zod';
import { blogPostSchema, blogPostSummarySchema, coAuthorSchema, profileSchema, publicationSchema, seriesSchema, tagSchema } from './entities.js';

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});
export type Pagination = z.infer<typeof paginationSchema>;

/** Schema of a paginated list response for the given entity schema. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });
}

/** Schema of a single-document response for the given entity schema. */
export function itemResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: item, meta: z.object({}).loose() });
}

export interface ListResponse<T> {
  data: T[];
  meta: { pagination: Pagination };
}
export interface ItemResponse<T> {
  data: T;
  meta: Record<string, unknown>;
}

/** The error body Strapi sends with every 4xx/5xx. */
export const errorResponseSchema = z.object({
  data: z.null(),
  error: z.object({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const publicationListSchema = listResponseSchema(publicationSchema);
export const publicationItemSchema = itemResponseSchema(publicationSchema);
export const blogPostListSchema = listResponseSchema(blogPostSummarySchema);
export const blogPostItemSchema = itemResponseSchema(blogPostSchema);
export const tagListSchema = listResponseSchema(tagSchema);
export const seriesListSchema = listResponseSchema(seriesSchema);
export const profileItemSchema = itemResponseSchema(profileSchema);
export const tagItemSchema = itemResponseSchema(tagSchema);
export const seriesItemSchema = itemResponseSchema(seriesSchema);
export const coAuthorListSchema = listResponseSchema(coAuthorSchema);
export const coAuthorItemSchema = itemResponseSchema(coAuthorSchema);

/**
 * What a request with `fields` gets: `id` and `documentId` always, every other property only when
 * asked for (or populated by the route), so each is optional.
 */
const subset = {
  publication: publicationSchema.partial().required({ id: true, documentId: true }),
  blogPost: blogPostSchema.partial().required({ id: true, documentId: true }),
  tag: tagSchema.partial().required({ id: true, documentId: true }),
  series: seriesSchema.partial().required({ id: true, documentId: true }),
  profile: profileSchema.partial().required({ id: true, documentId: true }),
  coAuthor: coAuthorSchema.partial().required({ id: true, documentId: true }),
};
export const publicationSubsetListSchema = listResponseSchema(subset.publication);
export const publicationSubsetItemSchema = itemResponseSchema(subset.publication);
export const blogPostSubsetListSchema = listResponseSchema(subset.blogPost);
export const blogPostSubsetItemSchema = itemResponseSchema(subset.blogPost);
export const tagSubsetListSchema = listResponseSchema(subset.tag);
export const tagSubsetItemSchema = itemResponseSchema(subset.tag);
export const seriesSubsetListSchema = listResponseSchema(subset.series);
export const seriesSubsetItemSchema = itemResponseSchema(subset.series);
export const profileSubsetItemSchema = itemResponseSchema(subset.profile);
export const coAuthorSubsetListSchema = listResponseSchema(subset.coAuthor);
export const coAuthorSubsetItemSchema = itemResponseSchema(subset.coAuthor);
