import { describe, expect, it } from 'vitest';
import { readBibtexEntry, splitBibtexEntries } from '.';

describe('bibtex/split-entries', () => {
  describe('splitBibtexEntries', () => {
    it('cuts a file into entries with their lines, skipping comments and preambles', () => {
      const source = [
        '% exported',
        '@comment{ignored}',
        '@preamble{"\\newcommand{\\x}{y}"}',
        '@article{a,',
        '  title = {Braces {inside} and \\{escaped\\}},',
        '}',
        '',
        '@misc(b, title = "Parens (and more)")',
      ].join('\n');
      const { entries } = splitBibtexEntries(source);
      expect(entries.map((entry) => entry.line)).toEqual([4, 8]);
      expect(entries[0].text).toBe('@article{a,\n  title = {Braces {inside} and \\{escaped\\}},\n}');
      expect(entries[1].text).toBe('@misc(b, title = "Parens (and more)")');
    });

    it('keeps @string macros for the entries that use them', () => {
      const { entries, macros } = splitBibtexEntries('@string{icml = "ICML 2024"}\n@inproceedings{a, title={T}, booktitle=icml, year=2024}');
      expect(entries).toHaveLength(1);
      expect(readBibtexEntry(entries[0].text, macros).venue).toBe('ICML 2024');
    });

    it('gives an unclosed last entry to the parser, which reports it', () => {
      const { entries } = splitBibtexEntries('@article{a, title={T}}\n@article{b, title={U}');
      expect(entries).toHaveLength(2);
      expect(() => readBibtexEntry(entries[1].text)).toThrow(/could not be read/);
    });
  });
});
