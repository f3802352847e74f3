import { afterEach, describe, expect, it } from 'vitest';
import { author, list, post, work } from '../../test/fixtures';
import { mountPage, type CmsAnswer } from '../../test/mount-page';

const fp4 = work('fp4-training', {
  title: 'Optimizing Large Language Model Training Using FP4 Quantization',
  authors: [
    author('Ruizhe Wang', { isOwner: true, equalContribution: true }),
    author('Yeyun Gong', { equalContribution: true }),
    author('Peng Cheng'),
  ],
  venue: 'Proceedings of the 42nd International Conference on Machine Learning',
  arxivId: '2501.17116',
  links: [{ id: 1, kind: 'pdf', url: 'https://arxiv.org/pdf/2501.17116', label: null }],
});
const discussion = post('analysis-fp4', { title: 'Analysis of FP4' });

const cms: CmsAnswer = (path) => {
  if (path.startsWith('/api/profile')) return { status: 200, data: { data: { name: 'Ruizhe Wang' }, meta: {} } };
  if (path.startsWith('/api/publications?filters[slug][$eq]=fp4-training')) return { status: 200, data: list([fp4]) };
  if (path.includes('filters[relatedPublications][slug][$eq]=fp4-training')) return { status: 200, data: list([discussion]) };
  return { status: 200, data: list([]) };
};

const metaContents = (name: string) =>
  [...document.head.querySelectorAll(`meta[name="${name}"]`)].map((node) => node.getAttribute('content'));

describe('pages/PublicationPage', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('shows authors with the owner highlighted and contribution marks explained', async () => {
    const { wrapper } = await mountPage('/publications/fp4-training', cms);
    expect(wrapper.find('main h1').text()).toBe(fp4.title);
    expect(wrapper.find('strong.owner').text()).toBe('Ruizhe Wang*');
    expect(wrapper.find('.legend').text()).toContain('equal contribution');
  });

  it('links the PDF, the BibTeX citation and the posts about the work', async () => {
    const { wrapper } = await mountPage('/publications/fp4-training', cms);
    expect(wrapper.find('a[href="https://arxiv.org/pdf/2501.17116"]').exists()).toBe(true);
    expect(wrapper.find('a[href="http://cms.test/api/citations/publications/fp4-training.bib"]').exists()).toBe(true);
    expect(wrapper.find('a[href="/blog/analysis-fp4"]').text()).toBe('Analysis of FP4');
  });

  it('offers the BibTeX inline, collapsed, without asking for it until opened', async () => {
    const asked: string[] = [];
    const { wrapper } = await mountPage('/publications/fp4-training', (path) => (asked.push(path), cms(path)));
    expect(wrapper.find('details.bibtex summary').text()).toBe('Cite as BibTeX');
    expect(asked.filter((path) => path.includes('/api/citations/'))).toEqual([]);
  });

  it('gives Google Scholar every author in order and the PDF', async () => {
    await mountPage('/publications/fp4-training', cms);
    expect(metaContents('citation_title')).toEqual([fp4.title]);
    expect(metaContents('citation_author')).toEqual(['Ruizhe Wang', 'Yeyun Gong', 'Peng Cheng']);
    expect(metaContents('citation_conference_title')).toEqual([fp4.venue]);
    expect(metaContents('citation_pdf_url')).toEqual(['https://arxiv.org/pdf/2501.17116']);
    expect(metaContents('citation_arxiv_id')).toEqual(['2501.17116']);
  });

  it('shows the not-found page for an unknown slug', async () => {
    const { wrapper } = await mountPage('/publications/no-such-work', cms);
    expect(wrapper.find('main h1').text()).toBe('This publication does not exist');
  });
});
