/** The list queries other sites need, with Strapi's own parameters. */
import type { BlogPost, Publication } from '@homepage/shared';
import { describe, expect, it } from 'vitest';
import { getPublic, getPublicData } from '../support/http';
import { createPublished, postFields, uniqueMarker } from '../support/published';

describe('queries', () => {
  describe('pagination', () => {
    it('defaults to 25 per page and allows at most 100', async () => {
      const list = await getPublic('/api/publications');
      expect((list.body as { meta: { pagination: { pageSize: number } } }).meta.pagination.pageSize).toBe(25);
      expect((await getPublic('/api/publications?pagination[pageSize]=100')).status).toBe(200);
      expect((await getPublic('/api/publications?pagination[pageSize]=101')).status).toBe(400);
    });
  });

  describe('publications', () => {
    it('filters by year and selected flag, sorted by date', async () => {
      const selected = await getPublicData<Publication[]>(
        '/api/publications?filters[selected][$eq]=true&filters[year][$eq]=2025&sort=date:desc',
      );
      expect(selected.map((p) => p.slug)).toEqual(['recycling-pretrained-checkpoints', 'matryoshka-moe', 'fp4-training']);
    });

    it('filters by tag', async () => {
      const tagged = await getPublicData<Publication[]>('/api/publications?filters[tags][slug][$eq]=quantization&sort=date:asc');
      expect(tagged.map((p) => p.slug)).toEqual(['fp8-lm', 'fp4-training']);
    });
  });

  describe('blog posts', () => {
    it('lists a series in order', async () => {
      const posts = await getPublicData<BlogPost[]>(
        '/api/blog-posts?filters[series][slug][$eq]=megatron-lm-practical-guide&sort=seriesPosition:asc',
      );
      expect(posts.map((p) => p.seriesPosition)).toEqual([0, 1, 2]);
    });

    it('searches titles and summaries, Chinese text included', async () => {
      const marker = uniqueMarker('search');
      await createPublished('api::blog-post.blog-post', postFields(marker, { language: 'zh', title: `低精度训练指南 ${marker}`, summary: '量化与缩放定律' }));
      const byTitle = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[$or][0][title][$containsi]=${encodeURIComponent('低精度')}&filters[$or][1][summary][$containsi]=${encodeURIComponent('低精度')}`);
      expect(byTitle.map((p) => p.slug)).toContain(marker);
      const bySummary = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[$or][0][title][$containsi]=${encodeURIComponent('缩放定律')}&filters[$or][1][summary][$containsi]=${encodeURIComponent('缩放定律')}`);
      expect(bySummary.map((p) => p.slug)).toEqual([marker]);
      const english = await getPublicData<BlogPost[]>('/api/blog-posts?filters[$or][0][title][$containsi]=megatron&filters[$or][1][summary][$containsi]=megatron');
      expect(english.length).toBe(3);
    });

    it('filters by language and date', async () => {
      const chinese = await getPublicData<BlogPost[]>('/api/blog-posts?filters[language][$eq]=zh');
      expect(chinese.every((p) => p.language === 'zh')).toBe(true);
      const since = await getPublicData<BlogPost[]>('/api/blog-posts?filters[date][$gte]=2026-01-01&filters[date][$lt]=2026-08-01&sort=date:asc');
      expect(since.map((p) => p.slug)).toEqual(['megatron-exp-2', 'analysis-moe-orthogonal-growth']);
    });
  });
});
