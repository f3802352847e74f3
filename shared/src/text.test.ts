import { describe, expect, it } from 'vitest';
import { containsCjk, hasThaiMojibake, SLUG_PATTERN, slugify } from './text.js';

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

describe('SLUG_PATTERN', () => {
  const slug = new RegExp(`^${SLUG_PATTERN}$`);

  it('accepts every slug slugify makes, so the query guard never refuses a real page', () => {
    for (const title of ['FP8-LM: Training FP8 LLMs', '  Ünïcödé -- títle  ', 'a', 'MoE 2.0 / growth']) {
      expect(slugify(title)).toMatch(slug);
    }
  });

  it('refuses what no slug is: capitals, spaces, doubled or edge dashes, paths', () => {
    for (const bad of ['FP8', 'a b', 'a--b', '-a', 'a-', '../etc', '']) expect(bad).not.toMatch(slug);
  });
});
