import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownerNameMatcher } from '../../bibtex';
import type { Owner } from '../found-work';
import type { Fetch } from '../source-http';
import { fetchArxivWorks } from './arxiv';
import { fetchCrossrefWorks, crossrefUserAgent } from './crossref';
import { fetchDblpWorks } from './dblp';
import { fetchOpenAlexWorks } from './openalex';
import { fetchOrcidWorks } from './orcid';
import { fetchSemanticScholarWorks } from './semantic-scholar';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures', name), 'utf8');
const ids = JSON.parse(fixture('identifiers.json')) as Required<Pick<Owner, 'orcid' | 'openalexId' | 'dblpPid' | 'semanticScholarId' | 'arxivQuery'>>;
const owner: Owner = { name: 'Ruizhe Wang', isOwnerName: ownerNameMatcher({ name: 'Ruizhe Wang', nativeName: '王瑞哲' }), ...ids };

/** A fetch that answers from a table of path → response (or a function), and records what it was asked. */
function fakeFetch(answer: (url: URL, init?: RequestInit) => Response | Promise<Response>) {
  const asked: { url: URL; headers: Record<string, string> }[] = [];
  const fetch: Fetch = async (input, init) => {
    const url = new URL(String(input));
    asked.push({ url, headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return answer(url, init);
  };
  return { fetch, asked };
}
const ok = (body: string, type = 'application/json') => new Response(body, { status: 200, headers: { 'content-type': type } });
const base = 'https://fake.test/prefix';
const noWait = { sleep: async () => {}, minIntervalMs: 0 };

describe('work-discovery sources', () => {
  describe('fetchOpenAlexWorks', () => {
    it('follows the cursor across pages, sends the key, and marks the owner by author id', async () => {
      const { fetch, asked } = fakeFetch((url) =>
        ok(fixture(url.searchParams.get('cursor') === '*' ? 'openalex-works-page-1.json' : 'openalex-works-page-2.json')),
      );
      const works = await fetchOpenAlexWorks(owner, { baseUrl: base, fetch, apiKey: 'k-123', fromDate: '2020-01-01' });
      expect(asked.map((a) => a.url.searchParams.get('cursor'))).toEqual(['*', 'Zml4dHVyZS1wYWdlLTI=']);
      expect(asked[0].url.pathname).toBe('/prefix/works');
      expect(asked[0].url.searchParams.get('filter')).toBe('author.id:A5000000001,from_publication_date:2020-01-01');
      expect(asked[0].url.searchParams.get('api_key')).toBe('k-123');
      expect(Number(asked[0].url.searchParams.get('per_page'))).toBeLessThanOrEqual(100);
      expect(works).toHaveLength(4);
      const beyond = works.find((w) => w.record.title.startsWith('Beyond Sunk Costs'))!.record;
      expect(beyond).toMatchObject({ arxivId: '2510.08008', kind: 'conference-paper', venue: 'International Conference on Machine Learning', doi: null, ids: { openalex: 'W4400000003' } });
      expect(beyond.authors.filter((a) => a.isOwner).map((a) => a.name)).toEqual(['Ruizhe Wang']);
      const fp8 = works.find((w) => w.record.title.startsWith('FP8-LM'))!.record;
      expect(fp8).toMatchObject({ arxivId: '2310.18313', doi: null, kind: 'preprint', venueShort: 'arXiv 2023' });
    });
    it('asks by ORCID when there is no OpenAlex id', async () => {
      const { fetch, asked } = fakeFetch(() => ok('{"meta":{"next_cursor":null},"results":[]}'));
      await fetchOpenAlexWorks({ ...owner, openalexId: undefined }, { baseUrl: base, fetch });
      expect(asked[0].url.searchParams.get('filter')).toBe(`author.orcid:${ids.orcid}`);
      expect(asked[0].url.searchParams.has('api_key')).toBe(false);
    });
  });

  describe('fetchArxivWorks', () => {
    it('reads the Atom feed: ids without version, names, dates, titles on one line', async () => {
      const { fetch, asked } = fakeFetch(() => ok(fixture('arxiv-query.xml'), 'application/atom+xml'));
      const works = await fetchArxivWorks(owner, { baseUrl: base, fetch, ...noWait });
      expect(asked[0].url.pathname).toBe('/prefix/api/query');
      expect(asked[0].url.searchParams.get('search_query')).toBe('au:Wang_Ruizhe');
      expect(works.map((w) => w.record.arxivId)).toEqual(['2510.08008', '2509.26520', '2511.00001']);
      expect(works[0].record).toMatchObject({
        title: 'Recycling Pretrained Checkpoints: Orthogonal Growth of Mixture-of-Experts for Efficient Large Language Model Pre-Training',
        date: '2025-10-09',
        kind: 'preprint',
        venueShort: 'arXiv 2025',
      });
      expect(works.every((w) => !w.byIdentifier)).toBe(true);
    });
    it('asks at most once every interval', async () => {
      const waits: number[] = [];
      const { fetch } = fakeFetch(() => ok('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'));
      const options = { baseUrl: base, fetch, minIntervalMs: 3000, sleep: async (ms: number) => void waits.push(ms) };
      await fetchArxivWorks(owner, options);
      await fetchArxivWorks(owner, options);
      expect(waits.length).toBeGreaterThanOrEqual(1);
      expect(waits.at(-1)).toBeGreaterThan(2500);
    });
  });

  describe('fetchDblpWorks', () => {
    it('waits out a 429 Retry-After once, then reads the person record: CoRR as preprints, the owner by pid', async () => {
      let calls = 0;
      const slept: number[] = [];
      const { fetch, asked } = fakeFetch(() =>
        ++calls === 1 ? new Response('slow down', { status: 429, headers: { 'retry-after': '2' } }) : ok(fixture('dblp-person.xml'), 'application/xml'),
      );
      const works = await fetchDblpWorks(owner, { baseUrl: base, fetch, sleep: async (ms) => void slept.push(ms) });
      expect(slept).toEqual([2000]);
      expect(asked.map((a) => a.url.pathname)).toEqual(['/prefix/pid/000/0001.xml', '/prefix/pid/000/0001.xml']);
      const icml26 = works.find((w) => w.record.ids.dblp === 'conf/icml/WangDLWCGZG26')!.record;
      expect(icml26).toMatchObject({ title: 'Beyond Sunk Costs: Boosting LLM Pre-training Efficiency via Orthogonal Growth of Mixture-of-Experts', venueShort: 'ICML 2026', year: 2026, kind: 'conference-paper', arxivId: null });
      const corr = works.find((w) => w.record.ids.dblp === 'journals/corr/abs-2510-08008')!.record;
      expect(corr).toMatchObject({ kind: 'preprint', venue: null, arxivId: '2510.08008' });
      expect(corr.authors[0]).toEqual({ name: 'Ruizhe Wang', isOwner: true });
    });
  });

  describe('fetchSemanticScholarWorks', () => {
    it('sends x-api-key when given and takes arXiv and DBLP ids as aliases', async () => {
      const { fetch, asked } = fakeFetch(() => ok(fixture('semantic-scholar-author-papers.json')));
      const works = await fetchSemanticScholarWorks(owner, { baseUrl: base, fetch, apiKey: 's2-key' });
      expect(asked[0].url.pathname).toBe('/prefix/graph/v1/author/1000000001/papers');
      expect(asked[0].url.searchParams.get('fields')).toContain('externalIds');
      expect(asked[0].headers['x-api-key']).toBe('s2-key');
      expect(works[0].record).toMatchObject({ arxivId: '2501.17116', venueShort: 'ICML 2025', kind: 'conference-paper', ids: { dblp: 'conf/icml/WangGLZYGZC25' } });
      expect(works[1].record).toMatchObject({ arxivId: '2512.13488', venue: null, kind: 'preprint' });
    });
  });

  describe('fetchCrossrefWorks', () => {
    it('filters by ORCID and names itself with a mailto in the User-Agent', async () => {
      const { fetch, asked } = fakeFetch(() => ok(fixture('crossref-works.json')));
      const works = await fetchCrossrefWorks(owner, { baseUrl: base, fetch, mailto: 'owner@example.org' });
      expect(works).toEqual([]);
      expect(asked[0].url.searchParams.get('filter')).toBe(`orcid:${ids.orcid}`);
      expect(asked[0].headers['user-agent']).toBe(crossrefUserAgent('owner@example.org'));
      expect(asked[0].headers['user-agent']).toContain('mailto:owner@example.org');
    });
  });

  describe('fetchOrcidWorks', () => {
    it('reads the preferred summary of each group', async () => {
      const { fetch, asked } = fakeFetch(() => ok(fixture('orcid-works.json')));
      const works = await fetchOrcidWorks(owner, { baseUrl: base, fetch });
      expect(asked[0].url.pathname).toBe(`/prefix/v3.0/${ids.orcid}/works`);
      expect(asked[0].headers.accept).toBe('application/json');
      expect(works.map((w) => [w.record.arxivId, w.record.kind, w.record.date])).toEqual([
        ['2501.17116', 'conference-paper', '2025-01-28'],
        ['2509.26520', 'preprint', '2025-09-30'],
      ]);
    });
  });

  describe('failures', () => {
    const clients = [
      ['OpenAlex', (fetch: Fetch) => fetchOpenAlexWorks(owner, { baseUrl: base, fetch })],
      ['arXiv', (fetch: Fetch) => fetchArxivWorks(owner, { baseUrl: base, fetch, ...noWait })],
      ['DBLP', (fetch: Fetch) => fetchDblpWorks(owner, { baseUrl: base, fetch, sleep: async () => {} })],
      ['Semantic Scholar', (fetch: Fetch) => fetchSemanticScholarWorks(owner, { baseUrl: base, fetch })],
      ['Crossref', (fetch: Fetch) => fetchCrossrefWorks(owner, { baseUrl: base, fetch })],
      ['ORCID', (fetch: Fetch) => fetchOrcidWorks(owner, { baseUrl: base, fetch })],
    ] as const;

    it.each(clients)('%s: a 500 is a SourceError naming the source', async (label, run) => {
      await expect(run(fakeFetch(() => new Response('oops', { status: 500 })).fetch)).rejects.toThrow(new RegExp(`^${label} answered 500`));
    });
    it.each(clients)('%s: a 429 that asks for too long a wait is a SourceError', async (label, run) => {
      await expect(run(fakeFetch(() => new Response('', { status: 429, headers: { 'retry-after': '86400' } })).fetch)).rejects.toThrow(
        new RegExp(`^${label} answered 429.*Retry-After 86400 s`),
      );
    });
    it.each(clients)('%s: a malformed body is a SourceError', async (label, run) => {
      await expect(run(fakeFetch(() => ok('{"results": [{"title": "cut off')).fetch)).rejects.toThrow(new RegExp(`^${label} sent`));
    });
    it.each(clients)('%s: no answer within the timeout is a SourceError', async (label, run) => {
      const hang: Fetch = (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)));
      const withTimeout = (fetch: Fetch): Fetch => (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(50) });
      await expect(run(withTimeout(hang))).rejects.toThrow(new RegExp(`^${label} did not answer .*no answer within`));
    });
  });
});
