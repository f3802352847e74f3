/**
 * The last gate before a post's HTML is stored: an allow-list of exactly what our Markdown,
 * KaTeX 0.16 and Shiki emit. Markdown already escapes raw HTML; this catches anything a plugin
 * or a future option lets through (scripts, event attributes, javascript:/data: URLs, iframes,
 * forms, style tags, positioned overlays).
 * https://github.com/apostrophecms/sanitize-html#readme
 */
import sanitizeHtml from 'sanitize-html';
import { HEADING_WRAPPER_CLASS } from './markdown';

type AllowedStyles = Record<string, RegExp[]>;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

// What markdown-it renders (CommonMark + GFM tables and strikethrough).
const MARKDOWN_TAGS = [
  ...HEADINGS,
  'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'em', 'strong', 's', 'code', 'pre', 'a', 'img',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'div', 'span',
];

// KaTeX's MathML output (https://katex.org/docs/options: output "htmlAndMathml").
const MATHML_TAGS = [
  'math', 'semantics', 'annotation', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup',
  'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'mpadded', 'mphantom', 'mover', 'munder',
  'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'menclose',
];

const MATHML_ATTRIBUTES = [
  'class', 'mathvariant', 'mathcolor', 'mathbackground', 'mathsize', 'displaystyle', 'scriptlevel',
  'fence', 'separator', 'stretchy', 'symmetric', 'largeop', 'movablelimits', 'lspace', 'rspace',
  'minsize', 'maxsize', 'accent', 'accentunder', 'linethickness', 'width', 'height', 'depth',
  'voffset', 'notation', 'rowspacing', 'columnspacing', 'columnalign', 'rowalign', 'columnlines',
  'rowlines', 'frame', 'framespacing', 'side', 'linebreak',
];

// KaTeX's HTML output draws radicals, stretchy arrows, braces and \cancel strokes as inline SVG.
// Attribute names arrive lower-cased (viewbox); the HTML parser restores SVG casing.
const KATEX_SVG_ATTRIBUTES = {
  svg: ['xmlns', 'width', 'height', 'viewbox', 'preserveaspectratio', 'style'],
  path: ['d'],
  line: ['x1', 'y1', 'x2', 'y2', 'stroke-width'],
};

// Every class KaTeX 0.16 puts on its HTML (its stylesheet's selectors plus the classes its
// builders emit); an upgrade that adds one shows up in the KaTeX fidelity test.
const KATEX_CLASSES = [
  'accent', 'accent-body', 'accent-full', 'accentunder', 'amsrm', 'angl', 'anglpad', 'arraycolsep',
  'base', 'boldsymbol', 'boxpad', 'brace-center', 'brace-left', 'brace-right', 'cancel-lap',
  'cancel-pad', 'cd-arrow-pad', 'cd-label-left', 'cd-label-right', 'cd-vert-arrow', 'cjk_fallback',
  'clap', 'col-align-c', 'col-align-l', 'col-align-r', 'colorbox', 'delimcenter', 'delimsizing',
  'delimsizinginner', 'enclosing', 'eqn-num', 'fbox', 'fcolorbox', 'fix', 'fleqn', 'frac-line',
  'halfarrow-left', 'halfarrow-right', 'hbox', 'hdashline', 'hide-tail', 'hline', 'inner', 'katex',
  'katex-display', 'katex-error', 'katex-html', 'katex-mathml', 'large-op', 'leftmost', 'leqno',
  'llap', 'mainrm', 'mathbb', 'mathbf', 'mathboldfrak', 'mathboldsf', 'mathcal', 'mathfrak',
  'mathit', 'mathitsf', 'mathnormal', 'mathrm', 'mathscr', 'mathsf', 'mathsfit', 'mathtt', 'mbin',
  'mclose', 'mfrac', 'minner', 'mml-eqn-num', 'mop', 'mopen', 'mord', 'mover', 'mpunct', 'mrel',
  'mspace', 'msupsub', 'mtable', 'mtight', 'mtr-glue', 'mult', 'munder', 'newline', 'nobreak',
  'nulldelimiter', 'op-limits', 'op-symbol', 'overlay', 'overline', 'overline-line', 'pstrut',
  'rlap', 'root', 'rule', 'sizing', 'small-op', 'smash', 'sout', 'sqrt', 'stretchy', 'strut',
  'svg-align', 'tag', 'text', 'textbb', 'textbf', 'textboldfrak', 'textboldsf', 'textfrak',
  'textit', 'textitsf', 'textmd', 'textrm', 'textscr', 'textsf', 'texttt', 'textup', 'thinbox',
  'underline', 'underline-line', 'vbox', 'vcenter', 'vertical-separator', 'vlist', 'vlist-r',
  'vlist-s', 'vlist-t', 'vlist-t2', 'x-arrow', 'x-arrow-pad',
  /^(reset-)?size\d+$/,
  /^delim-size\d+$/,
];

const SHIKI_PRE_CLASSES = ['shiki', 'shiki-themes', 'github-light', 'github-dark'];

