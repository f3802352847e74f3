import { describe, expect, it } from 'vitest';
import { browserLocale, LOCALE_STORAGE_KEY, storedLocale } from './preference';

describe('i18n/preference', () => {
  describe('browserLocale', () => {
    it.each([
      [['zh-CN', 'en-US'], 'zh'],
      [['zh-Hant-TW'], 'zh'],
      [['en-GB', 'zh-CN'], 'en'],
      // The first language the site speaks wins, not the first the browser lists.
      [['fr-FR', 'de', 'zh'], 'zh'],
      [['fr', 'de'], null],
      [[], null],
    ])('%j → %s', (languages, expected) => {
      expect(browserLocale(languages)).toBe(expected);
    });
  });

  describe('storedLocale', () => {
    it('reads a stored language and ignores anything else', () => {
      const storage = (value: string | null) => ({ getItem: (key: string) => (key === LOCALE_STORAGE_KEY ? value : null) });
      expect(storedLocale(storage('zh'))).toBe('zh');
      expect(storedLocale(storage('fr'))).toBeNull();
      expect(storedLocale(storage(null))).toBeNull();
      expect(
        storedLocale({
          getItem: () => {
            throw new Error('storage disabled');
          },
        }),
      ).toBeNull();
    });
  });
});
