import { describe, expect, it } from 'vitest';
import { containsCjk, hasThaiMojibake, slugify } from './text.js';

describe('text', () => {
  describe('slugify', () => {
    it.each([
      ['FP8-LM: Training FP8 LLMs', 'fp8-lm-training-fp8-llms'],
      ['  Spaces   around  ', 'spaces-around'],
      ['Ångström units', 'angstrom-units'],
      ['C++ & CUDA', 'c-cuda'],
      // CJK-only titles give nothing: callers fall back (Strapi's uid field does the same).
      ['混合精度训练', ''],
    ])('turns %j into %j', (text, slug) => {
      expect(slugify(text)).toBe(slug);
    });

    it('cuts at maxLength without leaving a trailing dash', () => {
      expect(slugify('abc def ghi', 4)).toBe('abc');
      expect(slugify('a'.repeat(100))).toHaveLength(80);
    });
  });

  describe('hasThaiMojibake', () => {
    it.each([
      ['(็็ๅฒ)', true],
      ['Iโm', true],
      ['I’m 王瑞哲', false],
    ])('%j: %s', (text, damaged) => {
      expect(hasThaiMojibake(text)).toBe(damaged);
    });
  });

  describe('containsCjk', () => {
    it.each([
      ['FP8 训练', true],
      ['Plain English', false],
      ['Café', false],
    ])('%j: %s', (text, cjk) => {
      expect(containsCjk(text)).toBe(cjk);
    });
  });
});
