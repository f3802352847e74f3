/** cms/src/api/tag over HTTP. */
import { tagListSchema, tagSchema, itemResponseSchema, type Tag } from '@homepage/shared';
import { describe, expect, it } from 'vitest';
import { describeDraftsStayPrivate } from '../support/drafts';
import { getPublic, getPublicData } from '../support/http';
import { SEED } from '../support/seed-file';

describe('tag', () => {
  describe('find', () => {
    it('lists every seeded tag, valid against tagListSchema', async () => {
      const response = await getPublic('/api/tags?pagination[pageSize]=100');
      expect(response.status).toBe(200);
      const { data } = tagListSchema.parse(response.body);
      expect(data.map((t) => t.slug)).toEqual(expect.arrayContaining(SEED.tags.map((t) => t.slug)));
    });
  });

  describe('findOne', () => {
    it('returns one tag by documentId, valid against tagSchema', async () => {
      const [quantization] = await getPublicData<Tag[]>('/api/tags?filters[slug][$eq]=quantization');
      const response = await getPublic(`/api/tags/${quantization.documentId}`);
      expect(response.status).toBe(200);
      expect(itemResponseSchema(tagSchema).parse(response.body).data.name).toBe('Quantization');
    });
  });

  describeDraftsStayPrivate({
    uid: 'api::tag.tag',
    route: '/api/tags',
    fields: (marker) => ({ name: marker, slug: marker }),
  });
});
