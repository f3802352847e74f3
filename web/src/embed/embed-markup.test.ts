import { describe, expect, it } from 'vitest';
import type { EmbedResponse } from '@homepage/shared';
import { embedMarkup } from './embed-markup';

type EmbedData = EmbedResponse['data'];
const work = { title: 'FP4 training', url: 'https://site.test/publications/fp4', lang: 'en' as const, venue: 'ICML 2025', year: 2025, date: '2025-05-01' };

describe('embed/embed-markup', () => {
  describe('embedMarkup', () => {
    it('lists each item as a link in its own language, inside a block in the embed’s', () => {
      const data: EmbedData = { view: 'posts', locale: 'zh', more: 'https://site.test/zh/blog', items: [{ ...work, lang: 'en', venue: null, year: null }] };
      const html = embedMarkup(data);
      expect(html).toMatch(/^<div lang="zh"><ul part="list"><li part="item"><a part="link" href="https:\/\/site.test\/publications\/fp4" lang="en">FP4 training<\/a>/);
      expect(html).toContain('<span part="meta">2025-05-01</span>');
      expect(html).toContain('<a part="more" href="https://site.test/zh/blog">全部文章 →</a>');
    });

    it.each([
      ['ICML 2025', 2025, 'ICML 2025'],
      ['arXiv', 2024, 'arXiv 2024'],
      [null, 2023, '2023'],
    ])('shows venue %s and year %s as "%s"', (venue, year, meta) => {
      const html = embedMarkup({ view: 'publications', locale: 'en', more: 'https://site.test/publications', items: [{ ...work, venue, year }] });
      expect(html).toContain(`<span part="meta">${meta}</span>`);
    });

    it('escapes what the owner typed, so a title cannot add markup to another site’s page', () => {
      const html = embedMarkup({
        view: 'publications',
        locale: 'en',
        more: 'https://site.test/publications',
        items: [{ ...work, title: '<img src=x onerror=alert(1)> & "quotes"', url: 'https://site.test/p/"><script>' }],
      });
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    });
  });
});
