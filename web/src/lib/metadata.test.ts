import { describe, expect, it } from 'vitest';
import { author, post, work } from '../../test/fixtures';
import { jsonLdText, languageLinks, postJsonLd, publicationJsonLd, scholarMeta } from './metadata';

const fp4 = work('fp4-training', {
  title: 'Optimizing Large Language Model Training Using FP4 Quantization',
  authors: [author('Ruizhe Wang', { isOwner: true }), author('Yeyun Gong'), author('Xiao Liu')],
  venue: 'Proceedings of the 42nd International Conference on Machine Learning',
  date: '2025-01-28',
  arxivId: '2501.17116',
  links: [
    { id: 1, kind: 'arxiv', url: 'https://arxiv.org/abs/2501.17116', label: null },
    { id: 2, kind: 'pdf', url: 'https://arxiv.org/pdf/2501.17116', label: null },
  ],
});

function metaValues(tags: { name: string; content: string }[], name: string) {
  return tags.filter((tag) => tag.name === name).map((tag) => tag.content);
}

describe('lib/metadata', () => {
  describe('scholarMeta', () => {
    it('describes a conference paper with every author in order', () => {
      const tags = scholarMeta(fp4);
      expect(metaValues(tags, 'citation_title')).toEqual([fp4.title]);
      expect(metaValues(tags, 'citation_author')).toEqual(['Ruizhe Wang', 'Yeyun Gong', 'Xiao Liu']);
      expect(metaValues(tags, 'citation_publication_date')).toEqual(['2025/01/28']);
      expect(metaValues(tags, 'citation_conference_title')).toEqual([fp4.venue]);
      expect(metaValues(tags, 'citation_pdf_url')).toEqual(['https://arxiv.org/pdf/2501.17116']);
      expect(metaValues(tags, 'citation_arxiv_id')).toEqual(['2501.17116']);
    });

    it.each([
      ['journal-article', 'citation_journal_title'],
      ['technical-report', 'citation_technical_report_institution'],
      ['thesis', 'citation_dissertation_institution'],
    ] as const)('names the venue of a %s as %s', (kind, name) => {
      const tags = scholarMeta(work('x', { kind, venue: 'Somewhere' }));
      expect(metaValues(tags, name)).toEqual(['Somewhere']);
      expect(metaValues(tags, 'citation_conference_title')).toEqual([]);
    });

    it('falls back to the year when the date is unknown', () => {
      expect(metaValues(scholarMeta(work('y', { date: null, year: 2023 })), 'citation_publication_date')).toEqual(['2023']);
    });
  });

  describe('publicationJsonLd', () => {
    it('calls a technical report a Report and other works ScholarlyArticle', () => {
      expect(publicationJsonLd(work('r', { kind: 'technical-report' }), 'https://site.test/publications/r')['@type']).toBe('Report');
      expect(publicationJsonLd(fp4, 'https://site.test/publications/fp4-training')).toMatchObject({
        '@type': 'ScholarlyArticle',
        headline: fp4.title,
        datePublished: '2025-01-28',
        author: [{ '@type': 'Person', name: 'Ruizhe Wang' }, { '@type': 'Person', name: 'Yeyun Gong' }, { '@type': 'Person', name: 'Xiao Liu' }],
        sameAs: ['https://arxiv.org/abs/2501.17116'],
      });
    });
  });

  describe('postJsonLd', () => {
    it('describes a post as a BlogPosting in its language', () => {
      const data = postJsonLd(post('p', { language: 'zh', title: '标题' }), 'https://site.test/blog/p', { name: 'Ruizhe Wang', url: 'https://site.test/' });
      expect(data).toMatchObject({ '@type': 'BlogPosting', headline: '标题', inLanguage: 'zh', author: { name: 'Ruizhe Wang' } });
    });
  });

  describe('jsonLdText', () => {
    it('cannot close its script element', () => {
      const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
      expect(text).not.toContain('<');
      expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
    });
  });

  describe('languageLinks', () => {
    const site = 'https://site.test';

    it('links every page to its twin in each language, English as x-default', () => {
      expect(languageLinks(site, '/zh/publications')).toEqual({
        canonical: 'https://site.test/zh/publications',
        alternates: [
          { hreflang: 'en', href: 'https://site.test/publications' },
          { hreflang: 'zh', href: 'https://site.test/zh/publications' },
          { hreflang: 'x-default', href: 'https://site.test/publications' },
        ],
      });
      expect(languageLinks(site, '/').alternates.map((link) => link.href)).toEqual([
        'https://site.test/',
        'https://site.test/zh/',
        'https://site.test/',
      ]);
    });

    it('points the Chinese page of an untranslated post at the English one, with no alternates', () => {
      expect(languageLinks(site, '/zh/blog/a-post', ['en'], 'en')).toEqual({ canonical: 'https://site.test/blog/a-post', alternates: [] });
      expect(languageLinks(site, '/blog/a-post', ['en'], 'en')).toEqual({ canonical: 'https://site.test/blog/a-post', alternates: [] });
    });

    it('points the English page of a post written only in Chinese at the Chinese one', () => {
      expect(languageLinks(site, '/blog/a-post', ['zh'], 'zh').canonical).toBe('https://site.test/zh/blog/a-post');
    });
  });
});
