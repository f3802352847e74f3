import { describe, expect, it } from 'vitest';
import { newsHeadline } from './news-and-talks';

describe('news-and-talks', () => {
  describe('newsHeadline', () => {
    it.each([
      ['Our paper on **FP4 training** was accepted at [ICML 2025](https://icml.cc).', 'Our paper on FP4 training was accepted at ICML 2025.'],
      ['# Heading\n\n- one `item`\n- _two_', 'Heading one item two'],
      ['论文被 **ICML 2025** 接收', '论文被 ICML 2025 接收'],
      ['Math $x^2$ and <b>tags</b>', 'Math x^2 and tags'],
    ])('reads %j as %j', (markdown, expected) => {
      expect(newsHeadline(markdown)).toBe(expected);
    });

    it('cuts a long item at a word and marks the cut', () => {
      const headline = newsHeadline('word '.repeat(40), 30);
      expect(headline.length).toBeLessThanOrEqual(30);
      expect(headline.endsWith('word…')).toBe(true);
    });
  });
});
