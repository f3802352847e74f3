import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeHighlighter, type HighlightCode } from './highlight';
import { createPostMarkdown } from './markdown';
import { sanitizePostHtml } from './sanitize';
import { dangerousUrls, eventHandlerAttributes, markupFeatures } from './html-tags.test-support';

let highlightCode: HighlightCode;
beforeAll(async () => {
  highlightCode = await loadCodeHighlighter();
}, 30_000);

/** What markdown-it, KaTeX and Shiki produce before the sanitiser sees it. */
const unsanitised = (markdown: string) => createPostMarkdown(highlightCode).render(markdown);

// Formulas chosen to make KaTeX use every kind of markup it has: fractions, radicals (SVG),
// stretchy arrows and braces (SVG), \cancel (SVG lines), arrays with rules, colours, boxes,
// sizing, spacing, accents over slanted letters (calc widths), tags, CD diagrams, errors.
const FORMULAS = [
  'E = mc^2',
  '\\frac{a}{b} + \\sqrt{x} + \\sqrt[3]{\\frac{1}{y}}',
  '\\sum_{i=1}^n x_i^2 \\prod_k \\int_0^\\infty e^{-x}\\,dx \\oint \\iint',
  '\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} \\begin{vmatrix} 1 \\end{vmatrix} \\begin{Bmatrix} 1 \\end{Bmatrix}',
  '\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}',
  '\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}',
  '\\begin{array}{c|c} a & b \\\\ \\hline c & d \\\\ \\hdashline e & f \\end{array}',
  '\\hat{x} \\widehat{AB} \\widehat{f} \\tilde a \\widetilde{abc} \\vec v \\overrightarrow{AB} \\overleftarrow{CD}',
  '\\overline{x} \\underline{y} \\overbrace{a+b}^{n} \\underbrace{c+d}_{m} \\overgroup{AB} \\utilde{x}',
  '\\left( \\frac{1}{2} \\right) \\Big[ x \\Big] \\left\\{ y \\right\\} \\bigg| \\Bigg\\langle',
  '\\color{red}{x} \\textcolor{#1e90ff}{y} \\colorbox{yellow}{z} \\fcolorbox{red}{yellow}{w}',
  '\\cancel{x} \\bcancel{y} \\xcancel{z} \\sout{s} \\boxed{b} \\fbox{f}',
  '\\mathbb{R} \\mathcal{L} \\mathfrak{g} \\mathrm{d} \\mathbf{x} \\boldsymbol{\\theta} \\mathsf{s} \\mathtt{t} \\mathscr{S}',
  '\\xrightarrow[below]{above} \\xleftarrow{a} \\Longrightarrow \\mapsto \\hookrightarrow \\xrightleftharpoons{a}',
  '\\rule{1em}{2em} \\kern1em \\hspace{2em} \\quad \\qquad \\, \\; \\! \\phantom{x} \\hphantom{y} \\vphantom{z}',
  '\\tag{1} x = y',
  '\\operatorname{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}} \\lim_{x \\to 0} \\frac{\\sin x}{x} \\arg\\max_\\theta',
  '\\binom{n}{k} \\tbinom{n}{k} \\dbinom{n}{k} \\cfrac{1}{1 + \\cfrac{1}{x}} \\genfrac(]{0pt}{2}{a}{b}',
  '\\overset{!}{=} \\underset{x}{\\arg\\max} \\stackrel{\\text{def}}{=}',
  '\\text{中文 text} \\textbf{bold} \\textit{it} \\textsf{sans} \\texttt{mono} \\emph{e}',
  'x^{2^{3^{4}}}_{a_{b_c}} \\tiny a \\scriptsize b \\normalsize c \\large d \\Huge e',
  '\\smash{x} \\llap{/}= \\rlap{x} \\mathclap{z} \\raisebox{0.25em}{r} \\vcenter{v}',
  '\\begin{CD} A @>a>> B \\\\ @VbVV @AAcA \\\\ C @= D \\end{CD}',
  '\\begin{smallmatrix} a & b \\end{smallmatrix} \\begin{subarray}{c} a \\\\ b \\end{subarray}',
  '\\mathring{A} \\dot x \\ddot y \\breve z \\check c \\acute a \\grave g \\bar b',
  '\\vdots \\ddots \\cdots \\not= \\neq \\lVert y \\rVert \\lceil c \\rceil',
  '\\pmb{x} \\\\ x \\newline y',
  '\\frac{1}{',
  '\\undefinedmacro{x}',
];

