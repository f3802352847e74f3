/**
 * The public API against the contract in @homepage/shared, both ways: every response parses with
 * its schema, and the schema names every field the response serves (so a new field, private or
 * not, cannot reach the public unnoticed, and the SPA's types know all it receives).
 */
import {
  blogPostItemSchema,
  blogPostListSchema,
  itemResponseSchema,
  profileItemSchema,
  publicationItemSchema,
  publicationListSchema,
  seriesListSchema,
  seriesSchema,
  tagListSchema,
  tagSchema,
} from '@homepage/shared';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { undescribedKeys } from '../support/contract';
import { getPublic, getPublicData } from '../support/http';

interface Route {
  list: string;
  listSchema: z.ZodType;
  itemSchema: z.ZodType;
}

const COLLECTIONS: Route[] = [
  { list: '/api/publications', listSchema: publicationListSchema, itemSchema: publicationItemSchema },
  { list: '/api/blog-posts', listSchema: blogPostListSchema, itemSchema: blogPostItemSchema },
  { list: '/api/tags', listSchema: tagListSchema, itemSchema: itemResponseSchema(tagSchema) },
  { list: '/api/series-list', listSchema: seriesListSchema, itemSchema: itemResponseSchema(seriesSchema) },
];

describe('@homepage/shared', () => {
  describe('response schemas', () => {
    it.each(COLLECTIONS)('describe every field of $list, exactly', async ({ list, listSchema }) => {
      const response = await getPublic(`${list}?pagination[pageSize]=100`);
      expect(response.status).toBe(200);
      listSchema.parse(response.body);
      expect(undescribedKeys(listSchema, response.body)).toEqual([]);
    });

    it.each(COLLECTIONS)('describe every field of one document of $list, exactly', async ({ list, itemSchema }) => {
      const [first] = await getPublicData<{ documentId: string }[]>(list);
      const response = await getPublic(`${list}/${first.documentId}`);
      expect(response.status).toBe(200);
      itemSchema.parse(response.body);
      expect(undescribedKeys(itemSchema, response.body)).toEqual([]);
    });

    it('describe every field of /api/profile, exactly', async () => {
      const response = await getPublic('/api/profile');
      expect(response.status).toBe(200);
      profileItemSchema.parse(response.body);
      expect(undescribedKeys(profileItemSchema, response.body)).toEqual([]);
    });
  });
});
