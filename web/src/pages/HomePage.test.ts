import { describe, expect, it } from 'vitest';
import type { NewsItem, Profile } from '@homepage/shared';
import { list, post, profile, work } from '../../test/fixtures';
import { mountPage, type CmsAnswer } from '../../test/mount-page';

const LONG_SUMMARY =
  'We propose the first FP4 training framework for LLMs, introducing Differentiable Gradient Estimation and Outlier Clamp and Compensation to address quantization challenges. It reaches BF16 quality.';
const fp4 = work('fp4-training', { title: 'Optimizing LLM Training Using FP4 Quantization', summary: LONG_SUMMARY, venueShort: 'ICML 2025', selected: true });
const report = work('fp8-lm', { title: 'FP8-LM', kind: 'technical-report', venueShort: 'arXiv', year: 2023, summary: 'A framework. More.' });

const news: NewsItem = {
  id: 1,
  documentId: 'n1',
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
  publishedAt: '2026-11-20T00:00:00.000Z',
  locale: 'en',
  locales: ['en'],
  body: 'Our paper was accepted at **ICML 2025**.',
  bodyHtml: '<p>Our paper was accepted at <strong>ICML 2025</strong>.</p>',
  headline: 'Our paper was accepted at ICML 2025.',
  date: '2026-11-20',
  publication: { id: 2, documentId: 'w', title: fp4.title, slug: fp4.slug, kind: fp4.kind, venueShort: fp4.venueShort, year: fp4.year },
  post: null,
};

function cms(owner: Profile, newsItems: NewsItem[] = []): CmsAnswer {
  return (path) => {
    if (path.startsWith('/api/news-items')) return { status: 200, data: list(newsItems) };
    if (path.startsWith('/api/profile')) return { status: 200, data: { data: owner, meta: {} } };
    if (path.startsWith('/api/publications')) return { status: 200, data: list(path.includes('[kind][$eq]=technical-report') ? [report] : [fp4]) };
    if (path.startsWith('/api/blog-posts')) return { status: 200, data: list([post('analysis-fp4', { title: 'FP4 analysis', featured: true })]) };
    return { status: 200, data: list([]) };
  };
}

const avatar = { id: 1, documentId: 'a', url: '/uploads/portrait.png', alternativeText: null, width: 400, height: 400, mime: 'image/png', formats: null };

describe('pages/HomePage', () => {
  describe('the portrait', () => {
    it("shows the owner's initials, hidden from screen readers, when no portrait is uploaded", async () => {
      const { wrapper } = await mountPage('/', cms(profile()));
      const placeholder = wrapper.find('.portrait');
      expect(placeholder.element.tagName).toBe('SPAN');
      expect(placeholder.text()).toBe('RW');
      expect(placeholder.attributes('aria-hidden')).toBe('true');
      expect(wrapper.find('main h1').text()).toContain('Ruizhe Wang');
    });

    it('shows the uploaded portrait from the CMS, described in the page’s language', async () => {
      const { wrapper } = await mountPage('/zh/', cms(profile({ avatar })));
      const image = wrapper.find('img.portrait');
      expect(image.attributes()).toMatchObject({ src: 'http://cms.test/uploads/portrait.png', alt: 'Ruizhe Wang的照片' });
      expect(wrapper.find('span.portrait').exists()).toBe(false);
    });
  });

  describe('the lists', () => {
    it('shows each work with its venue and year and the first sentence of its summary, not all of it', async () => {
      const { wrapper } = await mountPage('/', cms(profile()));
      const works = wrapper.findAll('section[aria-labelledby="publications"] article, section[aria-labelledby="reports"] article');
      expect(works.map((article) => [article.find('h3').text(), article.find('.badge').text(), article.find('.summary').text()])).toEqual([
        [fp4.title, 'ICML 2025', 'We propose the first FP4 training framework for LLMs, introducing Differentiable Gradient Estimation and Outlier Clamp…'],
        ['FP8-LM', 'arXiv 2023', 'A framework.'],
      ]);
      expect(wrapper.text()).not.toContain(LONG_SUMMARY);
    });

    it.each([
      ['/', '/publications', '/blog'],
      ['/zh/', '/zh/publications', '/zh/blog'],
    ])('links %s to the full lists in its language', async (path, publications, blog) => {
      const { wrapper } = await mountPage(path, cms(profile()));
      const more = wrapper.findAll('.more a').map((link) => link.attributes('href'));
      expect(more).toEqual([publications, blog]);
    });
  });

  describe('the news', () => {
    it('shows the latest news with the paper it is about, and a link to all of it in the page’s language', async () => {
      const { wrapper } = await mountPage('/zh/', cms(profile(), [news]));
      const section = wrapper.find('section[aria-labelledby="news"]');
      expect(section.find('h2').text()).toBe('动态');
      expect(section.find('strong').text()).toBe('ICML 2025');
      expect(section.find('.about a').attributes('href')).toBe(`/zh/publications/${fp4.slug}`);
      expect(section.find('.more a').attributes('href')).toBe('/zh/news');
    });

    it('leaves the section out while the owner has no news', async () => {
      const { wrapper } = await mountPage('/', cms(profile()));
      expect(wrapper.find('section[aria-labelledby="news"]').exists()).toBe(false);
      expect(wrapper.text()).not.toContain('All news');
    });
  });
});
