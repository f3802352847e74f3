import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BibtexError, readBibtexEntry, splitBibtexEntries } from '.';

// Real exports of Google Scholar and DBLP (tests/api/bibtex-import.test.ts imports them too).
const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const entriesOf = (name: string) => splitBibtexEntries(fixture(name)).entries.map((entry) => readBibtexEntry(entry.text));

describe('bibtex/read-entry', () => {
  describe('readBibtexEntry', () => {
    it('reads a Google Scholar arXiv entry: authors in order, venue, arXiv id, kind', () => {
      const [fp4] = entriesOf('google-scholar.bib');
      expect(fp4).toMatchObject({
        title: 'Optimizing large language model training using fp4 quantization',
        venue: 'arXiv preprint',
        venueShort: 'arXiv 2025',
        year: 2025,
        kind: 'preprint',
        arxivId: '2501.17116',
      });
      expect(fp4.authors.slice(0, 3)).toEqual(['Ruizhe Wang', 'Yeyun Gong', 'Xiao Liu']);
      expect(fp4.authors).toHaveLength(8);
      // Google Scholar gives the year only: the first of the month of the arXiv id.
      expect(fp4.date).toBe('2025-01-01');
    });

    it('drops "and others" from the author list', () => {
      const [, fp8] = entriesOf('google-scholar.bib');
      expect(fp8.authors).toHaveLength(10);
      expect(fp8.authors).not.toContain('others');
    });

    it('reads a DBLP conference entry with LaTeX braces, URL and short venue', () => {
      const [icml] = entriesOf('dblp.bib');
      expect(icml).toMatchObject({
        title: 'Optimizing Large Language Model Training Using FP4 Quantization',
        kind: 'conference-paper',
        venueShort: 'ICML 2025',
        year: 2025,
        url: 'https://openreview.net/forum?id=8bQrHZ3xSw',
      });
      expect(icml.venue).toMatch(/^Forty-second International Conference on Machine Learning, ICML 2025/);
      expect(icml.arxivId).toBeUndefined();
    });

    it('reads a DBLP CoRR entry as an arXiv preprint with its DOI', () => {
      const [, sigma] = entriesOf('dblp.bib');
      expect(sigma).toMatchObject({ kind: 'preprint', venue: 'arXiv preprint', arxivId: '2512.13488', doi: '10.48550/ARXIV.2512.13488' });
    });

    it.each([
      ['@techreport{a, title={T}, author={Lei Qu}, institution={MSRA}, year=2025}', { kind: 'technical-report', venue: 'MSRA' }],
      ['@phdthesis{a, title={T}, author={A B}, school={Tsinghua University}, year=2024}', { kind: 'thesis', venue: 'Tsinghua University' }],
      ['@inproceedings{a, title={T}, booktitle={Workshop on Efficient Systems (ES-FoMo)}, year=2024}', { kind: 'workshop-paper' }],
      ['@article{a, title={T}, journal={Nature}, year=2024}', { kind: 'journal-article', venue: 'Nature' }],
      ['@misc{a, title={T}, year=2024}', { kind: undefined }],
      ['@misc{a, title={T}, eprint={2501.17116v2}, archivePrefix={arXiv}, year=2025}', { kind: 'preprint', arxivId: '2501.17116v2' }],
      ['@misc{a, title={T}, eprint={2501.17116}, eprinttype={arxiv}}', { arxivId: '2501.17116' }],
      ['@misc{a, title={T}, url={https://arxiv.org/abs/2310.18313}}', { arxivId: '2310.18313' }],
      ['@article{a, title={T}, doi={https://doi.org/10.1145/3600006.3613145}}', { doi: '10.1145/3600006.3613145' }],
      ['@article{a, title={T}, doi={not a doi}}', { doi: undefined }],
      ['@article{a, title={T}, year={20x5}}', { year: undefined }],
      ['@article{a, title={T}, date={2025-01-28}}', { year: 2025, date: '2025-01-28' }],
      ['@article{a, title={T}, year=2025, month=jan}', { year: 2025, date: '2025-01-01' }],
      ['@article{a, title={T}, year=2025}', { year: 2025, date: undefined }],
      ['@article{a, title={T}, year=2025, month=feb, day=30}', { year: 2025, date: undefined }],
      ['@inproceedings{a, title={T}, year=2025, month={13--19 Jul}}', { date: '2025-07-13' }],
      // The preprint came first: its month is the first public date, not the conference's.
      ['@inproceedings{a, title={T}, year=2026, month=jul, eprint={2510.08008}, archivePrefix={arXiv}}', { year: 2026, date: '2025-10-01' }],
      ['@misc{a, title={T}, eprint={2510.08008v2}, archivePrefix={arXiv}}', { year: 2025, date: '2025-10-01', venueShort: 'arXiv 2025' }],
      ['@misc{a, title={T}, eprint={hep-th/9901001}, archivePrefix={arXiv}}', { year: 1999, date: '1999-01-01' }],
      ['@misc{a, title={On {BERT} and M{\\"u}ller}}', { title: 'On BERT and Müller' }],
    ])('reads %s', (text, expected) => {
      expect(readBibtexEntry(text)).toMatchObject(expected);
    });

    it.each([
      ['@misc{a, author={M{\\"u}ller, J{\\\'o}zsef and Wang, R.}}', ['József Müller', 'R. Wang']],
      ['@misc{a, author={王瑞哲 and Hu, Qingguo}}', ['王瑞哲', 'Qingguo Hu']],
      ['@misc{a, author={von Neumann, John}}', ['John von Neumann']],
    ])('reads the names of %s', (text, names) => {
      expect(readBibtexEntry(text).authors).toEqual(names);
    });

    it.each([
      ['hello world', /must start with an entry type and a key.*"hello world"/],
      ['', /must start with an entry type/],
      ['@article{a, title={unclosed}', /could not be read: .*EOF/],
      ['@article{a, title={T}} @article{b, title={U}}', /holds 2 entries; paste exactly one/],
    ])('refuses %j with a message naming the problem', (text, message) => {
      expect(() => readBibtexEntry(text)).toThrow(BibtexError);
      expect(() => readBibtexEntry(text)).toThrow(message);
    });
  });
});
