/**
 * The Markdown dialect of blog posts: CommonMark + GFM tables and strikethrough, bare http(s)
 * URLs as links, `$…$` / `$$…$$` math, and heading ids with a permalink after each heading.
 */
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import { katex, type MarkdownItKatexOptions } from '@mdit/plugin-katex';
import { headingSlug, headingText } from './headings';
import type { HighlightCode } from './highlight';

/** Class of the `<div>` holding a heading and its permalink, so CSS can lay them out in a row. */
export const HEADING_WRAPPER_CLASS = 'heading-wrapper';

/**
 * A fresh parser per post: KaTeX's `\gdef` writes into the plugin's `macros` object, which would
 * otherwise carry one post's macros into the next and make rendering depend on save order.
 */
export function createPostMarkdown(highlightCode: HighlightCode): MarkdownIt {
  const md = new MarkdownIt({
    // Raw HTML in a post is shown as text, never rendered: the body is not trusted as HTML.
    html: false,
    linkify: true,
    typographer: false,
    highlight: (code, language) => highlightCode(code, language),
  });
  // Only URLs with a scheme become links: fuzzy matching would link `train.py`, `README.md` and
  // `setup.sh` to http://train.py and friends (.py, .md and .sh are country domains).
  md.linkify.set({ fuzzyLink: false });
  md.renderer.rules.code_block = (tokens, index) => highlightCode(tokens[index]?.content ?? '', '');

  // Partial: the delimiter options come from @mdit/plugin-tex, whose types node10 resolution
  // cannot see (see mdit-plugin-katex.d.ts), so TypeScript would take them as required.
  md.use(katex, {
    throwOnError: false,
    // Untrusted: \href, \url, \includegraphics and \html* render as inert text.
    trust: false,
    // Caps \rule and \kern sizes (in em) so a typo cannot stretch the page.
    maxSize: 50,
    macros: {},
    // The plugin derives KaTeX's `strict` from this logger and warns on the console by default;
    // a post using \text{中文} or a Unicode symbol in math is fine as KaTeX renders it.
    logger: () => 'ignore',
  } satisfies Partial<MarkdownItKatexOptions>);

  md.use(anchor, {
    slugify: headingSlug,
    getTokensText: headingText,
    permalink: anchor.permalink.linkAfterHeader({
      style: 'aria-label',
      assistiveText: (title) => `Permalink to “${title}”`,
      symbol: '#',
      wrapper: [`<div class="${HEADING_WRAPPER_CLASS}">`, '</div>'],
    }),
  } satisfies anchor.AnchorOptions);
  return md;
}
