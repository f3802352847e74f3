/**
 * Code fences coloured by Shiki, in both site themes at once: light colours inline plus
 * `--shiki-dark*` CSS variables, so the site switches to dark with CSS alone and the HTML stays
 * readable where no site CSS applies (feed readers).
 * https://shiki.style/guide/dual-themes
 */

/** Renders one code block to `<pre class="shiki">…</pre>`; never throws on an unknown language. */
export type HighlightCode = (code: string, language: string) => string;

const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

// Each grammar also brings its aliases (py, sh, shell, zsh, js, ts, yml, md, c++ …).
const LANGUAGES = [
  'python',
  'shellscript',
  'c',
  'cpp',
  'javascript',
  'typescript',
  'json',
  'yaml',
  'toml',
  'diff',
  'markdown',
];

// Shiki 4.6 ships no CUDA grammar; CUDA is C++ plus a few qualifiers, so C++ colours it well.
const LANGUAGE_FALLBACKS: ReadonlyMap<string, string> = new Map([
  ['cuda', 'cpp'],
  ['cu', 'cpp'],
]);

/** Shiki's built-in language for escaped, uncoloured text (needs no grammar). */
const PLAIN_TEXT = 'text';

let highlighterLoading: Promise<HighlightCode> | undefined;

/**
 * The one highlighter of the process, created on first use: loading the themes and grammars
 * takes about a second (and each grammar compiles on its first use), so it is never repeated.
 * A failed load is not cached, so the next save tries again.
 */
export function loadCodeHighlighter(): Promise<HighlightCode> {
  // Required here rather than at the top: Shiki's modules alone weigh on every boot otherwise.
  highlighterLoading ??= import('shiki').then(({ createHighlighter }) => createHighlighter({ themes: Object.values(THEMES), langs: LANGUAGES })).then(
    (highlighter) => {
      const loaded = new Set(highlighter.getLoadedLanguages());
      return (code, language) => {
        const requested = language.trim().toLowerCase();
        const resolved = LANGUAGE_FALLBACKS.get(requested) ?? requested;
        const lang = loaded.has(resolved) ? resolved : PLAIN_TEXT;
        // A fence's content ends with its closing newline, which Shiki would show as an empty line.
        return highlighter.codeToHtml(code.replace(/\n$/, ''), { lang, themes: THEMES });
      };
    },
    (error: unknown) => {
      highlighterLoading = undefined;
      throw error;
    },
  );
  return highlighterLoading;
}