describe('rendering/sanitize', () => {
  describe('sanitizePostHtml', () => {
    it.each([
      ['a script tag', '<script>alert(1)</script>'],
      ['an image with onerror', '<img src=x onerror=alert(1)>'],
      ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
      ['an upper-case JAVASCRIPT: link', '<a href="JAVASCRIPT:alert(1)">x</a>'],
      ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>'],
      ['a javascript: link with a tab', '<a href="java&#x09;script:alert(1)">x</a>'],
      ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
      ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
      ['a data: image', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
      ['a MathML href', '<math><mrow href="javascript:alert(1)"><mi>x</mi></mrow></math>'],
      ['an SVG link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
      ['an SVG use', '<svg><use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/></svg>'],
      ['an SVG animation', '<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>'],
      ['an svg with onload', '<svg onload=alert(1)></svg>'],
      ['a span with onmouseover', '<span class="mord" onmouseover="alert(1)">x</span>'],
      ['an iframe', '<iframe src="https://evil.example"></iframe>'],
      ['an object', '<object data="https://evil.example/x.swf"></object>'],
      ['an embed', '<embed src="https://evil.example/x.swf">'],
      ['a form', '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">go</button></form>'],
      ['a style tag', '<style>body { display: none }</style>'],
      ['a base tag', '<base href="https://evil.example/">'],
      ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
      ['a stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ])('removes %s', (_case, html) => {
      const output = sanitizePostHtml(html);
      expect(output).not.toMatch(/<(script|iframe|object|embed|form|input|button|style|base|meta|link|use|animate)\b/i);
      expect(eventHandlerAttributes(output)).toEqual([]);
      expect(dangerousUrls(output)).toEqual([]);
    });

    it.each([
      ['a fixed overlay', '<span style="position:fixed;top:0;left:0;width:100%;height:100%">x</span>', '<span style="top:0;left:0;width:100%;height:100%">x</span>'],
      ['a background image', '<span style="background-image:url(https://evil.example/t.gif);color:red">x</span>', '<span style="color:red">x</span>'],
      ['an expression in a colour', '<span style="color:expression(alert(1))">x</span>', '<span>x</span>'],
      ['a style on a paragraph', '<p style="font-size:99px">x</p>', '<p>x</p>'],
      ['classes the site might style', '<span class="katex modal-overlay">x</span>', '<span class="katex">x</span>'],
      ['an id outside headings', '<span id="main">x</span>', '<span>x</span>'],
    ])('drops %s', (_case, html, expected) => {
      expect(sanitizePostHtml(html)).toBe(expected);
    });

    it('drops an image whose src was refused', () => {
      expect(sanitizePostHtml('<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="x"></p>')).toBe('<p></p>');
    });

    it('marks absolute links rel="noopener noreferrer", replacing any rel given', () => {
      expect(sanitizePostHtml('<a href="https://example.com" rel="opener">x</a>')).toBe(
        '<a href="https://example.com" rel="noopener noreferrer">x</a>',
      );
    });

    it('keeps relative links and images, which Strapi uploads use', () => {
      expect(sanitizePostHtml('<a href="/blog/other">x</a><img src="/uploads/plot.png" alt="">')).toBe(
        '<a href="/blog/other">x</a><img src="/uploads/plot.png" alt="" loading="lazy" />',
      );
    });

    it.each(FORMULAS.flatMap((tex) => [[`$${tex}$`], [`$$\n${tex}\n$$`]]))('keeps all of KaTeX’s markup for %s', (markdown) => {
      const html = unsanitised(markdown);
      expect(markupFeatures(sanitizePostHtml(html))).toEqual(markupFeatures(html));
    });

    it.each(['python', 'bash', 'c', 'cpp', 'javascript', 'typescript', 'json', 'yaml', 'toml', 'diff', 'markdown'])(
      'keeps all of Shiki’s markup for %s',
      (language) => {
        const code = '# heading\n- item "string" 42 // comment /* block */\nconst x = { a: true };\n+ added\n';
        const html = unsanitised(`\`\`\`${language}\n${code}\`\`\``);
        expect(markupFeatures(sanitizePostHtml(html))).toEqual(markupFeatures(html));
      },
    );

    it('keeps heading ids, permalinks and tables', () => {
      const html = unsanitised('## 引言\n\n| a | b |\n|:-|-:|\n| [x](https://example.com) | ![y](https://example.com/y.png) |');
      const features = markupFeatures(html);
      features.set('a[rel]', 1);
      features.set('img[loading]', 1);
      expect(markupFeatures(sanitizePostHtml(html))).toEqual(features);
    });
  });
});
