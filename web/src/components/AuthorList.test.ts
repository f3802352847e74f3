import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { author } from '../../test/fixtures';
import { createSiteI18n } from '../modules/i18n';
import { createSiteRouter } from '../modules/router';
import AuthorList from './AuthorList.vue';

const global = { plugins: [createSiteI18n(createSiteRouter(createMemoryHistory()))] };

describe('components/AuthorList', () => {
  const authors = [
    author('Qingguo Hu', { equalContribution: true }),
    author('Ruizhe Wang', { isOwner: true, equalContribution: true }),
    author('Yeyun Gong', { corresponding: true }),
  ];

  it('lists every author in order, separated by commas, with contribution marks', () => {
    const wrapper = mount(AuthorList, { props: { authors }, global });
    expect(wrapper.find('.authors').text().replace(/\s+/g, ' ')).toBe('Qingguo Hu*, Ruizhe Wang*, Yeyun Gong†');
  });

  it('highlights the owner, and only the owner', () => {
    const wrapper = mount(AuthorList, { props: { authors }, global });
    const highlighted = wrapper.findAll('strong.owner');
    expect(highlighted.map((node) => node.text())).toEqual(['Ruizhe Wang*']);
  });

  it('links each co-author with a person to their page, in the page’s language, and never the owner', async () => {
    const router = createSiteRouter(createMemoryHistory());
    const i18n = createSiteI18n(router);
    const withPeople = [
      author('Ruizhe Wang', { isOwner: true }),
      author('Yeyun Gong', { person: { id: 1, documentId: 'p1', name: 'Yeyun Gong', slug: 'yeyun-gong' } }),
      author('Unlinked Name'),
    ];
    for (const [path, href] of [['/publications', '/people/yeyun-gong'], ['/zh/publications', '/zh/people/yeyun-gong']]) {
      await router.push(path);
      const wrapper = mount(AuthorList, { props: { authors: withPeople }, global: { plugins: [i18n, router] } });
      expect(wrapper.findAll('a').map((link) => [link.text(), link.attributes('href')])).toEqual([['Yeyun Gong', href]]);
    }
  });

  it('explains the marks in a legend when asked and when marks occur', () => {
    const withLegend = mount(AuthorList, { props: { authors, legend: true }, global });
    expect(withLegend.find('.legend').text()).toContain('* equal contribution');
    expect(withLegend.find('.legend').text()).toContain('† corresponding author');
    const unmarked = mount(AuthorList, { props: { authors: [author('A'), author('B')], legend: true }, global });
    expect(unmarked.find('.legend').exists()).toBe(false);
  });
});
