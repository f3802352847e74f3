/**
 * One anonymous request must not hold the database, reach SQL with a made-up column, or be
 * answered from a cache entry that Strapi reads differently (cms/src/public-read/
 * query/: query-guard.ts, query-string.ts, query-rules.ts). Runs on SQLite and PostgreSQL.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectSafeAnswer, rawRequest } from '../support/hostile-http';

const cmsUrl = inject('cmsUrl');
const get = (path: string) => rawRequest(cmsUrl, { path });

/** `filters[$or][0..n-1][tags][slug][$eq]=a`: one join of two tables per branch. */
const tagBranches = (count: number) =>
  `/api/publications?${Array.from({ length: count }, (_, i) => `filters[$or][${i}][tags][slug][$eq]=a`).join('&')}`;

const rows = (body: unknown) => (body as { data: { title: string; year: number }[] }).data;

describe('query budget', () => {
  it('refuses a 30-branch relation filter with a 400 that says why', async () => {
    const response = await get(tagBranches(30));
    expectSafeAnswer(response, [400], '30 tag branches');
    expect(response.text).toMatch(/more than \d+ relations/);
  });

  it('still answers a relation filter within the budget', async () => {
    const response = await get(tagBranches(2));
    expectSafeAnswer(response, [200], '2 tag branches');
  });

  it('counts joins across filters and sort together', async () => {
    const sortedByTag = `${tagBranches(3)}&sort=tags.name:asc`;
    expectSafeAnswer(await get(sortedByTag), [400], '3 tag branches sorted by a tag');
  });

  it.each([41, 55, 120])('refuses %i conditions in one query, saying there are too many', async (count) => {
    const query = Array.from({ length: count }, (_, i) => `filters[$or][${i}][title][$containsi]=w${i}`).join('&');
    const response = await get(`/api/publications?${query}`);
    expectSafeAnswer(response, [400], `${count} conditions`);
    expect(response.text).toMatch(/more than 40 conditions/);
  });

  it('keeps /_health answering while a burst of such requests runs', async () => {
    const burst = Promise.all(Array.from({ length: 40 }, () => get(tagBranches(30))));
    const health = await get('/_health');
    const answers = await burst;
    expect(health.status).toBe(204);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 400));
  });
});

describe('fields and sort name real fields', () => {
  it.each([
    'fields[0]=constructor',
    'fields=constructor',
    'fields[0]=__proto__',
    'fields=hasOwnProperty',
    'fields=toString',
    'fields=title,',
    'fields[0]=title&fields[1]=',
    'fields[0]=internalNote',
    'fields[0]=authors',
    'fields[title]=1',
    'sort=.',
    'sort=title..x',
    'sort=title.x',
    'sort=:asc',
    'sort=title:asc:desc',
    'sort=constructor',
    'sort[title][x]=asc',
    'sort[title]=sideways',
    'sort[0][title]=asc&sort[1]=year',
    'sort=authors.name.x:asc',
  ])('refuses %s with a 400', async (query) => {
    expectSafeAnswer(await get(`/api/publications?${query}`), [400], query);
  });

  it('drops a prototype name in the object form (qs never parses it), so it reaches nothing', async () => {
    expectSafeAnswer(await get('/api/publications?sort[constructor]=asc'), [200, 400], 'sort[constructor]=asc');
  });

  it.each([
    'fields=title,slug',
    'fields[0]=title&fields[1]=year',
    'fields=*',
    'sort=year:desc',
    'sort=year:DESC,title',
    'sort[0]=year:desc&sort[1]=title:asc',
    'sort[year]=desc',
    'sort[0][year]=desc&sort[1][title]=asc',
  ])('answers %s', async (query) => {
    expectSafeAnswer(await get(`/api/publications?${query}`), [200], query);
  });

  it('answers only the fields asked for', async () => {
    const response = await get('/api/publications?fields=title,year');
    const [first] = (response.body as { data: Record<string, unknown>[] }).data;
    expect(Object.keys(first).filter((key) => !['id', 'documentId', 'authors', 'links', 'tags', 'teaser'].includes(key)).sort()).toEqual(['title', 'year']);
  });
});

describe('empty parameters', () => {
  // One rule for every /api route (public-read/query/query-rules.ts): a parameter without a value is a 400.
  it.each([
    '/api/publications?locale=',
    '/api/publications?locale',
    '/api/blog-posts?locale=',
    '/api/profile?locale=',
    '/api/publications?fields=',
    '/api/publications?sort=',
    '/api/publications?filters=',
    '/api/tags?pagination=',
    '/api/feeds/posts.rss?tag=',
    '/api/feeds/publications.rss?kind',
    '/api/citations/publications.bib?year=',
    '/api/sitemap.xml?x=',
  ])('refuses %s with a 400 that names the parameter', async (path) => {
    const response = await get(path);
    expectSafeAnswer(response, [400], path);
    expect(response.text).toMatch(/is empty/);
  });
});

describe('the response cache reads the query as Strapi does', () => {
  it('does not answer sort=b&sort[]=a with the entry of sort[]=a&sort=b', async () => {
    // Strapi reads the first as ['title:asc', 'year:desc'] and the second as ['year:desc', 'title:asc'];
    // a key made of the sorted raw parameters gave both one entry.
    const byTitle = '/api/publications?fields=title,year&sort[]=title:asc&sort=year:desc';
    const byYear = '/api/publications?fields=title,year&sort=year:desc&sort[]=title:asc';
    for (let round = 0; round < 2; round++) {
      const titleFirst = rows((await get(byTitle)).body);
      const yearFirst = rows((await get(byYear)).body);
      expect(yearFirst.map((row) => row.year)).toEqual(yearFirst.map((row) => row.year).sort((a, b) => b - a));
      expect(titleFirst.map((row) => row.year)).not.toEqual(yearFirst.map((row) => row.year));
    }
  });
});

describe('error answers', () => {
  it.each(['/api/publications?fields=constructor', '/api/publications/nope', '/api/nowhere'])('%s is never stored by a cache', async (path) => {
    const response = await get(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
