import { describe, expect, it } from 'vitest';
import { formatAuthorList, formatAuthorName } from './authors.js';

const author = (name: string, extra: { isOwner?: boolean; equalContribution?: boolean; corresponding?: boolean } = {}) => ({
  name,
  isOwner: false,
  equalContribution: false,
  corresponding: false,
  ...extra,
});

describe('authors', () => {
  describe('formatAuthorName', () => {
    it.each([
      [author('Ruizhe Wang'), 'Ruizhe Wang'],
      [author('Ruizhe Wang', { equalContribution: true }), 'Ruizhe Wang*'],
      [author('Yeyun Gong', { corresponding: true }), 'Yeyun Gong†'],
      [author('Xiao Liu', { equalContribution: true, corresponding: true }), 'Xiao Liu*†'],
    ])('%o → %s', (who, shown) => {
      expect(formatAuthorName(who)).toBe(shown);
    });
  });

  describe('formatAuthorList', () => {
    const team = ['A', 'B', 'C', 'D', 'E'].map((name) => author(name, { isOwner: name === 'E' }));

    it('names everyone when the list fits', () => {
      expect(formatAuthorList(team.slice(0, 3), 3)).toBe('A, B, C');
    });

    it('cuts a long list with "et al." but never hides the owner', () => {
      expect(formatAuthorList(team, 3)).toBe('A, B, E, et al.');
    });

    it('keeps the first author when the limit is one', () => {
      expect(formatAuthorList(team.map((a) => ({ ...a, isOwner: false })), 1)).toBe('A, et al.');
    });
  });
});