const LENGTH = /^-?(\d+\.?\d*|\.\d+)(em|ex|pt|px|mu|%)?$/;
const LENGTHS = /^(-?(\d+\.?\d*|\.\d+)(em|ex|pt|px|mu|%)?\s*){1,4}$/;
// KaTeX accepts \color{#rgb}, \color{#rrggbb} and CSS colour names; Shiki emits hex.
const COLOR = /^(#[0-9a-f]{3,8}|[a-z]+)$/i;
// \pmb's poor man's bold: `0.02em 0.01em 0.04px`.
const TEXT_SHADOW = /^(-?[\d.]+(em|px)\s*){3}$/;

const KATEX_SPAN_STYLES: AllowedStyles = {
  'background-color': [COLOR],
  'border-bottom-width': [LENGTH],
  'border-color': [COLOR],
  'border-right-style': [/^solid$/],
  'border-right-width': [LENGTH],
  'border-style': [/^solid$/],
  'border-top-width': [LENGTH],
  'border-width': [LENGTH],
  bottom: [LENGTH],
  color: [COLOR],
  height: [LENGTH],
  left: [LENGTH],
  margin: [LENGTHS],
  'margin-left': [LENGTH],
  'margin-right': [LENGTH],
  'margin-top': [LENGTH],
  'min-width': [LENGTH],
  'padding-left': [LENGTH],
  // KaTeX only ever positions relatively; fixed or absolute would let a post overlay the page.
  position: [/^relative$/],
  'text-shadow': [TEXT_SHADOW],
  top: [LENGTH],
  'vertical-align': [LENGTH],
  // Wide accents over a slanted base: `calc(100% - <2 × skew>em)`.
  width: [LENGTH, /^calc\(100% - [\d.]+em\)$/],
};

const FONT_STYLE = /^(italic|normal)$/;
const FONT_WEIGHT = /^(bold|normal|\d{3})$/;
const TEXT_DECORATION = /^(underline|line-through|none)$/;

// Shiki puts the light colour inline but both themes' font styles in variables only, e.g.
// `--shiki-light-font-weight:bold;--shiki-dark-font-weight:bold` (the site's CSS applies them).
const SHIKI_TOKEN_STYLES: AllowedStyles = {
  color: [COLOR],
  '--shiki-dark': [COLOR],
  ...Object.fromEntries(
    ['light', 'dark'].flatMap((theme) => [
      [`--shiki-${theme}-font-style`, [FONT_STYLE]],
      [`--shiki-${theme}-font-weight`, [FONT_WEIGHT]],
      [`--shiki-${theme}-text-decoration`, [TEXT_DECORATION]],
    ]),
  ),
};

const ABSOLUTE_HTTP_URL = /^https?:\/\//i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_TAGS, ...MATHML_TAGS, ...Object.keys(KATEX_SVG_ATTRIBUTES)],
  allowedAttributes: {
    ...Object.fromEntries(HEADINGS.map((tag) => [tag, ['id', 'tabindex']])),
    a: ['href', 'title', 'rel', 'class', 'aria-label'],
    img: ['src', 'alt', 'title', 'loading'],
    ol: ['start'],
    p: ['class'],
    th: ['style'],
    td: ['style'],
    div: ['class'],
    pre: ['class', 'style', 'tabindex'],
    span: ['class', 'style', 'aria-hidden', 'title'],
    ...Object.fromEntries(MATHML_TAGS.map((tag) => [tag, MATHML_ATTRIBUTES])),
    math: ['xmlns', 'display'],
    annotation: ['encoding'],
    mpadded: [...MATHML_ATTRIBUTES, 'style'],
    mstyle: [...MATHML_ATTRIBUTES, 'style'],
    ...KATEX_SVG_ATTRIBUTES,
  },
  allowedClasses: {
    a: ['header-anchor'],
    div: [HEADING_WRAPPER_CLASS],
    p: ['katex-block'],
    pre: SHIKI_PRE_CLASSES,
    span: [...KATEX_CLASSES, 'line'],
    ...Object.fromEntries(MATHML_TAGS.map((tag) => [tag, KATEX_CLASSES])),
  },
  // Every tag allowed a style attribute needs an entry here, or its style passes unfiltered.
  allowedStyles: {
    span: { ...KATEX_SPAN_STYLES, ...SHIKI_TOKEN_STYLES },
    pre: {
      'background-color': [COLOR],
      color: [COLOR],
      '--shiki-dark-bg': [COLOR],
      '--shiki-dark': [COLOR],
    },
    svg: { width: [LENGTH], height: [LENGTH] },
    mpadded: { border: [/^-?[\d.]+em solid (#[0-9a-f]{3,8}|[a-z]+)$/i] },
    mstyle: { 'text-shadow': [TEXT_SHADOW] },
    th: { 'text-align': [/^(left|right|center)$/] },
    td: { 'text-align': [/^(left|right|center)$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, { rel: _rel, ...attribs }) => ({
      tagName,
      attribs: ABSOLUTE_HTTP_URL.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
  },
  // An image whose src was refused (data:, javascript:) would only show as a broken image.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** Reduces rendered post HTML to the allow-listed tags, attributes, classes, styles and URL schemes. */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
