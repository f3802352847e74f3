/**
 * Renders a blog post's Markdown once, when it is saved: sanitised HTML with KaTeX math and
 * Shiki-highlighted code, its table of contents, and how long it takes to read.
 */
import type { TocEntry } from '@homepage/shared';
import type Token from 'markdown-it/lib/token.mjs';
import { collectToc } from './headings';
import { loadCodeHighlighter, type HighlightCode } from './highlight';
import { countWords, readableText, readingMinutes } from './reading-time';

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

/** Block tokens markdown-it hands to the highlighter; the only ones that need Shiki. */
const CODE_TOKENS = new Set(['fence', 'code_block']);

export interface RenderOptions {
  /**
   * Where uploads with a root-relative address (`/uploads/…`, Strapi's local provider) are served:
   * the CMS's public origin. The post is shown elsewhere (the site, feeds, embeds on other pages),
   * where `/uploads/…` would name a file the site does not have.
   */
  mediaOrigin?: string;
}

/** The path Strapi's local upload provider gives every file. */
const LOCAL_UPLOADS = '/uploads/';

/** Images and links to uploads, made absolute against the CMS (the parsed tokens, before rendering). */
function linkUploadsToCms(tokens: Token[], mediaOrigin: string): void {
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      const attribute = child.type === 'image' ? 'src' : child.type === 'link_open' ? 'href' : null;
      const value = attribute ? child.attrGet(attribute) : null;
      if (attribute && value?.startsWith(LOCAL_UPLOADS)) child.attrSet(attribute, `${mediaOrigin}${value}`);
    }
  }
}

export async function renderPostBody(markdown: string, options: RenderOptions = {}): Promise<RenderedBody> {
  // Loaded with the first post saved rather than at every boot (markdown-it, KaTeX, their plugins).
  const [{ createPostMarkdown }, { sanitizePostHtml }] = await Promise.all([import('./markdown'), import('./sanitize')]);
  // Shiki takes about a second to load (at the first boot, too: the seed's posts have no code),
  // so only a post with code waits for it; the parser asks for it only after parsing.
  let highlightCode: HighlightCode = noCodeExpected;
  const md = createPostMarkdown((code, language) => highlightCode(code, language));
  const env = {};
  const tokens = md.parse(markdown, env);
  if (tokens.some((token) => CODE_TOKENS.has(token.type))) highlightCode = await loadCodeHighlighter();
  if (options.mediaOrigin) linkUploadsToCms(tokens, options.mediaOrigin.replace(/\/+$/, ''));
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

function noCodeExpected(): never {
  throw new Error('renderPostBody: markdown-it asked to highlight code in a post parsed as having none');
}
