import { describe, expect, it } from 'vitest';
import { fillEmptyFields, findSamePublication, normaliseTitle, ownerNameMatcher, readBibtexEntry } from '../../cms/src/bibtex';

const isOwner = ownerNameMatcher({ name: 'Ruizhe Wang', nativeName: '王瑞哲' });
const work = readBibtexEntry(`@inproceedings{k,
  author = {Lei Qu and Wang, Ruizhe}, title = {Elastic {MoE}},
  booktitle = {Proceedings of ICML 2026}, year = {2026},
  url = {https://example.org/paper.pdf}, eprint = {2512.13488}, archivePrefix = {arXiv}}`);

describe('bibtex/fill-publication', () => {
  describe('fillEmptyFields', () => {
    it('fills every empty field, ticking the owner among the authors', () => {
      expect(fillEmptyFields({}, work, isOwner)).toEqual({
        title: 'Elastic MoE',
        authors: [
          { name: 'Lei Qu', isOwner: false, equalContribution: false, corresponding: false },
          { name: 'Ruizhe Wang', isOwner: true, equalContribution: false, corresponding: false },
        ],
        venue: 'Proceedings of ICML 2026',
        venueShort: 'ICML 2026',
        year: 2026,
        kind: 'conference-paper',
        arxivId: '2512.13488',
        links: [
          { kind: 'pdf', url: 'https://example.org/paper.pdf' },
          { kind: 'arxiv', url: 'https://arxiv.org/abs/2512.13488' },
        ],
      });
    });

    it.each([
      ['title', 'My own title'],
      ['authors', [{ name: 'Only Me', isOwner: true }]],
      ['venue', 'My venue'],
      ['venueShort', 'Oral'],
      ['year', 2025],
      ['kind', 'workshop-paper'],
      ['arxivId', '2501.17116'],
      ['links', [{ kind: 'code', url: 'https://github.com/x/y' }]],
    ])('never overwrites a typed %s', (field, typed) => {
      const patch = fillEmptyFields({ [field]: typed }, work, isOwner);
      expect(patch).not.toHaveProperty(field);
      expect(Object.keys(patch).length).toBeGreaterThan(3);
    });

    it.each([[null], [''], ['   '], [[]]])('treats %j as empty', (empty) => {
      expect(fillEmptyFields({ title: empty }, work, isOwner).title).toBe('Elastic MoE');
    });

    // The admin's form starts the required author list with one blank author (and links likewise).
    it.each([
      [[{ id: 7, name: '', isOwner: false, equalContribution: false, corresponding: false }]],
      [[{ __temp_key__: 'a0', name: '   ', note: null }]],
    ])('fills an author list of blank entries %j', (blank) => {
      expect(fillEmptyFields({ authors: blank }, work, isOwner).authors?.map((author) => author.name)).toEqual(['Lei Qu', 'Ruizhe Wang']);
    });

    it('keeps an author list with one typed name among blank ones', () => {
      expect(fillEmptyFields({ authors: [{ name: '' }, { name: 'Typed Author' }] }, work, isOwner)).not.toHaveProperty('authors');
    });
  });

  describe('findSamePublication', () => {
    const existing = [
      { id: 1, doi: '10.1145/1', arxivId: null, title: 'Alpha' },
      { id: 2, doi: null, arxivId: '2501.17116', title: 'Beta' },
      { id: 3, doi: null, arxivId: null, title: 'Optimizing Large Language Model Training Using FP4 Quantization' },
    ];
    it.each([
      [{ doi: '10.1145/1', title: 'Other' }, 1, 'doi'],
      [{ doi: '10.1145/1', arxivId: '2501.17116' }, 1, 'doi'],
      [{ arxivId: '2501.17116v3', title: 'Other' }, 2, 'arxivId'],
      [{ title: 'Optimizing large language model training using {FP4} quantization.' }, 3, 'title'],
      [{ doi: '10.9999/none', arxivId: '2401.00001', title: 'Gamma' }, undefined, undefined],
    ])('matches %j to publication %s by %s', (candidate, id, by) => {
      const found = findSamePublication(existing, candidate);
      expect(found?.match.id).toBe(id);
      expect(found?.by).toBe(by);
    });

    it('normalises case, accents and punctuation in titles', () => {
      expect(normaliseTitle('Über-Fast: {BERT}s!')).toBe('uber fast berts');
    });
  });
});
