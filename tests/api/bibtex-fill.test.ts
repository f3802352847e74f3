/**
 * cms/src/api/publication/fill-from-bibtex over the admin HTTP API: BibTeX pasted into a
 * publication fills its empty fields when saved, never what the owner typed, and unreadable
 * BibTeX is a 400 that saves nothing.
 */
import type { Publication } from '@homepage/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { getPublicData } from '../support/http';
import { uniqueMarker } from '../support/published';

const UID = 'api::publication.publication';
const admin = createAdminApi();
const created: string[] = [];
afterAll(async () => {
  for (const documentId of created) await admin.remove(UID, documentId);
});

/** A Google Scholar export of a made-up arXiv paper whose title carries `marker`. */
const scholarEntry = (marker: string, arxivId: string) => `@article{wang2026${marker.replace(/-/g, '')},
  title={Paper on {Sparse} training ${marker}},
  author={Hu, Qingguo and Wang, Ruizhe and M{\\"u}ller, Anna},
  journal={arXiv preprint arXiv:${arxivId}},
  year={2026}
}`;

/** POST to the content manager, returning the raw answer (the admin API helper throws on errors). */
const createRaw = (fields: Record<string, unknown>) => admin.raw('POST', UID, fields);

async function createDraft(fields: Record<string, unknown>): Promise<AdminDocument> {
  const draft = await admin.createDraft(UID, fields);
  created.push(draft.documentId);
  return draft;
}

describe('publication', () => {
  describe('fillPublicationsFromBibtex', () => {
    it('fills title, authors in order with the owner ticked, venue, year, date, kind, arXiv id, links and slug from pasted BibTeX alone', async () => {
      const marker = uniqueMarker('bib');
      const draft = await createDraft({ bibtex: scholarEntry(marker, '2601.00001') });

      expect(draft).toMatchObject({
        title: `Paper on Sparse training ${marker}`,
        venue: 'arXiv preprint',
        venueShort: 'arXiv 2026',
        year: 2026,
        kind: 'preprint',
        arxivId: '2601.00001',
        slug: `paper-on-sparse-training-${marker}`,
      });
      expect((draft.authors as { name: string; isOwner: boolean }[]).map((a) => [a.name, a.isOwner])).toEqual([
        ['Qingguo Hu', false],
        ['Ruizhe Wang', true],
        ['Anna Müller', false],
      ]);
      expect(draft.links).toMatchObject([
        { kind: 'arxiv', url: 'https://arxiv.org/abs/2601.00001' },
        { kind: 'pdf', url: 'https://arxiv.org/pdf/2601.00001' },
      ]);
      expect(draft.date).toBe('2026-01-01');

      await admin.publish(UID, draft.documentId);
      const [served] = await getPublicData<Publication[]>(`/api/publications?filters[documentId][$eq]=${draft.documentId}`);
      expect(served).toMatchObject({ title: `Paper on Sparse training ${marker}`, arxivId: '2601.00001', bibtex: scholarEntry(marker, '2601.00001') });
      expect(served.authors.find((a) => a.isOwner)?.name).toBe('Ruizhe Wang');
    });

    it('never overwrites what the owner typed', async () => {
      const marker = uniqueMarker('typed');
      const draft = await createDraft({
        title: `My own title ${marker}`,
        slug: marker,
        kind: 'conference-paper',
        venueShort: 'ICML 2026',
        authors: [{ name: 'Ruizhe Wang', isOwner: true, equalContribution: true, corresponding: false }],
        bibtex: scholarEntry(marker, '2601.00002'),
      });
      expect(draft).toMatchObject({
        title: `My own title ${marker}`,
        slug: marker,
        kind: 'conference-paper',
        venueShort: 'ICML 2026',
        venue: 'arXiv preprint', // empty before: filled
        year: 2026,
        arxivId: '2601.00002',
      });
      expect(draft.authors).toMatchObject([{ name: 'Ruizhe Wang', equalContribution: true }]);
    });

    it('fills the empty fields of an existing publication when BibTeX is pasted into it later', async () => {
      const marker = uniqueMarker('later');
      const draft = await createDraft({
        title: `Typed first ${marker}`,
        slug: marker,
        kind: 'journal-article',
        year: 2025,
        authors: [{ name: 'Ruizhe Wang', isOwner: true }],
      });
      const dblp = `@inproceedings{DBLP:conf/x/${marker},
        author = {Ruizhe Wang and Peng Cheng}, title = {Other title},
        booktitle = {Forty-third International Conference on Machine Learning, {ICML} 2026},
        year = {2026}, doi = {10.5555/${marker}}, url = {https://openreview.net/forum?id=${marker}}}`;
      const updated = await admin.updateDraft(UID, draft.documentId, { bibtex: dblp });
      expect(updated).toMatchObject({
        title: `Typed first ${marker}`,
        year: 2025,
        kind: 'journal-article',
        venueShort: 'ICML 2026',
        doi: `10.5555/${marker}`,
      });
      expect(updated.authors).toMatchObject([{ name: 'Ruizhe Wang' }]);
      expect(updated.links).toMatchObject([{ kind: 'other', url: `https://openreview.net/forum?id=${marker}` }]);
    });

    it.each([
      ['text that is not BibTeX', 'not bibtex at all', /BibTeX must start with an entry type and a key/],
      ['an unclosed entry', '@article{k, title={Broken', /BibTeX could not be read/],
      ['two entries', '@article{a, title={A}, year=2024}\n@article{b, title={B}, year=2024}', /holds 2 entries; paste exactly one/],
    ])('refuses %s with a 400 naming the problem, and saves nothing', async (_case, bibtex, message) => {
      const marker = uniqueMarker('badbib');
      const response = await createRaw({ title: `Bad ${marker}`, slug: marker, kind: 'preprint', year: 2026, bibtex });
      expect(response.status).toBe(400);
      const error = (response.body as { error: { name: string; message: string } }).error;
      expect(error.name).toBe('ValidationError');
      expect(error.message).toMatch(message);

      const list = await admin.raw('GET', `${UID}?filters[slug][$eq]=${marker}`);
      expect((list.body as { results: unknown[] }).results).toEqual([]);
    });
  });
});
