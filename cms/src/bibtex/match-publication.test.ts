import { describe, expect, it } from 'vitest';
import { findSamePublication, normaliseTitle, readBibtexEntry, sameAuthor, sameWork, type Identified } from '.';

const recycling: Identified = {
  title: 'Recycling Pretrained Checkpoints: Orthogonal Growth of Mixture-of-Experts for Efficient Large Language Model Pre-Training',
  authors: [{ name: 'Ruizhe Wang' }, { name: 'Yucheng Ding' }],
  year: 2025,
  arxivId: '2510.08008',
  doi: null,
};

describe('bibtex/match-publication', () => {
  describe('sameWork', () => {
    it.each([
      ['the same DOI in another case and as a URL', { doi: '10.1145/3600006.3613145' }, { doi: 'https://doi.org/10.1145/3600006.3613145'.toUpperCase() }, 'doi'],
      ['an arXiv id in another version', { arxivId: '2510.08008' }, { arxivId: '2510.08008v3' }, 'arxivId'],
      ['the arXiv DOI of the arXiv id', { arxivId: '2310.18313' }, { doi: '10.48550/arXiv.2310.18313' }, 'arxivId'],
      ['two arXiv DOIs in different case', { doi: '10.48550/ARXIV.2512.13488' }, { doi: '10.48550/arxiv.2512.13488' }, 'arxivId'],
      [
        'the same title by the same first author a year later',
        { title: 'Optimizing Large Language Model Training Using FP4 Quantization', authors: ['Ruizhe Wang'], year: 2025 },
        { title: 'Optimizing large language model training using {FP4} quantization.', authors: [{ name: 'R. Wang' }], year: 2026 },
        'title',
      ],
      [
        'the same title by the first author written family name first',
        { title: 'Über-Fast MoE', authors: ['Wang Ruizhe'], year: 2025 },
        { title: 'Uber-fast MoE', authors: ['Ruizhe Wang'], year: 2025 },
        'title',
      ],
    ])('matches %s', (_case, a, b, by) => {
      expect(sameWork(a, b)).toBe(by);
      expect(sameWork(b, a)).toBe(by);
    });

    const published = { ...recycling, arxivId: null, doi: '10.5555/icml.a' };
    it.each([
      ['the same title by another first author', recycling, { ...recycling, arxivId: null, authors: [{ name: 'Yucheng Ding' }, { name: 'Ruizhe Wang' }] }],
      ['the same title and first author two years apart', recycling, { ...recycling, arxivId: null, year: 2027 }],
      ['the same title and first author with another arXiv id', recycling, { ...recycling, arxivId: '2601.00001' }],
      ['the same title and first author with another DOI (a journal extension)', published, { ...published, doi: '10.1109/tpami.b' }],
      ['another arXiv id with the same number in another year', recycling, { arxivId: '2410.08008' }],
      ['a title without its authors', recycling, { title: recycling.title }],
    ])('does not match %s', (_case, a, b) => {
      expect(sameWork(a, b)).toBeUndefined();
      expect(sameWork(b, a)).toBeUndefined();
    });
  });

  describe('sameAuthor', () => {
    it.each([
      ['Ruizhe Wang', 'R. Wang', true],
      ['Ruizhe Wang', 'Rui-Zhe Wang', true],
      ['Ruizhe Wang', 'Wang Ruizhe', true],
      ['José Müller', 'Jose Muller', true],
      ['王瑞哲', '王 瑞哲', true],
      ['Ruizhe Wang', 'Yeyun Gong', false],
      ['Ruizhe Wang', 'Lei Wang', false],
      ['王瑞哲', 'Ruizhe Wang', false],
    ])('%s and %s: %s', (a, b, same) => {
      expect(sameAuthor(a, b)).toBe(same);
    });
  });

  describe('findSamePublication', () => {
    const existing = [
      { id: 1, doi: '10.1145/1', arxivId: null, title: 'Alpha', authors: [{ name: 'A B' }], year: 2024 },
      { id: 2, doi: null, arxivId: '2501.17116', title: 'Beta', authors: [{ name: 'A B' }], year: 2025 },
      { id: 3, doi: null, arxivId: null, title: 'Optimizing Large Language Model Training Using FP4 Quantization', authors: [{ name: 'Ruizhe Wang' }], year: 2025 },
    ];
    it.each([
      [{ doi: '10.1145/1', title: 'Other' }, 1, 'doi'],
      [{ doi: '10.1145/1', arxivId: '2501.17116' }, 1, 'doi'],
      [{ arxivId: '2501.17116v3', title: 'Other' }, 2, 'arxivId'],
      [{ title: 'Optimizing large language model training using {FP4} quantization.', authors: ['R. Wang'], year: 2025 }, 3, 'title'],
      [{ title: 'Optimizing large language model training using {FP4} quantization.', authors: ['Peng Cheng'], year: 2025 }, undefined, undefined],
      [{ doi: '10.9999/none', arxivId: '2401.00001', title: 'Gamma' }, undefined, undefined],
    ])('matches %j to publication %s by %s', (candidate, id, by) => {
      const found = findSamePublication(existing, candidate);
      expect(found?.match.id).toBe(id);
      expect(found?.by).toBe(by);
    });

    it('finds the seeded paper from its pasted BibTeX (the issue: "Recycling Pretrained Checkpoints" twice)', () => {
      const pasted = readBibtexEntry(`@article{wang2025recycling,
        title={Recycling Pretrained Checkpoints: Orthogonal Growth of Mixture-of-Experts for Efficient Large Language Model Pre-Training},
        author={Wang, Ruizhe and Ding, Yucheng and Liu, Xiao}, journal={arXiv preprint arXiv:2510.08008}, year={2025}}`);
      expect(findSamePublication([{ documentId: 'seeded', ...recycling }], pasted)).toMatchObject({ match: { documentId: 'seeded' }, by: 'arxivId' });
    });

    it('normalises case, accents and punctuation in titles', () => {
      expect(normaliseTitle('Über-Fast: {BERT}s!')).toBe('uber fast berts');
    });
  });
});
