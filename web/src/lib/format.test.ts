import { describe, expect, it } from 'vitest';
import { excerpt, initialsOf, summaryLine, venueWithYear, yearSpan } from './format';

describe('lib/format', () => {
  describe('excerpt', () => {
    it.each([
      ['a short text', 180, 'a short text'],
      ['  spaces \n  collapse  ', 180, 'spaces collapse'],
      ['one two three four five', 12, 'one two…'],
      [null, 180, ''],
    ])('cuts %j to at most %i characters at a word', (text, max, expected) => {
      expect(excerpt(text, max)).toBe(expected);
    });
  });

  describe('summaryLine', () => {
    it.each([
      ['We propose X. It beats Y by 10%.', 'We propose X.'],
      ['Version 1.5 of the model is faster. More text.', 'Version 1.5 of the model is faster.'],
      ['我们提出了一种方法。它更快。', '我们提出了一种方法。'],
      ['No full stop at all', 'No full stop at all'],
      [null, ''],
    ])('takes the first sentence of %j', (text, expected) => {
      expect(summaryLine(text)).toBe(expected);
    });

    it('cuts a long first sentence at a word, with an ellipsis', () => {
      const line = summaryLine(`${'word '.repeat(40)}end. Second sentence.`, 60);
      expect(line.length).toBeLessThanOrEqual(60);
      expect(line).toMatch(/^word( word)*…$/);
    });
  });

  describe('initialsOf', () => {
    it.each([
      ['Ruizhe Wang', 'RW'],
      ['ada lovelace', 'AL'],
      ['Jean-Paul  van der Berg', 'JB'],
      ['Plato', 'P'],
      ['王瑞哲', '王'],
      ['  ', ''],
    ])('%j → %j', (name, expected) => {
      expect(initialsOf(name)).toBe(expected);
    });
  });

  describe('yearSpan', () => {
    it.each([
      ['2021', '2026', '2021–2026'],
      ['2021', null, '2021–present'],
      ['2024', '2024', '2024'],
      [null, '2020', '2020'],
      [null, null, ''],
    ])('writes %j to %j as %j', (start, end, expected) => {
      expect(yearSpan(start, end, 'present')).toBe(expected);
    });
  });

  describe('venueWithYear', () => {
    it.each([
      ['ICML 2025', 2024, 'ICML 2025'],
      ['arXiv 2023', 2023, 'arXiv 2023'],
      ['NeurIPS', 2025, 'NeurIPS 2025'],
      [null, 2025, '2025'],
    ])('%j in %j → %j', (venue, year, expected) => {
      expect(venueWithYear(venue, year)).toBe(expected);
    });
  });
});
