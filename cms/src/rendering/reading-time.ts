/**
 * How long a post is. Chinese is written without spaces, so counting space-separated words would
 * make a 3,000-character post look like a few dozen words; each ideograph counts as one word.
 */
import type Token from 'markdown-it/lib/token.mjs';

export interface WordCount {
  /** Words of scripts written with spaces (Latin, Greek, Cyrillic …), numbers included. */
  latinWords: number;
  /** Han ideographs and Japanese kana, one each. */
  cjkCharacters: number;
}

// Silent reading of English non-fiction averages 238 words a minute (Brysbaert 2019, "How many
// words do we read per minute?", https://doi.org/10.1016/j.jml.2019.104047); 230 allows a little
// for formulas and code, which are read more slowly than prose.
const LATIN_WORDS_PER_MINUTE = 230;
// Adults read Chinese prose silently at a few hundred characters a minute (estimates mostly run
// 300–500); 400 is the middle. Counting a character as a 230-per-minute word would overstate a
// Chinese post's reading time by three quarters.
const CJK_CHARACTERS_PER_MINUTE = 400;

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// Inner apostrophes, hyphens and dots stay inside one word: don't, FP8-LM, 3.14.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

const COUNTED_BLOCKS = new Set(['fence', 'code_block', 'math_block']);
const COUNTED_INLINES = new Set(['text', 'code_inline', 'math_inline']);
const LINE_BREAKS = new Set(['softbreak', 'hardbreak']);

export function countWords(text: string): WordCount {
  return {
    latinWords: text.replace(CJK_CHARACTER, ' ').match(WORD)?.length ?? 0,
    cjkCharacters: text.match(CJK_CHARACTER)?.length ?? 0,
  };
}

/** Minutes to read, rounded up, at least one. */
export function readingMinutes({ latinWords, cjkCharacters }: WordCount): number {
  return Math.max(1, Math.ceil(latinWords / LATIN_WORDS_PER_MINUTE + cjkCharacters / CJK_CHARACTERS_PER_MINUTE));
}

/**
 * What a reader reads in a parsed post: prose, inline and block code, and the TeX source of math
 * (`\frac{a}{b}` counts as three words). Image alt text and permalink symbols are not counted.
 */
export function readableText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'inline') return inlineText(token.children ?? []);
      return COUNTED_BLOCKS.has(token.type) ? token.content : '';
    })
    .join('\n');
}

// Inline pieces join without a separator: `**FP**8` is one word on the page.
function inlineText(children: readonly Token[]): string {
  return children
    .map((child) => (COUNTED_INLINES.has(child.type) ? child.content : LINE_BREAKS.has(child.type) ? '\n' : ''))
    .join('');
}
