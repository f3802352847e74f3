import { describe, expect, it } from 'vitest';
import { ownerNameMatcher } from '.';

const isOwner = ownerNameMatcher({ name: 'Ruizhe Wang', nativeName: '王瑞哲' });

describe('bibtex/owner-name', () => {
  describe('ownerNameMatcher', () => {
    it.each(['Ruizhe Wang', 'Wang Ruizhe', 'R. Wang', 'R Wang', 'R.-Z. Wang', 'Rui-Zhe Wang', 'RUIZHE WANG', 'Ruìzhé Wáng', '王瑞哲', '王 瑞哲'])(
      'recognises %j',
      (name) => {
        expect(isOwner(name)).toBe(true);
      },
    );

    it.each(['Rui Wang', 'Ruizhe Wan', 'Y. Wang', 'Wang', 'Ruizhe', 'Yaoxiang Wang', '王瑞', 'Peng Cheng', ''])('does not take %j for the owner', (name) => {
      expect(isOwner(name)).toBe(false);
    });

    it('recognises no one before the profile has a name', () => {
      expect(ownerNameMatcher({ name: '' })('Ruizhe Wang')).toBe(false);
    });
  });
});
