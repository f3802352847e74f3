import { describe, expect, it } from 'vitest';
import { fillEmptyFields, ownerNameMatcher, readBibtexEntry } from '.';

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
        // The entry gives a year only; the arXiv id shows the month the preprint came out.
        date: '2025-12-01',
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

    it('links the arXiv abstract and PDF of a Google Scholar preprint, and dates it by its arXiv id', () => {
      const preprint = readBibtexEntry('@article{k, title={T}, author={Wang, Ruizhe}, journal={arXiv preprint arXiv:2510.08008}, year={2025}}');
      expect(fillEmptyFields({}, preprint, isOwner)).toMatchObject({
        date: '2025-10-01',
        links: [
          { kind: 'arxiv', url: 'https://arxiv.org/abs/2510.08008' },
          { kind: 'pdf', url: 'https://arxiv.org/pdf/2510.08008' },
        ],
      });
    });

    it("prefers the entry's own PDF and keeps its page, adding the arXiv abstract", () => {
      const pmlr = readBibtexEntry(`@inproceedings{k, title={T}, booktitle={Proceedings of the 43rd International Conference on Machine Learning},
        year={2026}, eprint={2602.01234}, archivePrefix={arXiv}, pdf={https://proceedings.mlr.press/v300/k.pdf}, url={https://proceedings.mlr.press/v300/k.html}}`);
      expect(fillEmptyFields({}, pmlr, isOwner).links).toEqual([
        { kind: 'other', url: 'https://proceedings.mlr.press/v300/k.html', label: 'PMLR' },
        { kind: 'pdf', url: 'https://proceedings.mlr.press/v300/k.pdf' },
        { kind: 'arxiv', url: 'https://arxiv.org/abs/2602.01234' },
      ]);
    });
  });
});
