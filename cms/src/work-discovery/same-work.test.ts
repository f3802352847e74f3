import { describe, expect, it } from 'vitest';
import type { FoundWork } from './found-work';
import { aliasKeys, groupFoundWorks, matchKeyOf, mergeRecords, sameFoundWork } from './same-work';
import { upgradeChanges } from './discover';
import type { DiscoverySource, WorkRecord } from './work-record';

const record = (fields: Partial<WorkRecord>): WorkRecord => ({
  title: 'A Paper',
  authors: [{ name: 'Ruizhe Wang', isOwner: true }],
  year: 2025,
  date: null,
  venue: null,
  venueShort: null,
  kind: 'preprint',
  doi: null,
  arxivId: null,
  abstract: null,
  url: null,
  ids: {},
  ...fields,
});
const found = (source: DiscoverySource, fields: Partial<WorkRecord>): FoundWork => ({ source, record: record(fields), raw: {}, byIdentifier: true });

describe('same-work', () => {
  describe('aliasKeys', () => {
    it.each([
      [{ arxivId: '2510.08008' }, ['arxiv:2510.08008']],
      [{ doi: '10.48550/arxiv.2510.08008' }, ['arxiv:2510.08008']],
      [{ doi: '10.1145/3600006.3613145' }, ['doi:10.1145/3600006.3613145']],
      [{ ids: { openalex: 'w123', dblp: 'conf/icml/X25', semanticscholar: 'abc' } }, ['openalex:W123', 'dblp:conf/icml/X25', 'semanticscholar:abc']],
    ] as const)('%j → %j', (fields, keys) => {
      expect(aliasKeys(record(fields as Partial<WorkRecord>))).toEqual(keys);
    });
  });

  describe('matchKeyOf', () => {
    it('is the arXiv id when there is one, else the title, first surname and year', () => {
      expect(matchKeyOf(record({ arxivId: '2510.08008v3'.replace(/v\d+$/, ''), doi: '10.1/x' }))).toBe('arxiv:2510.08008');
      expect(matchKeyOf(record({ title: 'Beyond Sunk Costs: Boosting…', authors: [{ name: 'Ruizhe Wang', isOwner: true }], year: 2026 }))).toBe(
        'title:beyond sunk costs boosting|wang|2026',
      );
    });
  });

  describe('sameFoundWork', () => {
    it.each([
      ['the same arXiv id in id and DOI', { arxivId: '2510.08008' }, { doi: '10.48550/arXiv.2510.08008' }, true],
      ['a shared DBLP key', { ids: { dblp: 'conf/icml/A25' } }, { ids: { dblp: 'conf/icml/A25' }, title: 'Other' }, true],
      ['the same title and first author a year apart', { title: 'Beyond Sunk Costs' }, { title: 'Beyond sunk costs.', year: 2026 }, true],
      ['the same title two years apart', { title: 'Scaling Laws' }, { title: 'Scaling Laws', year: 2027 }, false],
      ['the same title by another first author', { title: 'Scaling Laws' }, { title: 'Scaling Laws', authors: [{ name: 'Peng Cheng', isOwner: false }] }, false],
      ['different arXiv ids, same title', { title: 'X', arxivId: '2501.00001' }, { title: 'X', arxivId: '2501.00002' }, false],
    ] as const)('%s → %s', (_what, a, b, same) => {
      expect(sameFoundWork(record(a as Partial<WorkRecord>), record(b as Partial<WorkRecord>))).toBe(same);
    });
  });

  describe('groupFoundWorks and mergeRecords', () => {
    it('joins a preprint and its published version across sources, the published fields first', () => {
      const corr = found('dblp', { title: 'Recycling Pretrained Checkpoints', arxivId: '2510.08008', ids: { dblp: 'journals/corr/abs-2510-08008' }, date: null });
      const openalex = found('openalex', {
        title: 'Beyond Sunk Costs',
        arxivId: '2510.08008',
        kind: 'conference-paper',
        venue: 'International Conference on Machine Learning',
        date: '2025-10-09',
        ids: { openalex: 'W3' },
      });
      const icml = found('dblp', { title: 'Beyond Sunk Costs', year: 2026, kind: 'conference-paper', venue: 'ICML', venueShort: 'ICML 2026', ids: { dblp: 'conf/icml/W26' } });
      const other = found('arxiv', { title: 'Something Else', arxivId: '2509.26520' });
      const groups = groupFoundWorks([icml, other, corr, openalex]);
      expect(groups.map((g) => g.length).sort()).toEqual([1, 3]);
      const merged = mergeRecords(groups.find((g) => g.length === 3)!);
      expect(merged).toMatchObject({ title: 'Beyond Sunk Costs', venueShort: 'ICML 2026', year: 2026, arxivId: '2510.08008', date: null });
      expect(merged.ids).toEqual({ dblp: 'conf/icml/W26', openalex: 'W3' });
    });
  });

  describe('upgradeChanges', () => {
    const seeded = { title: 'Recycling Pretrained Checkpoints', kind: 'conference-paper', venue: 'International Conference on Machine Learning (ICML 2026)', venueShort: 'ICML 2026', doi: null };
    it('proposes the published title of a paper the page shows under its preprint title', () => {
      expect(upgradeChanges(seeded, record({ title: 'Beyond Sunk Costs', kind: 'conference-paper', venue: 'ICML' }))).toEqual(['title']);
    });
    it('proposes venue and DOI for a preprint on the page', () => {
      const preprint = { title: 'A Paper', kind: 'preprint', venue: 'arXiv preprint', venueShort: 'arXiv 2025', doi: null };
      expect(upgradeChanges(preprint, record({ kind: 'journal-article', venue: 'JMLR', doi: '10.1/x' }))).toEqual(['DOI', 'venue']);
    });
    it('proposes nothing for a preprint record, or a published one the page already has', () => {
      expect(upgradeChanges(seeded, record({ title: 'Beyond Sunk Costs' }))).toEqual([]);
      expect(upgradeChanges(seeded, record({ title: 'Recycling Pretrained Checkpoints.', kind: 'conference-paper', venue: 'ICML' }))).toEqual([]);
    });
  });
});
