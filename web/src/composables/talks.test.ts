import { describe, expect, it } from 'vitest';
import type { Talk } from '@homepage/shared';
import { talksByYear } from './talks';

const talk = (documentId: string, date: string) => ({ documentId, date }) as Talk;

describe('talks', () => {
  describe('talksByYear', () => {
    it('groups talks by the year of their date, keeping the order given', () => {
      const grouped = talksByYear([talk('a', '2025-11-02'), talk('b', '2025-03-01'), talk('c', '2024-12-31')]);
      expect(grouped.map((group) => [group.year, group.talks.map((t) => t.documentId)])).toEqual([
        ['2025', ['a', 'b']],
        ['2024', ['c']],
      ]);
    });

    it('gives no group for no talks', () => {
      expect(talksByYear([])).toEqual([]);
    });
  });
});
