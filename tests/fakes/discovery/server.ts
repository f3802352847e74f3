/**
 * A local fake of the six sources discovery asks (OpenAlex, arXiv, DBLP, Semantic Scholar,
 * Crossref, ORCID) on one port, each under its own prefix, answering the fixtures in
 * cms/src/work-discovery/fixtures/ as the real APIs would: OpenAlex pages by cursor (two pages),
 * DBLP answers its first request 429 with `Retry-After: 1`, unknown identifiers get 404. A test
 * (or `pnpm fake-sources --fail dblp=500`) can make any source fail: 500, a malformed body, a 429
 * without end, or no answer at all. Every request is recorded, for tests that count them.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeSource = 'openalex' | 'arxiv' | 'dblp' | 'semanticscholar' | 'crossref' | 'orcid';
export type Failure = '500' | 'malformed' | '429' | 'hang';
export const FAKE_SOURCES: readonly FakeSource[] = ['openalex', 'arxiv', 'dblp', 'semanticscholar', 'crossref', 'orcid'];
export const FAILURES: readonly Failure[] = ['500', 'malformed', '429', 'hang'];

/** The environment variable that points the CMS at each source. */
export const URL_VARIABLES: Record<FakeSource, string> = {
  openalex: 'OPENALEX_URL',
  arxiv: 'ARXIV_URL',
  dblp: 'DBLP_URL',
  semanticscholar: 'SEMANTIC_SCHOLAR_URL',
  crossref: 'CROSSREF_URL',
  orcid: 'ORCID_URL',
};

const FIXTURES = new URL('../../../cms/src/work-discovery/fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
export const FIXTURE_IDENTIFIERS = JSON.parse(fixture('identifiers.json')) as {
  orcid: string;
  openalexId: string;
  dblpPid: string;
  semanticScholarId: string;
  arxivQuery: string;
};

export interface FakeSources {
  url: string;
  /** The environment that points discovery at this fake (OPENALEX_URL=…/openalex, …). */
  env: Record<string, string>;
  failures: Partial<Record<FakeSource, Failure>>;
  /** Extra OpenAlex works a test adds to the last page (its own content, removed by the test). */
  extraOpenAlexWorks: unknown[];
  /** Whether DBLP's next request gets a 429 with Retry-After: 1 first (true at start). */
  dblpRateLimitOnce: boolean;
  requests: { source: FakeSource; url: URL }[];
  close(): Promise<void>;
}

export async function startFakeSources(port = 0, host = '127.0.0.1'): Promise<FakeSources> {
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => answer(fake, req, res, hanging));
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  const fake: FakeSources = {
    url,
    env: Object.fromEntries(FAKE_SOURCES.map((source) => [URL_VARIABLES[source], `${url}/${source}`])),
    failures: {},
    extraOpenAlexWorks: [],
    dblpRateLimitOnce: true,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

function answer(fake: FakeSources, req: IncomingMessage, res: ServerResponse, hanging: Set<ServerResponse>): void {
  const url = new URL(req.url ?? '/', 'http://fake');
  const [, prefix, ...rest] = url.pathname.split('/');
  const source = prefix as FakeSource;
  if (!FAKE_SOURCES.includes(source)) return send(res, 404, 'text/plain', 'no such fake source');
  fake.requests.push({ source, url });
  const path = `/${rest.join('/')}`;
  const failure = fake.failures[source];
  if (failure === 'hang') {
    hanging.add(res); // answers never: the client's timeout must give up
    return;
  }
  if (failure === '500') return send(res, 500, 'application/json', '{"error":"Internal Server Error (fixture)"}');
  if (failure === '429') return send(res, 429, 'application/json', '{"error":"Too Many Requests (fixture)"}', { 'retry-after': '3600' });
  if (failure === 'malformed') return send(res, 200, source === 'arxiv' || source === 'dblp' ? 'application/xml' : 'application/json', source === 'arxiv' || source === 'dblp' ? '<feed><entry><title>cut off' : '{"results": [{"title": "cut off');

  const ids = FIXTURE_IDENTIFIERS;
  switch (source) {
    case 'openalex': {
      const filter = url.searchParams.get('filter') ?? '';
      if (!filter.includes(`author.id:${ids.openalexId}`) && !filter.includes(`author.orcid:${ids.orcid}`)) {
        return send(res, 200, 'application/json', JSON.stringify({ meta: { count: 0, next_cursor: null }, results: [] }));
      }
      if (Number(url.searchParams.get('per_page')) > 100) return send(res, 400, 'application/json', '{"error":"per_page is limited to 100"}');
      const cursor = url.searchParams.get('cursor');
      if (cursor === '*') return send(res, 200, 'application/json', fixture('openalex-works-page-1.json'));
      const page = JSON.parse(fixture('openalex-works-page-2.json')) as { results: unknown[] };
      if (cursor === 'Zml4dHVyZS1wYWdlLTI=') return send(res, 200, 'application/json', JSON.stringify({ ...page, results: [...page.results, ...fake.extraOpenAlexWorks] }));
      return send(res, 400, 'application/json', `{"error":"Invalid cursor ${cursor}"}`);
    }
    case 'arxiv':
      if (path !== '/api/query') break;
      if (url.searchParams.get('search_query') !== `au:${ids.arxivQuery}`) return send(res, 200, 'application/atom+xml', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>');
      return send(res, 200, 'application/atom+xml; charset=utf-8', fixture('arxiv-query.xml'));
    case 'dblp':
      if (path !== `/pid/${ids.dblpPid}.xml`) break;
      if (fake.dblpRateLimitOnce) {
        fake.dblpRateLimitOnce = false;
        return send(res, 429, 'text/plain', 'Too Many Requests', { 'retry-after': '1' });
      }
      return send(res, 200, 'application/xml; charset=utf-8', fixture('dblp-person.xml'));
    case 'semanticscholar':
      if (path !== `/graph/v1/author/${ids.semanticScholarId}/papers`) break;
      return send(res, 200, 'application/json', fixture('semantic-scholar-author-papers.json'));
    case 'crossref':
      if (path !== '/works' || url.searchParams.get('filter') !== `orcid:${ids.orcid}`) break;
      return send(res, 200, 'application/json', fixture('crossref-works.json'));
    case 'orcid':
      if (path !== `/v3.0/${ids.orcid}/works`) break;
      return send(res, 200, 'application/json', fixture('orcid-works.json'));
  }
  send(res, 404, 'application/json', `{"error":"the fake ${source} knows nothing at ${path}"}`);
}
