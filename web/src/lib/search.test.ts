import { describe, expect, it } from 'vitest';
import { foldText, matchesAllWords, searchTerms } from './search';

describe('lib/search', () => {
  describe('searchTerms', () => {
    it.each([
      ['fp4 training', ['fp4', 'training']],
      ['低精度训练', ['低精度训练']],
      ['FP4训练', ['fp4', '训练']],
      ['量化，训练', ['量化', '训练']],
      ['  量化　 训练 ', ['量化', '训练']],
      ['ＦＰ４　Ｑｕａｎｔ', ['fp4', 'quant']],
      ['Café', ['cafe']],
      ['，。 - ', []],
    ])('splits %j into %j', (query, expected) => {
      expect(searchTerms(query)).toEqual(expected);
    });
  });

  describe('matchesAllWords', () => {
    const haystack = foldText('王瑞哲 Ruizhe Wang 基于FP4量化的大语言模型低精度训练 Optimizing LLM Training');
    it.each([
      ['王瑞哲', true],
      ['瑞哲', true],
      ['低精度训练', true],
      ['量化 训练', true],
      ['训练量化', false],
      ['FP4量化', true],
      ['量化，训练', true],
      ['LLM低精度训练', true],
      ['ｆｐ４', true],
      ['RUIZHE 训练', true],
      ['王 小明', false],
      ['高精度', false],
    ])('with %j answers %j', (query, expected) => {
      expect(matchesAllWords(haystack, query)).toBe(expected);
    });
  });
});
