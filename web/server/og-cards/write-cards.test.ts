/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import type { BlogPost, Profile, Publication } from '@homepage/shared';
import { cardOfPage } from './write-cards';

const profile = { name: 'Ruizhe Wang', nativeName: '王瑞哲' } as Profile;
const work = { slug: 'w', title: 'A paper', kind: 'preprint', venue: null, venueShort: 'arXiv 2024', year: 2024, authors: [] } as unknown as Publication;
const post = (locale: 'en' | 'zh', title: string) =>
  ({ slug: 'p', title, locale, date: '2025-03-01', readingMinutes: 4, tags: [] }) as unknown as BlogPost;
const SITE = 'https://example.org';

describe('write-cards', () => {
  describe('cardOfPage', () => {
    it('gives a publication page the card at /og/publications/<slug>.png', () => {
      const card = cardOfPage('/publications/w', 'publication', { 'publication:w': { data: work }, profile: { data: profile } }, SITE);
      expect(card?.path).toBe('/og/publications/w.png');
      expect(card?.content).toMatchObject({ title: 'A paper', details: ['arXiv 2024'], siteName: 'Ruizhe Wang · 王瑞哲', siteHost: 'example.org' });
    });

    it('leaves the English card to the English page: a publication’s Chinese page draws none', () => {
      expect(cardOfPage('/zh/publications/w', 'publication', { 'publication:w': { data: work } }, SITE)).toBeNull();
    });

    it('gives a translated post’s Chinese page a Chinese card of its own', () => {
      const card = cardOfPage('/zh/blog/p', 'post', { 'post:p@zh': { data: post('zh', '中文标题') }, 'profile@zh': { data: profile } }, SITE);
      expect(card?.path).toBe('/zh/og/blog/p.png');
      expect(card?.content).toMatchObject({ locale: 'zh', title: '中文标题', label: '博客文章', details: ['2025年3月1日', '阅读约 4 分钟'] });
    });

    it('draws no card for the Chinese page of an untranslated post (it shows the English one)', () => {
      expect(cardOfPage('/zh/blog/p', 'post', { 'post:p@zh': { data: post('en', 'English title') } }, SITE)).toBeNull();
    });

    it('draws no card for lists, tags and series', () => {
      expect(cardOfPage('/blog', 'list', {}, SITE)).toBeNull();
      expect(cardOfPage('/tags/t', 'tag', {}, SITE)).toBeNull();
    });
  });
});
