/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { embedPageHtml, isEmbedPage } from './embed-pages';

describe('server/embed-pages', () => {
  describe('isEmbedPage', () => {
    it.each([
      ['/embed/publications', true],
      ['/embed/posts/', true],
      ['/zh/embed/selected', true],
      ['/embed', false],
      ['/embed/v1.js', false],
      ['/embed/everything', false],
      ['/publications', false],
    ])('%s → %s', (path, framable) => {
      expect(isEmbedPage(path)).toBe(framable);
    });
  });

  describe('embedPageHtml', () => {
    it('shows the list without script, in a declarative shadow root, and opens links outside the frame', () => {
      const html = embedPageHtml({ view: 'publications', locale: 'zh', more: 'https://site.test/zh/publications', items: [] });
      expect(html).toMatch(/^<!DOCTYPE html><html lang="zh">/);
      expect(html).toContain('<base target="_blank">');
      expect(html).toContain('<homepage-works><template shadowrootmode="open"><style>');
      expect(html).toContain("type:'homepage-embed:resize'");
    });
  });
});
