/**
 * Every prerendered page (English and /zh/, the 404 pages too) as an HTML validator sees it:
 * html-validate's recommended rules, 0 errors. Crawlers and assistive technology read this markup
 * before any script runs, so a defect here is a defect of the site.
 * https://html-validate.org/rules/presets.html
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_WAIT_MS, sharedSiteBuild } from '../support/spa';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Subresource integrity is for files from other origins; every script and stylesheet of the
    // site comes from its own origin, under content-hashed names, and the CSP allows only 'self'.
    'require-sri': 'off',
    // A page's title is the publication's or post's own title and the owner's name: cutting it to
    // 70 characters would drop words that scholars and search engines match on.
    'long-title': 'off',
    // Post bodies carry KaTeX's and Shiki's `style` attributes (sizes of math, colours of code):
    // stored HTML, sanitised to an allow-list of properties (cms/src/rendering/sanitize.ts), and
    // the site's CSP's one concession (`style-src-attr 'unsafe-inline'`, README).
    'no-inline-style': 'off',
  },
});

/** The site's pages as files: `index.html` per path and the 404 pages; dot files (the kept shell) are not pages. */
function prerenderedPages(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const relative = path.posix.join(base, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : prerenderedPages(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

/** `zh/blog/a-post/index.html` → `/zh/blog/a-post/`. */
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

let problems = new Map<string, Message[]>();

beforeAll(async () => {
  const outDir = await sharedSiteBuild();
  problems = new Map();
  for (const file of prerenderedPages(outDir)) {
    const report = await validator.validateString(readFileSync(path.join(outDir, file), 'utf8'), file);
    problems.set(pathOf(file), report.results.flatMap((result) => result.messages));
  }
}, BUILD_WAIT_MS + 30_000);

/** Each problem as one readable line, so a failure names page, place and rule. */
function describeProblems(pages: string[], rule?: string): string[] {
  return pages.flatMap((page) =>
    (problems.get(page) ?? [])
      .filter((message) => message.severity === 2 && (!rule || message.ruleId === rule))
      .map((message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`),
  );
}

const pages = () => [...problems.keys()];

describe('prerendered pages', () => {
  it('include every kind of page in both languages', () => {
    const all = pages();
    for (const expected of ['/', '/zh/', '/publications/', '/zh/publications/', '/blog/', '/404.html', '/zh/404.html']) {
      expect(all).toContain(expected);
    }
    expect(all.some((page) => /^\/publications\/./.test(page))).toBe(true);
    expect(all.some((page) => /^\/zh\/blog\/./.test(page))).toBe(true);
  });

  it('give a search form a submit button (the publications and blog filters)', () => {
    expect(describeProblems(pages(), 'wcag/h32')).toEqual([]);
  });

  it('never repeat an attribute or a class on one element (the publication page once had class "tags" twice)', () => {
    expect([...describeProblems(pages(), 'no-dup-attr'), ...describeProblems(pages(), 'no-dup-class')]).toEqual([]);
  });

  it('put aria-label only on interactive elements and landmarks', () => {
    expect(describeProblems(pages(), 'aria-label-misuse')).toEqual([]);
  });

  it('have no errors under the recommended rules', () => {
    const errors = describeProblems(pages());
    console.log(`html-validate: ${pages().length} pages, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });
});
