/**
 * Renders a blog post's Markdown once, when it is saved: sanitised HTML with KaTeX math and
 * Shiki-highlighted code, its table of contents, and how long it takes to read.
 */
import type { TocEntry } from '@homepage/shared';
import { collectToc } from './headings';
import { loadCodeHighlighter } from './highlight';
import { createPostMarkdown } from './markdown';
import { countWords, readableText, readingMinutes } from './reading-time';
import { sanitizePostHtml } from './sanitize';

export type { TocEntry };

export interface RenderedBody {
  html: string;
  /** h2–h4 in document order; `text` is plain text (escape it when displaying). */
  toc: TocEntry[];
  /** Latin words plus CJK characters, code and math included. */
  wordCount: number;
  readingMinutes: number;
  /** True when the body has `$…$` or `$$…$$` math, so the site loads KaTeX's stylesheet. */
  hasMath: boolean;
}

const MATH_TOKENS = new Set(['math_inline', 'math_block']);

export async function renderPostBody(markdown: string): Promise<RenderedBody> {
  const md = createPostMarkdown(await loadCodeHighlighter());
  const env = {};
  const tokens = md.parse(markdown, env);
  const words = countWords(readableText(tokens));
  return {
    html: sanitizePostHtml(md.renderer.render(tokens, md.options, env)),
    toc: collectToc(tokens),
    wordCount: words.latinWords + words.cjkCharacters,
    readingMinutes: readingMinutes(words),
    hasMath: tokens.some(
      (token) => MATH_TOKENS.has(token.type) || (token.children ?? []).some((child) => MATH_TOKENS.has(child.type)),
    ),
  };
}
