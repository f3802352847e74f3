import { describe, expect, it } from 'vitest';
import { documentIdsIn, planRender, type PlannedPage, type PrerenderRecord } from './render-plan';

const pages: PlannedPage[] = [
  { path: '/', kind: 'list', lastmod: null },
  { path: '/blog', kind: 'list', lastmod: null },
  { path: '/blog/a', kind: 'post', lastmod: null },
  { path: '/blog/b', kind: 'post', lastmod: null },
  { path: '/publications/w', kind: 'publication', lastmod: null },
  { path: '/tags/t', kind: 'tag', lastmod: null },
  { path: '/people/p', kind: 'person', lastmod: null, documentId: 'p' },
  { path: '/people/q', kind: 'person', lastmod: null, documentId: 'q' },
];
const record: PrerenderRecord = {
  version: 2,
  shell: 'shell-1',
  pages: {
    '/': { shows: ['profile', 'a', 'b', 'w'], sitemap: null },
    '/blog': { shows: ['profile', 'a', 'b'], sitemap: null },
    '/blog/a': { shows: ['profile', 'a', 'w'], sitemap: null },
    '/blog/b': { shows: ['profile', 'b'], sitemap: null },
    '/publications/w': { shows: ['profile', 'w'], sitemap: null },
    '/tags/t': { shows: ['profile', 'a'], sitemap: null },
    '/people/p': { shows: ['profile', 'p', 'v'], sitemap: null },
    // A co-author of p's on work v: their page shows p as a fellow author.
    '/people/q': { shows: ['profile', 'q', 'v', 'p'], sitemap: null },
  },
};
const change = (type: string, documentId: string | null, action = 'publish') => ({ type, documentId, locale: 'en', action });
const paths = (plan: { render: PlannedPage[] }) => plan.render.map((page) => page.path);

describe('planRender', () => {
  it('renders the changed work, the post that cites it and the lists, and leaves the other post', () => {
    const plan = planRender(pages, record, 'shell-1', [change('publication', 'w')]);
    expect(plan.everything).toBeNull();
    expect(paths(plan)).toEqual(['/', '/blog', '/blog/a', '/publications/w', '/tags/t']);
  });

  it("renders a co-author's page when the CMS names them with a work it did not show yet (a new joint work)", () => {
    const plan = planRender(pages, record, 'shell-1', [change('publication', 'new-work'), change('person', 'p', 'named')]);
    expect(paths(plan)).toContain('/people/p');
    expect(paths(plan)).not.toContain('/publications/w');
  });

  it('renders only the named co-author\'s own page, not the pages that merely show them', () => {
    const plan = planRender(pages, record, 'shell-1', [change('publication', 'new-work'), change('person', 'p', 'named')]);
    expect(paths(plan)).not.toContain('/people/q');
  });

  it('renders every page that shows a co-author the owner edited (a new name)', () => {
    expect(paths(planRender(pages, record, 'shell-1', [change('person', 'p', 'update')]))).toEqual(expect.arrayContaining(['/people/p', '/people/q']));
  });

  it("leaves a co-author's page that neither shows the changed work nor is named with it", () => {
    const plan = planRender(pages, record, 'shell-1', [change('publication', 'new-work'), change('person', 'someone-else', 'named')]);
    expect(paths(plan)).not.toContain('/people/p');
  });

  it("renders a co-author's page that showed the changed work (a work that drops them)", () => {
    expect(paths(planRender(pages, record, 'shell-1', [change('publication', 'v')]))).toContain('/people/p');
  });

  it('renders a page the last run did not have (a newly published post)', () => {
    const withNew = [...pages, { path: '/blog/c', kind: 'post' as const, lastmod: null }];
    expect(paths(planRender(withNew, record, 'shell-1', [change('blog-post', 'c')]))).toContain('/blog/c');
  });

  it.each([
    ['asked for everything', record, 'shell-1', 'all' as const, 'asked to render everything'],
    ['no record', null, 'shell-1', [change('blog-post', 'b')], 'no record of an earlier run'],
    ['a new client build', record, 'shell-2', [change('blog-post', 'b')], 'a new client build'],
    ['a profile change', record, 'shell-1', [change('profile', 'profile')], 'a change that shows on every page'],
    ['a media change', record, 'shell-1', [change('file', 'f')], 'a change that shows on every page'],
    ['a change without a document', record, 'shell-1', [change('blog-post', null)], 'a change that shows on every page'],
  ])('renders every page after %s', (_name, last, shell, changes, why) => {
    const plan = planRender(pages, last, shell, changes);
    expect(plan.everything).toBe(why);
    expect(plan.render).toHaveLength(pages.length);
  });
});

describe('documentIdsIn', () => {
  it('finds every documentId in a page state, nested or in lists, once each', () => {
    const state = {
      'post:a': { data: { documentId: 'a', tags: [{ documentId: 't' }], relatedPublications: [{ documentId: 'w', authors: [{ name: 'x' }] }] } },
      profile: { data: { documentId: 'p', avatar: null } },
      'posts:list': { data: [{ documentId: 'a' }, { documentId: 'b' }] },
    };
    expect(documentIdsIn(state)).toEqual(['a', 'b', 'p', 't', 'w']);
  });
});
