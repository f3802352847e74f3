/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import type { Author } from '@homepage/shared';
import { cardAuthors, MAX_CARD_AUTHORS } from './card-content';

const authors = (count: number, owner: number | null): Author[] =>
  Array.from({ length: count }, (_, index) => ({ id: index, name: `A${index}`, isOwner: index === owner, equalContribution: false, corresponding: false }));
const names = (list: { name: string; owner: boolean }[]) => list.map((author) => (author.owner ? `*${author.name}` : author.name)).join(' ');

describe('card-content', () => {
  describe('cardAuthors', () => {
    it.each([
      { count: 3, owner: 1, shown: 'A0 *A1 A2', more: 0 },
      { count: MAX_CARD_AUTHORS, owner: 5, shown: 'A0 A1 A2 A3 A4 *A5', more: 0 },
      { count: 12, owner: 0, shown: '*A0 A1 A2 A3 A4', more: 7 },
      { count: 12, owner: 3, shown: 'A0 A1 A2 *A3 A4', more: 7 },
      { count: 12, owner: 9, shown: 'A0 A1 A2 A3 *A9', more: 7 },
      { count: 12, owner: 11, shown: 'A0 A1 A2 A3 *A11', more: 7 },
      { count: 12, owner: null, shown: 'A0 A1 A2 A3 A4', more: 7 },
    ])('names $shown and counts $more more of $count authors (owner at $owner)', ({ count, owner, shown, more }) => {
      const result = cardAuthors(authors(count, owner));
      expect(names(result.shown)).toBe(shown);
      expect(result.more).toBe(more);
      expect(result.shown.length + result.more).toBe(count);
    });
  });
});
