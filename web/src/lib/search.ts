/**
 * What a visitor types, matched the same way on every list: in memory for publications, and
 * turned into the CMS's `$containsi` filters for the blog.
 */

// Scripts written without spaces between words: a run of them is matched as one substring, so
// "王瑞哲" or "低精度训练" need no word splitting (which would need a dictionary).
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]+/u;
const CJK_SPLIT = new RegExp(`(${CJK_RUN.source})`, 'u');
const HAS_TEXT = /[\p{L}\p{N}]/u;

/**
 * Case- and accent-insensitive text for matching what a visitor types. NFKC first, so
 * full-width "ＦＰ４" and half-width katakana match their usual forms; then accents go.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

/** The terms of a query, folded for matching in memory (see `splitTerms`). */
export function searchTerms(query: string): string[] {
  return splitTerms(foldText(query));
}

/**
 * The terms of a query for the CMS's `$containsi`, which ignores case but not accents: NFKC
 * and lower case only, so "Café" still finds "Café".
 */
export function serverSearchTerms(query: string): string[] {
  return splitTerms(query.normalize('NFKC').toLowerCase());
}

// Words split at spaces, and every CJK run a term of its own (also when it touches Latin text,
// as in "FP4训练"). Punctuation alone is no term.
function splitTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((word) => word.split(CJK_SPLIT))
    .filter((term) => HAS_TEXT.test(term));
}

/** True when every term of `query` occurs somewhere in `haystack` (already folded). */
export function matchesAllWords(haystack: string, query: string): boolean {
  return searchTerms(query).every((term) => haystack.includes(term));
}
