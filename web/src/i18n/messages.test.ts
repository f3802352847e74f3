import { describe, expect, it } from 'vitest';
import { createI18n } from 'petite-vue-i18n';
import { en } from './en';
import { zh } from './zh';

// The types make every English key exist in Chinese; these check what types cannot see.
describe('i18n messages', () => {
  const keys = Object.keys(en) as (keyof typeof en)[];

  it.each(keys)('%s compiles in both languages, with the same placeholders', (key) => {
    const errors: string[] = [];
    const i18n = createI18n({
      legacy: false,
      locale: 'en',
      messages: { en, zh },
      missingWarn: false,
      fallbackWarn: false,
    });
    // A stray `@`, `|` or brace is message syntax: it would show as a broken sentence.
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(new Set(placeholders(zh[key]))).toEqual(new Set(placeholders(en[key])));
    for (const locale of ['en', 'zh'] as const) {
      i18n.global.locale.value = locale;
      const named = Object.fromEntries(placeholders(en[key]).map((name) => [name, `<${name}>`]));
      const text = i18n.global.t(key, named, 2);
      if (/[{}@]|\|/.test(text.replace(/<\w+>/g, ''))) errors.push(`${locale}: ${text}`);
      expect(text.trim()).not.toBe('');
    }
    expect(errors).toEqual([]);
  });

  it('has a Chinese text for every English one, not a copy (names and codes aside)', () => {
    const same = keys.filter((key) => zh[key] === en[key] && !/^(PDF|arXiv|DOI|BibTeX|JSON Feed)$/.test(en[key]));
    expect(same).toEqual([]);
  });
});
