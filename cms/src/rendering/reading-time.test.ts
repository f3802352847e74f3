import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('rendering/reading-time', () => {
  describe('countWords', () => {
    it.each([
      ['', 0, 0],
      ['Hello, world!', 2, 0],
      ["Don't stop", 2, 0],
      ['state-of-the-art FP8-LM', 2, 0],
      ['π ≈ 3.14159', 2, 0],
      ['Ελληνικά και русский', 3, 0],
      ['中文', 0, 2],
      ['你好，world。', 1, 2],
      ['GPT-4 与 FP8 混合精度', 2, 5],
      ['日本語のかな', 0, 6],
    ])('counts %j as %i Latin words and %i CJK characters', (text, latinWords, cjkCharacters) => {
      expect(countWords(text)).toEqual({ latinWords, cjkCharacters });
    });
  });

  describe('readingMinutes', () => {
    it.each([
      [0, 0, 1],
      [1, 0, 1],
      [230, 0, 1],
      [231, 0, 2],
      [0, 400, 1],
      [0, 401, 2],
      [115, 200, 1],
      [2300, 4000, 20],
      [5000, 0, 22],
    ])('gives %i Latin words and %i CJK characters %i minute(s)', (latinWords, cjkCharacters, minutes) => {
      expect(readingMinutes({ latinWords, cjkCharacters })).toBe(minutes);
    });
  });
});
