import { describe, expect, it } from 'vitest';
import { hasInitials, initialsFit, nameKey, nameWords } from './person-names.js';

describe('person-names', () => {
  describe('nameKey', () => {
    it.each([
      ['Yeyun Gong', 'yeyun gong'],
      ['yeyun gong', 'yeyun gong'],
      ['Yéyun Gong', 'yeyun gong'],
      ['  YEYUN   GONG ', 'yeyun gong'],
      ['Gong, Yeyun', 'yeyun gong'],
      ['Y. Gong', 'y gong'],
      ['Jean-Luc Picard', 'jean luc picard'],
      ['Zoë Ångström', 'zoe angstrom'],
      ['王瑞哲', '王瑞哲'],
    ])('%s → %s', (name, key) => {
      expect(nameKey(name)).toBe(key);
    });
  });

  describe('nameWords', () => {
    it('gives the words given names first, without accents, case or punctuation', () => {
      expect(nameWords('Rui-Zhe  Wáng')).toEqual(['rui', 'zhe', 'wang']);
      expect(nameWords('Wang, Ruizhe')).toEqual(['ruizhe', 'wang']);
      expect(nameWords('R. Wang')).toEqual(['r', 'wang']);
      expect(nameWords('  ')).toEqual([]);
    });
  });

  describe('hasInitials', () => {
    it.each([
      ['Y. Gong', true],
      ['Y Gong', true],
      ['Yeyun Gong', false],
      ['Gong, Y.', true],
      ['Gong', false],
    ])('%s → %s', (name, initials) => {
      expect(hasInitials(name)).toBe(initials);
    });
  });

  describe('initialsFit', () => {
    it.each([
      ['Y. Gong', 'Yeyun Gong', true],
      ['Y. Gong', 'Yéyun GONG', true],
      ['y gong', 'Yeyun Gong', true],
      ['Y. Gong', 'Yang Gong', true],
      ['Y. Gong', 'Xiao Gong', false],
      ['Y. Gong', 'Yeyun Gao', false],
      ['Y. Gong', 'Yeyun Wei Gong', false],
      ['J.-L. Picard', 'Jean-Luc Picard', true],
    ])('%s and %s → %s', (short, full, fits) => {
      expect(initialsFit(short, full)).toBe(fits);
    });
  });
});
