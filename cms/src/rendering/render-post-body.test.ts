import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCodeHighlighter } from './highlight';
import { renderPostBody } from './render-post-body';
import { dangerousUrls, eventHandlerAttributes, startTags } from './html-tags.test-support';

// Loading Shiki's grammars takes a second or two, once per test file.
beforeAll(async () => {
  await loadCodeHighlighter();
}, 30_000);

const html = async (markdown: string) => (await renderPostBody(markdown)).html;

describe('rendering/render-post-body', () => {
  describe('renderPostBody', () => {
    describe('math', () => {
      it.each([
        ['inline', 'Euler: $e^{i\\pi} + 1 = 0$.', 'e^{i\\pi} + 1 = 0'],
        ['display', '$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$', '\\int_0^1 x^2\\,dx = \\frac{1}{3}'],
      ])('renders %s math with KaTeX, as HTML and MathML', async (_kind, markdown, tex) => {
        const rendered = await renderPostBody(markdown);
        expect(rendered.html).toContain('<span class="katex">');
        expect(rendered.html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
        expect(rendered.html).toContain(`<annotation encoding="application/x-tex">${tex}`);
        expect(rendered.hasMath).toBe(true);
      });

      it('marks display math as a block', async () => {
        expect(await html('$$\nx^2\n$$')).toContain('<span class="katex-display">');
      });

      it.each([
        ['prices', 'It costs $5, or $10 with shipping.'],
        ['inline code', 'Write `$x$` for inline math.'],
        ['a code block', '```markdown\n$$x^2$$\n```'],
        ['no dollars at all', 'Plain prose.'],
      ])('reports no math for %s', async (_case, markdown) => {
        const rendered = await renderPostBody(markdown);
        expect(rendered.hasMath).toBe(false);
        expect(rendered.html).not.toContain('class="katex');
      });

      it('shows invalid TeX as an error span instead of throwing', async () => {
        expect(await html('Broken: $\\frac{1$.')).toContain('katex-error');
      });

      describe('without console output', () => {
        afterEach(() => {
          vi.restoreAllMocks();
        });

        it.each([
          ['CJK in math mode', '$x = 中文$'],
          ['an accented letter in math mode', '$é$'],
          ['a disabled HTML extension', '$\\htmlData{a=b}{x}$'],
          ['a comment at the end', '$x % note$'],
          ['invalid TeX', '$\\frac{1$'],
        ])('renders %s', async (_case, markdown) => {
          const warn = vi.spyOn(console, 'warn');
          const error = vi.spyOn(console, 'error');
          await renderPostBody(markdown);
          expect(warn).not.toHaveBeenCalled();
          expect(error).not.toHaveBeenCalled();
        });
      });

      it('does not carry \\gdef macros from one post into the next', async () => {
        const alone = await html('$\\foo$');
        await renderPostBody('$\\gdef\\foo{x}\\foo$');
        expect(await html('$\\foo$')).toBe(alone);
      });
    });

    describe('text', () => {
      it.each([
        ['Chinese', '这是一个关于低精度训练的段落，包含标点。'],
        ['emoji', 'Shipped 🎉 ✅ 👩‍🔬'],
        ['mixed', 'FP8 训练 makes LLMs 更快 🚀'],
      ])('keeps %s text as written', async (_script, text) => {
        expect(await html(text)).toBe(`<p>${text}</p>\n`);
      });

      it('shows raw HTML as text rather than rendering it', async () => {
        expect(await html('Use <kbd>Ctrl</kbd> and <script>alert(1)</script>')).toContain(
          '&lt;kbd&gt;Ctrl&lt;/kbd&gt; and &lt;script&gt;alert(1)&lt;/script&gt;',
        );
      });

      it('turns bare URLs into links that do not leak the opener or referrer', async () => {
        expect(await html('See https://example.com/paper for details.')).toContain(
          '<a href="https://example.com/paper" rel="noopener noreferrer">https://example.com/paper</a>',
        );
      });

      it('does not link file names that look like domains', async () => {
        expect(await html('Edit train.py, README.md and setup.sh.')).toBe('<p>Edit train.py, README.md and setup.sh.</p>\n');
      });

      it('leaves in-page and mailto links without rel', async () => {
        const output = await html('[up](#intro) and [mail](mailto:me@example.com)');
        expect(output).toContain('<a href="#intro">up</a>');
        expect(output).toContain('<a href="mailto:me@example.com">mail</a>');
      });

      it('does not apply typographic replacements', async () => {
        const output = await html('"quotes" -- and (c)');
        expect(output).toContain('quotes');
        expect(output).toContain('-- and (c)');
        expect(output).not.toMatch(/[“”–—©]/);
      });

      it('loads images lazily', async () => {
        expect(await html('![Loss curve](https://example.com/loss.png)')).toContain(
          '<img src="https://example.com/loss.png" alt="Loss curve" loading="lazy" />',
        );
      });

      it('keeps table alignment', async () => {
        const output = await html('| a | b |\n|:--|--:|\n| 1 | 2 |');
        expect(output).toContain('<th style="text-align:left">a</th>');
        expect(output).toContain('<td style="text-align:right">2</td>');
      });
    });

    describe('headings', () => {
      const post = [
        '# Post title',
        '## Introduction',
        '### Background',
        '#### Notation',
        '##### Too deep for the TOC',
        '## Results',
      ].join('\n\n');

      it('gives every heading an id', async () => {
        const ids = startTags(await html(post))
          .filter((tag) => /^h[1-6]$/.test(tag.name))
          .map((tag) => tag.attributes.get('id'));
        expect(ids).toEqual(['post-title', 'introduction', 'background', 'notation', 'too-deep-for-the-toc', 'results']);
      });

      it('lists h2–h4 in the TOC, in order', async () => {
        expect((await renderPostBody(post)).toc).toEqual([
          { id: 'introduction', text: 'Introduction', level: 2 },
          { id: 'background', text: 'Background', level: 3 },
          { id: 'notation', text: 'Notation', level: 4 },
          { id: 'results', text: 'Results', level: 2 },
        ]);
      });

      it('suffixes duplicate headings -1, -2', async () => {
        const { toc } = await renderPostBody('## Setup\n\n## Setup\n\n## Setup');
        expect(toc.map((entry) => entry.id)).toEqual(['setup', 'setup-1', 'setup-2']);
      });

      it.each([
        ['## 引言', '引言'],
        ['## 第一章：背景与动机', '第一章背景与动机'],
        ['## FP8 训练 🚀', 'fp8-训练'],
        ['## 🚀', 'section'],
        ['## The $O(n)$ bound', 'the-on-bound'],
      ])('gives %s the id %s', async (markdown, id) => {
        const [entry] = (await renderPostBody(markdown)).toc;
        expect(entry?.id).toBe(id);
        expect(await html(markdown)).toContain(`id="${id}"`);
      });

      it('adds a permalink with an accessible name after each heading', async () => {
        expect(await html('## 引言')).toBe(
          '<div class="heading-wrapper">\n<h2 id="引言" tabindex="-1">引言</h2>\n' +
            '<a class="header-anchor" href="#引言" aria-label="Permalink to “引言”">#</a></div>\n',
        );
      });

      it('lists inline code and math in TOC text as written', async () => {
        const [entry] = (await renderPostBody('## Why `torch.compile` is $O(n)$')).toc;
        expect(entry?.text).toBe('Why torch.compile is O(n)');
      });
    });

    describe('code', () => {
      it('highlights a fence with light colours and dark-theme CSS variables', async () => {
        const output = await html('```python\ndef f(x):\n    return x\n```');
        expect(output).toContain('<pre class="shiki shiki-themes github-light github-dark"');
        expect(output).toContain('--shiki-dark-bg:#24292e');
        expect(output).toContain('<span style="color:#D73A49;--shiki-dark:#F97583">def</span>');
      });

      it.each([
        ['python', 'import torch'],
        ['py', 'import torch'],
        ['bash', 'export CUDA_VISIBLE_DEVICES=0'],
        ['shell', 'echo "$HOME"'],
        ['sh', 'if true; then echo ok; fi'],
        ['c', 'int main(void) { return 0; }'],
        ['cpp', 'template <typename T> T id(T x) { return x; }'],
        ['cuda', '__global__ void scale(float* x) { x[threadIdx.x] *= 2.0f; }'],
        ['javascript', 'const x = await fetch(url);'],
        ['typescript', 'let n: number = 1;'],
        ['json', '{ "lr": 3e-4 }'],
        ['yaml', 'lr: 3.0e-4'],
        ['toml', '[train]\nlr = 3e-4'],
        ['diff', '- old\n+ new'],
        ['markdown', '# Title\n\n**bold**'],
      ])(
        'colours %s',
        async (language, code) => {
          const colours = new Set(
            startTags(await html(`\`\`\`${language}\n${code}\n\`\`\``))
              .map((tag) => tag.attributes.get('style'))
              .filter((style) => style?.startsWith('color:')),
          );
          expect(colours.size).toBeGreaterThan(1);
        },
        // A grammar is compiled on its first use, which takes a while on a busy machine.
        20_000,
      );

      it.each([
        ['an unknown language', 'brainfudge'],
        ['plaintext', 'plaintext'],
        ['no language', ''],
        ['an attribute injection', 'js" onmouseover="alert(1)'],
      ])('shows code in %s as escaped plain text', async (_case, language) => {
        const output = await html(`\`\`\`${language}\n<b>bold</b> & more\n\`\`\``);
        expect(output).toBe(
          '<pre class="shiki shiki-themes github-light github-dark" ' +
            'style="background-color:#fff;--shiki-dark-bg:#24292e;color:#24292e;--shiki-dark:#e1e4e8" tabindex="0">' +
            '<code><span class="line"><span>&lt;b&gt;bold&lt;/b&gt; &amp; more</span></span></code></pre>\n',
        );
      });
    });

    describe('untrusted input', () => {
      it.each([
        ['a script tag', '<script>alert(1)</script>'],
        ['an image with onerror', '<img src=x onerror=alert(1)>'],
        ['a javascript: link', '[x](javascript:alert(1))'],
        ['an upper-case JAVASCRIPT: link', '[x](JAVASCRIPT:alert(1))'],
        ['an entity-encoded javascript: link', '[x](&#106;avascript:alert(1))'],
        ['a javascript: reference link', '[x][evil]\n\n[evil]: javascript:alert(1)'],
        ['a javascript: autolink', '<javascript:alert(1)>'],
        ['a raw anchor', '<a href="javascript:alert(1)">x</a>'],
        ['KaTeX \\href', '$\\href{javascript:alert(1)}{x}$'],
        ['KaTeX \\url', '$\\url{javascript:alert(1)}$'],
        ['KaTeX \\htmlData', '$\\htmlData{onload=alert(1)}{x}$'],
        ['an iframe', '<iframe src="https://evil.example"></iframe>'],
        ['an svg with onload', '<svg onload=alert(1)><circle r="9"/></svg>'],
        ['a data: image', '![x](data:image/png;base64,iVBORw0KGgo=)'],
        ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
        ['a vbscript: link', '[x](vbscript:msgbox(1))'],
        ['a form', '<form action="https://evil.example"><input name="q"></form>'],
        ['a style tag', '<style>body { display: none }</style>'],
        ['markup in a heading', '## <img src=x onerror=alert(1)>'],
      ])('renders %s inert', async (_case, markdown) => {
        const output = await html(markdown);
        expect(output).not.toMatch(/<(script|iframe|form|input|style|object|embed)\b/i);
        expect(eventHandlerAttributes(output)).toEqual([]);
        expect(dangerousUrls(output)).toEqual([]);
        // KaTeX's \htmlData would hand data-* attributes to whatever site script reads them.
        expect(startTags(output).flatMap((tag) => [...tag.attributes.keys()]).filter((name) => name.startsWith('data-'))).toEqual([]);
      });

      it('keeps KaTeX links inert even to safe URLs', async () => {
        expect(startTags(await html('$\\href{https://example.com}{x}$')).some((tag) => tag.name === 'a')).toBe(false);
      });
    });

    describe('length', () => {
      it.each([
        ['English', 'The quick brown fox jumps over the lazy dog.', 9],
        ['Chinese', '低精度训练很快。', 7],
        ['mixed', '我们用 FP8 训练 GPT-3 模型', 9],
        ['contractions and numbers', "Don't round 3.14 to 3.", 5],
        ['headings, lists and tables', '## Two words\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |', 8],
        ['inline code and math', 'Call `f(x)` when $x^2 > 1$.', 7],
        ['code blocks', '```python\nimport torch\n```', 2],
        ['display math', '$$\n\\frac{a}{b}\n$$', 3],
        ['links but not image alt text', '[read this](https://example.com) ![a diagram](https://example.com/d.png)', 2],
      ])('counts words in %s', async (_case, markdown, words) => {
        expect((await renderPostBody(markdown)).wordCount).toBe(words);
      });

      it.each([
        ['an empty post', 1, ''],
        ['230 English words', 1, 'word '.repeat(230)],
        ['231 English words', 2, 'word '.repeat(231)],
        ['400 Chinese characters', 1, '字'.repeat(400)],
        ['2,000 Chinese characters', 5, '字'.repeat(2000)],
        ['2,300 words and 800 characters', 12, `${'word '.repeat(2300)}\n\n${'字'.repeat(800)}`],
      ])('gives %s a reading time of %i minute(s)', async (_case, minutes, markdown) => {
        expect((await renderPostBody(markdown)).readingMinutes).toBe(minutes);
      });
    });

    it('renders the same input to the same output', async () => {
      const markdown = '## 引言\n\n$x^2$ and\n\n```ts\nconst a = 1;\n```\n\n## 引言';
      expect(await renderPostBody(markdown)).toEqual(await renderPostBody(markdown));
    });
  });
});

describe('renderPostBody: uploads', () => {
  it('links root-relative uploads to the CMS, and leaves every other address as written', async () => {
    const markdown = '![chart](/uploads/chart_1a2b.png) [data](/uploads/data.csv) [blog](/blog/x) ![cdn](https://cdn.example/uploads/y.png)';
    const { html } = await renderPostBody(markdown, { mediaOrigin: 'https://cms.example.org/' });
    expect(html).toContain('src="https://cms.example.org/uploads/chart_1a2b.png"');
    expect(html).toContain('href="https://cms.example.org/uploads/data.csv"');
    expect(html).toContain('href="/blog/x"');
    expect(html).toContain('src="https://cdn.example/uploads/y.png"');
    expect((await renderPostBody(markdown)).html).toContain('src="/uploads/chart_1a2b.png"');
  });
});
