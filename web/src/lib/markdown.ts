/**
 * The small Markdown subset profile texts use: paragraphs, "- " lists, **strong**, *em*, `code`
 * and [links](https://…). The result is a tree rendered by MarkdownText.vue through Vue, so raw
 * HTML in the source shows as text and never reaches the DOM as markup.
 */
export type Inline =
  | { type: 'text'; text: string; lang?: 'zh' }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; items: Inline[][] };

const LIST_ITEM = /^\s*[-*]\s+/;

export function parseMarkdown(source: string): Block[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): Block => {
      const lines = block.split('\n');
      if (lines.every((line) => LIST_ITEM.test(line))) {
        return { type: 'list', items: lines.map((line) => parseInline(line.replace(LIST_ITEM, ''))) };
      }
      return { type: 'paragraph', children: parseInline(lines.map((line) => line.trim()).join(' ')) };
    });
}

const INLINE = new RegExp(
  [
    '`([^`]+)`', // 1: code
    '\\[([^\\]]+)\\]\\(([^)\\s]+)\\)', // 2, 3: link text and target
    '\\*\\*(?=\\S)(.+?)\\*\\*', // 4: strong
    '(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])', // 5: em with stars
    '(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])', // 6: em with underscores
  ].join('|'),
  'g',
);

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    out.push(...textNodes(text.slice(last, match.index)));
    const [whole, code, linkText, href, strong, emStar, emUnderscore] = match;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (linkText !== undefined && href !== undefined) {
      if (isSafeHref(href)) out.push({ type: 'link', href, children: parseInline(linkText) });
      else out.push(...parseInline(linkText));
    } else if (strong !== undefined) out.push({ type: 'strong', children: parseInline(strong) });
    else out.push({ type: 'em', children: parseInline(emStar ?? emUnderscore ?? '') });
    last = match.index + whole.length;
  }
  out.push(...textNodes(text.slice(last)));
  return out;
}

/** Only web, mail and same-site links; `javascript:` and the like become plain text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href) || (/^[/#]/.test(href) && !href.startsWith('//'));
}

// CJK ideographs plus CJK and full-width punctuation, so "（王瑞哲）" is marked as one run.
const CJK_RUN = /([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)/;

/** Text split into runs, Chinese ones marked so they get `lang="zh"` and a CJK font. */
export function textNodes(text: string): Inline[] {
  return text
    .split(CJK_RUN)
    .filter(Boolean)
    .map((run): Inline => (CJK_RUN.test(run) ? { type: 'text', text: run, lang: 'zh' } : { type: 'text', text: run }));
}
