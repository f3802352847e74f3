/**
 * cms/src/citation-counts against a local fake of OpenAlex (no request leaves 127.0.0.1): counts
 * are fetched by DOI (arXiv ids through arXiv's DOI), stored with their date and served; a 429 or
 * a 500 keeps the last good count and is logged; admin saves cannot overwrite a count.
 */
import type { Publication } from '@homepage/shared';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin } from '../support/admin-api';
import { OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';

/** What the fake knows: DOI (lower case) → cited_by_count. */
const KNOWN: Record<string, number> = {
  '10.48550/arxiv.2501.17116': 42, // fp4-training, by its arXiv id
  '10.48550/arxiv.2310.18313': 123, // fp8-lm, by its DOI
};

let mode: 'ok' | 'rate-limited' | 'broken' = 'ok';
const seen: URL[] = [];
let fake: Server;
let fakeUrl = '';

beforeAll(async () => {
  fake = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push(url);
    if (mode !== 'ok') {
      res.writeHead(mode === 'rate-limited' ? 429 : 500, { 'content-type': 'application/json' });
      return res.end('{"error":"try later"}');
    }
    const dois = (url.searchParams.get('filter') ?? '').replace(/^doi:/, '').split('|');
    const results = dois.filter((doi) => doi in KNOWN).map((doi) => ({ doi: `https://doi.org/${doi}`, cited_by_count: KNOWN[doi] }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ meta: { count: results.length }, results }));
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const address = fake.address();
  fakeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

const dir = tempDir('citation-counts');
const running: CmsProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((cms) => cms.stop()));
  await new Promise((resolve) => fake.close(resolve));
  removeDir(dir);
});

async function boot(): Promise<CmsProcess> {
  const cms = await startCms({
    databaseFile: path.join(dir, 'data.db'),
    env: { CITATION_COUNTS_RUN_ON_BOOT: 'true', OPENALEX_URL: fakeUrl, OPENALEX_MAILTO: 'owner@example.test' },
  });
  running.push(cms);
  return cms;
}

async function publicationsBySlug(cms: CmsProcess): Promise<Map<string, Publication>> {
  const response = await request('GET', `${cms.url}/api/publications?pagination[pageSize]=100`);
  expect(response.status).toBe(200);
  return new Map((response.body as { data: Publication[] }).data.map((p) => [p.slug, p]));
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('citation-counts', () => {
  describe('refreshCitationCounts', () => {
    it('stores and serves the counts OpenAlex gives, keeps them on 429 and 500, and never takes them from an admin save', async () => {
      const first = await boot();
      const counted = await waitFor('counts served', async () => {
        const bySlug = await publicationsBySlug(first);
        return bySlug.get('fp4-training')?.citationCount === 42 ? bySlug : undefined;
      });
      expect(counted.get('fp8-lm')?.citationCount).toBe(123);
      expect(Date.now() - Date.parse(counted.get('fp4-training')?.citationCountUpdatedAt ?? '')).toBeLessThan(60_000);
      // Works OpenAlex does not know stay without a count.
      expect(counted.get('sigma-training-stack')?.citationCount ?? null).toBeNull();
      // One batched request, polite pool, for every publication with a DOI or arXiv id.
      expect(seen).toHaveLength(1);
      expect(seen[0].pathname).toBe('/works');
      expect(seen[0].searchParams.get('mailto')).toBe('owner@example.test');
      expect(seen[0].searchParams.get('filter')?.split('|')).toHaveLength(counted.size);

      // The admin form holds the count it loaded; saving it (or anything else) does not change it.
      const token = await adminLogin(first.url, OWNER);
      const fp4 = counted.get('fp4-training') as Publication;
      const base = `${first.url}/content-manager/collection-types/api::publication.publication/${fp4.documentId}`;
      expect((await request('PUT', base, { token, json: { citationCount: 999, note: 'Oral' } })).status).toBe(200);
      expect((await request('POST', `${base}/actions/publish`, { token, json: {} })).status).toBe(200);
      const afterSave = (await publicationsBySlug(first)).get('fp4-training');
      expect(afterSave).toMatchObject({ note: 'Oral', citationCount: 42 });
      await first.stop();

      for (const failure of ['rate-limited', 'broken'] as const) {
        mode = failure;
        const asked = seen.length;
        const cms = await boot();
        await waitFor('the job to ask OpenAlex', async () => (seen.length > asked ? true : undefined));
        await waitFor('the failure to be logged', async () => (/Citation counts: OpenAlex answered (429|500)/.test(cms.log()) ? true : undefined));
        const kept = await publicationsBySlug(cms);
        expect(kept.get('fp4-training')).toMatchObject({ citationCount: 42, citationCountUpdatedAt: fp4.citationCountUpdatedAt });
        expect(kept.get('fp8-lm')?.citationCount).toBe(123);
        await cms.stop();
      }
    }, 180_000);
  });
});
