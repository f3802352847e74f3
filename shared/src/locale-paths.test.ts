import { describe, expect, it } from 'vitest';
import { localeOfPath, normalPath, pathInLocale, pathWithoutLocale } from './locale-paths.js';

describe('locale-paths', () => {
  describe('localeOfPath', () => {
    it.each([
      ['/', 'en'],
      ['/blog/a-post', 'en'],
      ['/zh', 'zh'],
      ['/zh/', 'zh'],
      ['/zh/blog/a-post', 'zh'],
      // Only a whole first segment is a language.
      ['/zhong/blog', 'en'],
      ['/blog/zh', 'en'],
    ])('%s is in %s', (path, locale) => {
      expect(localeOfPath(path)).toBe(locale);
    });
  });

  describe('pathInLocale', () => {
    it.each([
      ['/', 'zh', '/zh/'],
      ['/zh/', 'en', '/'],
      ['/zh', 'en', '/'],
      ['/blog/a-post', 'zh', '/zh/blog/a-post'],
      ['/zh/blog/a-post', 'en', '/blog/a-post'],
      ['/zh/blog/a-post', 'zh', '/zh/blog/a-post'],
      ['/publications?kind=preprint#2024', 'zh', '/zh/publications?kind=preprint#2024'],
      ['/zh/blog/?page=2', 'en', '/blog?page=2'],
      ['/blog/:slug', 'zh', '/zh/blog/:slug'],
    ] as const)('%s in %s is %s', (path, locale, expected) => {
      expect(pathInLocale(path, locale)).toBe(expected);
    });
  });

  it('strips the language, and spells each path one way', () => {
    expect(pathWithoutLocale('/zh/tags/x')).toBe('/tags/x');
    expect(pathWithoutLocale('/zh')).toBe('/');
    expect(normalPath('/zh')).toBe('/zh/');
    expect(normalPath('/blog/')).toBe('/blog');
    expect(normalPath('/')).toBe('/');
  });
});
