import { describe, expect, it } from 'vitest';
import { newsItemAnchor, sitePaths } from './site-paths';

describe('site-paths', () => {
  describe('newsItemAnchor', () => {
    it('starts with a letter, so it is a valid CSS id selector whatever the documentId', () => {
      expect(newsItemAnchor('1abc')).toBe('news-1abc');
    });
  });

  describe('sitePaths', () => {
    it('builds the pages of one work, post and co-author from their slugs', () => {
      expect(sitePaths.publication('a-paper')).toBe('/publications/a-paper');
      expect(sitePaths.post('a-post')).toBe('/blog/a-post');
      expect(sitePaths.person('jane-doe')).toBe('/people/jane-doe');
    });
  });
});
