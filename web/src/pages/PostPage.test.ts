import { afterEach, describe, expect, it } from 'vitest';
import type { BlogPost } from '@homepage/shared';
import { list, post } from '../../test/fixtures';
import { mountPage, type CmsAnswer } from '../../test/mount-page';

const series = { id: 1, documentId: 's', title: 'Megatron-LM Practical Guide', slug: 'megatron', description: null };
const parts = [
  post('megatron-0', { title: 'Part 0', series, seriesPosition: 0 }),
  post('megatron-1', { title: 'Part 1', series, seriesPosition: 1 }),
  post('megatron-2', { title: 'Part 2', series, seriesPosition: 2 }),
];

function cmsWith(posts: BlogPost[]): CmsAnswer {
  return (path) => {
    if (path.startsWith('/api/profile')) return { status: 200, data: { data: { name: 'Ruizhe Wang' }, meta: {} } };
    const slug = /filters\[slug\]\[\$eq\]=([^&]+)/.exec(path)?.[1];
    if (slug) return { status: 200, data: list(posts.filter((p) => p.slug === slug)) };
    if (path.includes('filters[series][slug][$eq]=megatron')) return { status: 200, data: list(parts) };
    return { status: 200, data: list([]) };
  };
}

describe('pages/PostPage', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('shows the summary and links to the original and Chinese versions while there is no body', async () => {
    const summaryOnly = post('analysis-fp4', {
      title: '5,000 words Analysis of FP4 Quantization',
      summary: 'Detailed paper interpretation.',
      originalUrl: 'https://mr-philo.github.io/posts/2025/05/analysis-fp4/',
      translationUrl: 'https://zhuanlan.zhihu.com/p/1910768186401466238',
    });
    const { wrapper } = await mountPage('/blog/analysis-fp4', cmsWith([summaryOnly]));
    expect(wrapper.find('main h1').text()).toBe('5,000 words Analysis of FP4 Quantization');
    expect(wrapper.find('.lede').text()).toBe('Detailed paper interpretation.');
    const original = wrapper.find('a[href="https://mr-philo.github.io/posts/2025/05/analysis-fp4/"]');
    expect(original.text()).toBe('Read on the original site');
    const chinese = wrapper.find('a[href="https://zhuanlan.zhihu.com/p/1910768186401466238"]');
    expect(chinese.text()).toBe('中文版');
    expect(chinese.attributes('lang')).toBe('zh');
    expect(wrapper.find('.prose').exists()).toBe(false);
  });

  it('renders the body with its table of contents and reading time once the CMS sends them', async () => {
    const rendered = post('rendered', {
      bodyHtml: '<h2 id="intro">Intro</h2><p>Body text.</p><h2 id="method">Method</h2>',
      toc: [
        { id: 'intro', text: 'Intro', level: 2 },
        { id: 'method', text: 'Method', level: 2 },
      ],
      readingMinutes: 7,
    });
    const { wrapper } = await mountPage('/blog/rendered', cmsWith([rendered]));
    expect(wrapper.find('.prose').html()).toContain('<p>Body text.</p>');
    expect(wrapper.findAll('.toc a').map((a) => a.attributes('href'))).toEqual(['#intro', '#method']);
    expect(wrapper.text()).toContain('7 min read');
  });

  it('links to the previous and next parts of a series', async () => {
    const { wrapper } = await mountPage('/blog/megatron-1', cmsWith(parts));
    expect(wrapper.find('a[rel="prev"]').attributes('href')).toBe('/blog/megatron-0');
    expect(wrapper.find('a[rel="next"]').attributes('href')).toBe('/blog/megatron-2');
    expect(wrapper.find('.series-nav').text()).toContain('Part 2 of 3');
  });

  it('shows the not-found page, marked noindex, for an unknown slug', async () => {
    const { wrapper } = await mountPage('/blog/no-such-post', cmsWith([]));
    expect(wrapper.find('main h1').text()).toBe('This post does not exist');
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('describes the post for search engines and social cards', async () => {
    const described = post('described', { title: 'Scaling laws', summary: 'A one-stop guide.', language: 'en' });
    await mountPage('/blog/described', cmsWith([described]));
    expect(document.title).toBe('Scaling laws · Ruizhe Wang');
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://site.test/blog/described');
    expect(document.head.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    const jsonLd = JSON.parse(document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'BlogPosting', headline: 'Scaling laws', author: { name: 'Ruizhe Wang' } });
  });

  describe('in Chinese (/zh/…)', () => {
    const hreflangs = () =>
      [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);

    it('asks for the Chinese version, and marks an English fallback with its own lang under a Chinese interface', async () => {
      const asked: string[] = [];
      const english = post('fallback', { title: 'Only in English', summary: 'English text.' });
      const answer = cmsWith([english]);
      const { wrapper } = await mountPage('/zh/blog/fallback', (path) => {
        asked.push(path);
        return answer(path);
      });
      expect(asked.some((path) => path.startsWith('/api/blog-posts') && path.includes('locale=zh'))).toBe(true);
      expect(document.documentElement.getAttribute('lang')).toBe('zh');
      expect(wrapper.find('article.post').attributes('lang')).toBe('en');
      expect(wrapper.find('article.post header').attributes('lang')).toBe('zh');
      expect(wrapper.find('.crumbs a').text()).toBe('博客');
      expect(wrapper.find('.crumbs a').attributes('href')).toBe('/zh/blog');
      expect(wrapper.find('time').text()).toBe('2025年5月30日');
      // The same text as the English page: that one is canonical, and no language twin is claimed.
      expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://site.test/blog/fallback');
      expect(hreflangs()).toEqual([]);
    });

    it('links a translated post to both of its languages', async () => {
      const translated = post('both', { title: '两种语言', language: 'zh', locale: 'zh', locales: ['en', 'zh'], translationUrl: 'https://zhuanlan.zhihu.com/p/1' });
      const { wrapper } = await mountPage('/zh/blog/both', cmsWith([translated]));
      expect(wrapper.find('article.post').attributes('lang')).toBe('zh');
      expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://site.test/zh/blog/both');
      // The site's own translation replaces the link to one elsewhere.
      expect(hreflangs()).toEqual([
        ['en', 'https://site.test/blog/both'],
        ['zh', 'https://site.test/zh/blog/both'],
        ['x-default', 'https://site.test/blog/both'],
      ]);
      expect(document.head.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('zh_CN');
    });

    it('answers an unknown slug with the not-found page in Chinese', async () => {
      const { wrapper } = await mountPage('/zh/blog/no-such-post', cmsWith([]));
      expect(wrapper.find('main h1').text()).toBe('这个文章不存在');
    });
  });
});
