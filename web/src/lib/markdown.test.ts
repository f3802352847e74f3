import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import MarkdownText from '../components/MarkdownText.vue';
import { isSafeHref, parseInline, parseMarkdown, textNodes } from './markdown';

describe('lib/markdown', () => {
  describe('parseMarkdown', () => {
    it('splits paragraphs on blank lines and joins soft line breaks', () => {
      expect(parseMarkdown('One\ntwo.\n\n\nThree.')).toEqual([
        { type: 'paragraph', children: [{ type: 'text', text: 'One two.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Three.' }] },
      ]);
    });

    it('reads a block of "- " lines as a list', () => {
      expect(parseMarkdown('- a\n- b')).toEqual([
        { type: 'list', items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
      ]);
    });
  });

  describe('parseInline', () => {
    it.each([
      ['**bold**', [{ type: 'strong', children: [{ type: 'text', text: 'bold' }] }]],
      ['*em* and _em_', [
        { type: 'em', children: [{ type: 'text', text: 'em' }] },
        { type: 'text', text: ' and ' },
        { type: 'em', children: [{ type: 'text', text: 'em' }] },
      ]],
      ['`a*b*c`', [{ type: 'code', text: 'a*b*c' }]],
      ['[Scholar](https://scholar.google.com)', [
        { type: 'link', href: 'https://scholar.google.com', children: [{ type: 'text', text: 'Scholar' }] },
      ]],
      ['[x](javascript:alert(1))', [{ type: 'text', text: 'x' }, { type: 'text', text: ')' }]],
      ['2 * 3 * 4', [{ type: 'text', text: '2 * 3 * 4' }]],
      ['snake_case_name', [{ type: 'text', text: 'snake_case_name' }]],
    ])('parses %j', (source, expected) => {
      expect(parseInline(source)).toEqual(expected);
    });
  });

  describe('textNodes', () => {
    it('marks Chinese runs, with their full-width punctuation, as lang zh', () => {
      expect(textNodes('Ruizhe Wang（王瑞哲）, I’m here')).toEqual([
        { type: 'text', text: 'Ruizhe Wang' },
        { type: 'text', text: '（王瑞哲）', lang: 'zh' },
        { type: 'text', text: ', I’m here' },
      ]);
    });
  });

  describe('isSafeHref', () => {
    it.each([
      ['https://example.org', true],
      ['mailto:me@example.org', true],
      ['/publications', true],
      ['#top', true],
      ['//evil.example', false],
      ['javascript:alert(1)', false],
      ['data:text/html,x', false],
    ])('%s → %s', (href, safe) => {
      expect(isSafeHref(href)).toBe(safe);
    });
  });

  describe('MarkdownText', () => {
    it('shows raw HTML as text, never as markup', () => {
      const wrapper = mount(MarkdownText, { props: { source: 'Hi <img src=x onerror=alert(1)> **there**' } });
      expect(wrapper.find('img').exists()).toBe(false);
      expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>');
      expect(wrapper.find('strong').text()).toBe('there');
    });

    it('renders Chinese inside a lang="zh" span', () => {
      const wrapper = mount(MarkdownText, { props: { source: 'Hi, I’m Ruizhe Wang (王瑞哲).' } });
      expect(wrapper.find('span[lang="zh"]').text()).toBe('王瑞哲');
    });
  });
});
