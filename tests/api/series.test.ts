/** cms/src/api/series over HTTP (plural route: /api/series-list). */
import { itemResponseSchema, seriesListSchema, seriesSchema, type Series } from '@homepage/shared';
import { describe, expect, it } from 'vitest';
import { describeDraftsStayPrivate } from '../support/drafts';
import { getPublic, getPublicData } from '../support/http';
import { SEED } from '../support/seed-file';

describe('series', () => {
  describe('find', () => {
    it('lists every seeded series, valid against seriesListSchema', async () => {
      const response = await getPublic('/api/series-list?pagination[pageSize]=100');
      expect(response.status).toBe(200);
      const { data } = seriesListSchema.parse(response.body);
      expect(data.map((s) => s.slug)).toEqual(expect.arrayContaining(SEED.series.map((s) => s.slug)));
    });
  });

  describe('findOne', () => {
    it('returns one series by documentId, valid against seriesSchema', async () => {
      const [guide] = await getPublicData<Series[]>('/api/series-list?filters[slug][$eq]=megatron-lm-practical-guide');
      const response = await getPublic(`/api/series-list/${guide.documentId}`);
      expect(response.status).toBe(200);
      expect(itemResponseSchema(seriesSchema).parse(response.body).data.slug).toBe('megatron-lm-practical-guide');
    });
  });

  describeDraftsStayPrivate({
    uid: 'api::series.series',
    route: '/api/series-list',
    fields: (marker) => ({ title: `Probe ${marker}`, slug: marker }),
  });
});
