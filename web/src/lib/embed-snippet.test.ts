import { describe, expect, it } from 'vitest';
import { iframeSnippet, scriptSnippet, type EmbedChoice } from './embed-snippet';

const SITE = 'https://site.test';
const choice = (extra: Partial<EmbedChoice> = {}): EmbedChoice => ({ view: 'publications', locale: 'en', theme: 'auto', linkText: 'Publications', ...extra });

describe('lib/embed-snippet', () => {
  describe('scriptSnippet', () => {
    it('is the two lines to paste, with the defaults left out', () => {
      expect(scriptSnippet(SITE, choice())).toBe(
        '<script src="https://site.test/embed/v1.js" async></script>\n<homepage-works lang="en"><a href="https://site.test/publications">Publications</a></homepage-works>',
      );
    });

    it('names the view, language and theme chosen, and links the fallback to that language’s page', () => {
      const lines = scriptSnippet(SITE, choice({ view: 'posts', locale: 'zh', theme: 'dark', linkText: '博客文章' })).split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe('<homepage-works view="posts" lang="zh" theme="dark"><a href="https://site.test/zh/blog">博客文章</a></homepage-works>');
    });
  });

  describe('iframeSnippet', () => {
    it.each([
      [choice(), 'https://site.test/embed/publications'],
      [choice({ locale: 'zh', view: 'selected', theme: 'light' }), 'https://site.test/zh/embed/selected?theme=light'],
    ])('frames the /embed/<view> page of the choice', (chosen, src) => {
      expect(iframeSnippet(SITE, chosen)).toContain(`<iframe src="${src}" title="${chosen.linkText}"`);
    });
  });
});
