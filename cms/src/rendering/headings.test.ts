import { describe, expect, it } from 'vitest';
import { headingSlug } from './headings';

describe('rendering/headings', () => {
  describe('headingSlug', () => {
    it.each([
      ['Introduction', 'introduction'],
      ['Why FP8?', 'why-fp8'],
      ['  Padded   heading  ', 'padded-heading'],
      ['a -- b', 'a-b'],
      ['1. Results', '1-results'],
      ['C++ templates', 'c-templates'],
      ['__init__ explained', '__init__-explained'],
      ['Café au lait', 'café-au-lait'],
      ['Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ', 'full-width-abc'],
      ['引言', '引言'],
      ['第一章：背景与动机', '第一章背景与动机'],
      ['FP8 训练（实践）', 'fp8-训练实践'],
      ['日本語のテキスト', '日本語のテキスト'],
      ['Привет мир', 'привет-мир'],
      ['🚀 Launch', 'launch'],
      ['🚀🔥', 'section'],
      ['', 'section'],
      // Ids the page around the post uses: never a heading's.
      ['app', 'app-section'],
      ['Site state', 'site-state-section'],
      ['Main', 'main-section'],
    ])('slugs %j as %j', (heading, slug) => {
      expect(headingSlug(heading)).toBe(slug);
    });
  });
});
