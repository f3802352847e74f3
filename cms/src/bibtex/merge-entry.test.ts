import { describe, expect, it } from 'vitest';
import { fieldsOfEntry, mergeEntry, ownerNameMatcher, readBibtexEntry, type SavedFields } from '.';

const isOwner = ownerNameMatcher({ name: 'Ruizhe Wang' });
const arxivEntry = readBibtexEntry(`@article{wang2026elastic,
  title={Elastic Experts for Sparse Pre-Training},
  author={Wang, Ruizhe and Qu, Lei},
  journal={arXiv preprint arXiv:2602.01234},
  year={2026}
}`);
const icmlEntry = readBibtexEntry(`@InProceedings{pmlr-v300-wang26a,
  title = {Elastic Experts for Sparse Pre-Training at Scale},
  author = {Wang, Ruizhe and Qu, Lei and Cheng, Peng},
  booktitle = {Proceedings of the 43rd International Conference on Machine Learning},
  year = {2026}, month = {12--18 Jul}, publisher = {PMLR},
  doi = {10.5555/icml.2026.42},
  url = {https://proceedings.mlr.press/v300/wang26a.html}
}`);

/** A preprint as a paste of `arxivEntry` saved it (with the ids the database adds to components). */
const savedPreprint = (): SavedFields => {
  const fields = fieldsOfEntry(arxivEntry, isOwner);
  return {
    ...fields,
    authors: fields.authors?.map((author, id) => ({ id, ...author })),
    links: [...(fields.links ?? []), { kind: 'code', url: 'https://github.com/x/elastic' }].map((link, id) => ({ id, ...link })),
  };
};

describe('bibtex/merge-entry', () => {
  describe('mergeEntry', () => {
    it('upgrades a preprint to its published version: venue, short venue, kind, year, DOI; arXiv id, title and date kept', () => {
      const patch = mergeEntry(savedPreprint(), icmlEntry, { previous: arxivEntry, isOwner });
      expect(patch).toMatchObject({
        venue: 'Proceedings of the 43rd International Conference on Machine Learning',
        venueShort: 'ICML 2026',
        kind: 'conference-paper',
        doi: '10.5555/icml.2026.42',
      });
      // Title (the first one stays), arXiv id and first public date (the preprint's month) unchanged.
      expect(patch).not.toHaveProperty('title');
      expect(patch).not.toHaveProperty('arxivId');
      expect(patch).not.toHaveProperty('date');
      // The author list came from the old paste, untouched: it follows the published version.
      expect(patch.authors?.map((author) => author.name)).toEqual(['Ruizhe Wang', 'Lei Qu', 'Peng Cheng']);
      // Links: arXiv, its PDF and the owner's code link kept; the proceedings page added.
      expect(patch.links?.map((link) => link.url)).toEqual([
        'https://arxiv.org/abs/2602.01234',
        'https://arxiv.org/pdf/2602.01234',
        'https://github.com/x/elastic',
        'https://proceedings.mlr.press/v300/wang26a.html',
      ]);
      expect(patch.links?.[2]).toMatchObject({ id: 2 });
    });

    it('upgrades a seeded preprint that never had BibTeX, keeping what the owner typed', () => {
      const seeded: SavedFields = {
        title: 'Elastic experts (typed)',
        kind: 'preprint',
        venue: 'arXiv preprint',
        venueShort: 'arXiv 2026',
        year: 2026,
        date: '2026-02-03',
        arxivId: '2602.01234',
        doi: '10.48550/arXiv.2602.01234',
        authors: [{ id: 1, name: 'Ruizhe Wang', isOwner: true, equalContribution: true, corresponding: false }],
        links: [{ id: 1, kind: 'arxiv', url: 'https://arxiv.org/abs/2602.01234' }],
      };
      const patch = mergeEntry(seeded, icmlEntry, { isOwner });
      expect(patch).toEqual({
        venue: 'Proceedings of the 43rd International Conference on Machine Learning',
        venueShort: 'ICML 2026',
        kind: 'conference-paper',
        // The publisher's DOI replaces arXiv's.
        doi: '10.5555/icml.2026.42',
        links: [
          { id: 1, kind: 'arxiv', url: 'https://arxiv.org/abs/2602.01234' },
          { kind: 'other', url: 'https://proceedings.mlr.press/v300/wang26a.html', label: 'PMLR' },
          { kind: 'pdf', url: 'https://arxiv.org/pdf/2602.01234' },
        ],
      });
    });

    it('clears a preprint\'s "arXiv 2026" when the published venue has no short name', () => {
      const journal = readBibtexEntry('@article{k, title={T}, author={Wang, Ruizhe}, journal={Journal of Obscure Results}, year={2027}}');
      expect(mergeEntry(savedPreprint(), journal, { previous: arxivEntry, isOwner })).toMatchObject({
        venue: 'Journal of Obscure Results',
        venueShort: null,
        kind: 'journal-article',
        year: 2027,
      });
    });

    it('never downgrades a published version with its preprint: only empty fields are filled', () => {
      const published: SavedFields = { ...fieldsOfEntry(icmlEntry, isOwner), summary: undefined } as SavedFields;
      expect(mergeEntry({ ...published, arxivId: '' }, arxivEntry, { previous: icmlEntry, isOwner })).toEqual({ arxivId: '2602.01234' });
    });

    it('lets a corrected paste of the same version change what the old paste filled, not what was typed', () => {
      const corrected = readBibtexEntry(`@article{wang2026elastic,
        title={Elastic Experts for Sparse Pre-Training (corrected)},
        author={Wang, Ruizhe and Qu, Lei and Hu, Qingguo},
        journal={arXiv preprint arXiv:2602.01234}, year={2026}}`);
      const saved = { ...savedPreprint(), venueShort: 'arXiv 2026 (typed)' };
      const patch = mergeEntry(saved, corrected, { previous: arxivEntry, isOwner });
      expect(patch.title).toBe('Elastic Experts for Sparse Pre-Training (corrected)');
      expect(patch.authors?.map((author) => author.name)).toEqual(['Ruizhe Wang', 'Lei Qu', 'Qingguo Hu']);
      expect(patch).not.toHaveProperty('venueShort');
    });

    it('keeps an author list the owner edited (a ticked equal contribution)', () => {
      const saved = savedPreprint();
      (saved.authors as { equalContribution: boolean }[])[1].equalContribution = true;
      expect(mergeEntry(saved, icmlEntry, { previous: arxivEntry, isOwner })).not.toHaveProperty('authors');
    });

    it('changes nothing when the same entry is pasted again', () => {
      expect(mergeEntry(savedPreprint(), arxivEntry, { previous: arxivEntry, isOwner })).toEqual({});
    });
  });
});
