import { describe, expect, it } from 'vitest';
import { ownerNameMatcher } from '../bibtex';
import type { WorkRecord } from '../work-discovery/work-record';
import { draftOfRecord, renamedFields } from './record-publication';
import { readSources, readWorkRecord } from './stored-candidate';

const isOwner = ownerNameMatcher({ name: 'Ruizhe Wang', nativeName: '王瑞哲' });

const record = (extra: Partial<WorkRecord> = {}): WorkRecord => ({
  title: 'Elastic MoE Training',
  authors: [
    { name: 'Lei Qu', isOwner: false },
    { name: 'R. Wang', isOwner: false },
  ],
  year: 2026,
  date: null,
  venue: null,
  venueShort: null,
  kind: 'preprint',
  doi: null,
  arxivId: '2512.13488',
  abstract: null,
  url: null,
  ids: {},
  ...extra,
});

describe('work-review/record-publication', () => {
  describe('draftOfRecord', () => {
    it('fills a preprint as its arXiv BibTeX would: arXiv venue and short venue, first public date, arXiv links, the owner ticked', () => {
      const draft = draftOfRecord(record(), isOwner);
      expect(draft).toMatchObject({
        title: 'Elastic MoE Training',
        kind: 'preprint',
        venue: 'arXiv preprint',
        venueShort: 'arXiv 2026',
        year: 2026,
        date: '2025-12-01',
        arxivId: '2512.13488',
        links: [
          { kind: 'arxiv', url: 'https://arxiv.org/abs/2512.13488' },
          { kind: 'pdf', url: 'https://arxiv.org/pdf/2512.13488' },
        ],
      });
      expect(draft.authors?.map((a) => [a.name, a.isOwner])).toEqual([
        ['Lei Qu', false],
        ['R. Wang', true],
      ]);
      expect(draft.bibtex).toMatch(/^@misc\{qu2026elastic,\n {2}title = \{Elastic \{MoE\} Training\},/);
    });

    it.each([
      ['conference-paper', 'Advances in Neural Information Processing Systems', 'NeurIPS 2026', /^@inproceedings/],
      ['journal-article', 'Journal of Machine Learning Research', 'JMLR 2026', /^@article/],
      ['workshop-paper', 'ICML 2026 Workshop on Efficient Systems', undefined, /^@inproceedings/],
    ] as const)('keeps the kind %s and gives "%s" its short venue', (kind, venue, short, entry) => {
      const draft = draftOfRecord(record({ kind, venue, doi: '10.5555/x.1', url: 'https://example.org/paper' }), isOwner);
      expect(draft).toMatchObject({ kind, venue, doi: '10.5555/x.1' });
      if (short) expect(draft.venueShort).toBe(short);
      expect(draft.bibtex).toMatch(entry);
      expect(draft.links?.map((l) => l.kind)).toEqual(['other', 'arxiv', 'pdf', 'doi']);
    });

    it("keeps the source's word that an author is the owner, and the source's short venue", () => {
      const draft = draftOfRecord(record({ authors: [{ name: 'Someone Else', isOwner: true }], venueShort: 'Custom 26' }), isOwner);
      expect(draft.authors?.[0].isOwner).toBe(true);
      expect(draft.venueShort).toBe('Custom 26');
    });
  });
});

describe('work-review/stored-candidate', () => {
  describe('readWorkRecord', () => {
    it.each([
      [null, 'not an object'],
      [{ authors: [{ name: 'A' }], year: 2026 }, 'no title'],
      [{ title: 'T', authors: [], year: 2026 }, 'names no authors'],
      [{ title: 'T', authors: ['A B'] }, 'has no year'],
    ])('refuses %j: %s', (value, message) => {
      expect(() => readWorkRecord(value)).toThrow(message);
    });

    it('normalises what it keeps: DOI without its resolver, arXiv id without version, unknown kind as preprint', () => {
      expect(
        readWorkRecord({ title: ' T ', authors: ['A B', { name: 'C', isOwner: true }, 7], date: '2025-03-04', kind: 'poem', doi: 'https://doi.org/10.1/ABC', arxivId: '2503.00001v3', url: 'ftp://x' }),
      ).toMatchObject({ title: 'T', authors: [{ name: 'A B', isOwner: false }, { name: 'C', isOwner: true }], year: 2025, kind: 'preprint', doi: '10.1/abc', arxivId: '2503.00001', url: null });
    });
  });

  describe('readSources', () => {
    it('keeps sources it can link: a known source with an http(s) address', () => {
      expect(
        readSources([
          { source: 'dblp', id: 'conf/x', url: 'https://dblp.org/rec/conf/x' },
          { source: 'dblp', id: 'y', url: 'javascript:alert(1)' },
          { source: 'scholar', id: 'z', url: 'https://scholar.google.com' },
          'openalex',
        ]),
      ).toEqual([{ source: 'dblp', id: 'conf/x', url: 'https://dblp.org/rec/conf/x' }]);
    });
  });
});

describe('renamedFields (Accept of a published version with a new title)', () => {
  it('takes the published title and keeps the earlier one in an empty note', () => {
    expect(renamedFields({ title: 'Recycling Checkpoints', note: null }, 'Beyond Sunk Costs')).toEqual({
      title: 'Beyond Sunk Costs',
      note: 'First released as “Recycling Checkpoints”',
    });
  });

  it('never overwrites a note the owner wrote', () => {
    expect(renamedFields({ title: 'Recycling Checkpoints', note: 'Accepted at ICML 2026 as “Beyond Sunk Costs”' }, 'Beyond Sunk Costs')).toEqual({ title: 'Beyond Sunk Costs' });
  });

  it('changes nothing when the title is the same', () => {
    expect(renamedFields({ title: 'Same Title', note: null }, ' Same Title ')).toEqual({});
  });
});
