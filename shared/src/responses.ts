/**
 * Strapi 5 REST envelopes: `{ data, meta }` with flat attributes and `documentId`.
 * https://docs.strapi.io/cms/api/rest
 */
import { z } from 'zod';
import { blogPostSchema, blogPostSummarySchema, profileSchema, publicationSchema, seriesSchema, tagSchema } from './entities.js';

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
