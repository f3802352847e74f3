import { describe, expect, it } from 'vitest';
import { MAX_NOTIFIED_CHANGES, rebuildRequestSchema, sitePagesResponseSchema } from './site-pages.js';
import { sitePaths } from './site-paths.js';

describe('site-pages', () => {
  describe('sitePaths', () => {
    it.each([
      [sitePaths.home, '/'],
      [sitePaths.publications, '/publications'],
      [sitePaths.blog, '/blog'],
      [sitePaths.publication('fp8-lm'), '/publications/fp8-lm'],
      [sitePaths.post('megatron-1'), '/blog/megatron-1'],
      [sitePaths.series('megatron'), '/series/megatron'],
      [sitePaths.tag('llm'), '/tags/llm'],
      [sitePaths.preview('blog-post', 'abc123'), '/preview/blog-post/abc123'],
    ])('builds %s', (built, expected) => {
      expect(built).toBe(expected);
    });

    it('keeps a route parameter, so the site’s router matches the addresses the CMS links to', () => {
      expect(sitePaths.post(':slug')).toBe('/blog/:slug');
    });
  });

  describe('sitePagesResponseSchema', () => {
    it('accepts the page list the CMS serves', () => {
      const list = { data: [{ path: sitePaths.post('a-post'), kind: 'post', lastmod: '2026-01-01T00:00:00.000Z' }] };
      expect(sitePagesResponseSchema.parse(list)).toEqual(list);
    });

    it.each([
      ['a path that is not absolute', { path: 'blog/a-post', kind: 'post', lastmod: null }],
      ['a path with a query', { path: '/blog?x=1', kind: 'list', lastmod: null }],
      ['an unknown kind', { path: '/blog/a-post', kind: 'page', lastmod: null }],
    ])('refuses %s', (_, page) => {
      expect(sitePagesResponseSchema.safeParse({ data: [page] }).success).toBe(false);
    });
  });

  describe('rebuildRequestSchema', () => {
    const change = { type: 'blog-post', documentId: 'abc', locale: 'en', action: 'publish' };

    it('accepts a notification without changes (render everything) and one with changes', () => {
      expect(rebuildRequestSchema.parse({ reason: 'ci' })).toEqual({ reason: 'ci' });
      expect(rebuildRequestSchema.parse({ changes: [change] }).changes).toEqual([change]);
    });

    it('refuses more changes than one notification carries', () => {
      const changes = Array.from({ length: MAX_NOTIFIED_CHANGES + 1 }, () => change);
      expect(rebuildRequestSchema.safeParse({ changes }).success).toBe(false);
    });
  });
});
