/**
 * Heading ids and the table of contents. Ids keep every letter, CJK included, because a
 * Chinese heading slugged to ASCII would come out empty and every section would share one id.
 */
import type Token from 'markdown-it/lib/token.mjs';
import { isPageElementId, type TocEntry } from '@homepage/shared';

const TOC_LEVELS = new Set([2, 3, 4]);

/** Fallback id for a heading with no letters or digits (only emoji or punctuation). */
const EMPTY_HEADING_SLUG = 'section';

/**
 * `"Why FP8? 为什么"` → `"why-fp8-为什么"`. Punctuation (ASCII and full-width) and emoji go,
 * whitespace runs become one hyphen; markdown-it-anchor then adds `-1`, `-2` to duplicates.
 * An id the page around the post uses (`app`, `site-state`, …) becomes `app-section`.
 */
export function headingSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return EMPTY_HEADING_SLUG;
  return isPageElementId(slug) ? `${slug}-${EMPTY_HEADING_SLUG}` : slug;
}

/**
 * The plain text of a heading's inline tokens. Unlike markdown-it-anchor's default it keeps the
 * TeX of inline math, so `## The $O(n)$ bound` is not slugged or listed as "The  bound".
 */
export function headingText(inlineTokens: readonly Token[]): string {
  return inlineTokens
    .filter((token) => token.type === 'text' || token.type === 'code_inline' || token.type === 'math_inline')
    .map((token) => token.content)
    .join('')
    .trim();
}

/** h2–h4 in document order; run after markdown-it-anchor has set the ids. */
export function collectToc(tokens: readonly Token[]): TocEntry[] {
  const toc: TocEntry[] = [];
  tokens.forEach((token, index) => {
    const level = Number(token.tag.slice(1));
    const id = token.attrGet('id');
    if (token.type !== 'heading_open' || !TOC_LEVELS.has(level) || !id) return;
    toc.push({ id, text: headingText(tokens[index + 1]?.children ?? []), level });
  });
  return toc;
}
