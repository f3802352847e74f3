/**
 * cms/src/work-discovery against the fake sources (tests/fakes/discovery/: recorded-style answers
 * of OpenAlex, arXiv, DBLP, Semantic Scholar, Crossref and ORCID; no request leaves 127.0.0.1).
 * The owner types the fixture identifiers into the profile and runs discovery as the admin would
 * (POST /work-discovery/run): the seeded page's missing work (its paper accepted at ICML 2026
 * under a new title) is proposed as an upgrade of the seeded preprint title, a namesake's paper is
 * not, a second run adds nothing, a dismissed work stays dismissed, dead sources change nothing,
 * and no candidate is ever public. Boots its own CMS (on PostgreSQL in the postgres project).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFakeSources, FAKE_SOURCES, FIXTURE_IDENTIFIERS, type FakeSources } from '../fakes/discovery/server';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { OWNER, startCms, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';
import { createThrowAwayDatabase, type ThrowAwayDatabase } from '../support/postgres';
import { discoveryAdmin } from '../support/work-discovery';

const RECYCLING = 'Recycling Pretrained Checkpoints: Orthogonal Growth of Mixture-of-Experts for Efficient Large Language Model Pre-Training';
const BEYOND = 'Beyond Sunk Costs: Boosting LLM Pre-training Efficiency via Orthogonal Growth of Mixture-of-Experts';

let fake: FakeSources;
let cms: CmsProcess;
let database: ThrowAwayDatabase | undefined;
let token: string;
let discovery: ReturnType<typeof discoveryAdmin>;

/** Every publication as the admin sees it (drafts too), to prove a run changed none. */
async function publicationsSnapshot(): Promise<string> {
  const response = await request('GET', `${cms.url}/content-manager/collection-types/api::publication.publication?page=1&pageSize=100&sort=id:ASC`, { token });
  expect(response.status).toBe(200);
  return JSON.stringify((response.body as { results: unknown[] }).results);
}

// vitest reads the first argument's pattern (fixtures); the suite, second, names the project.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  fake = await startFakeSources();
  const onPostgres = (suite as { file?: { projectName?: string } }).file?.projectName === 'postgres';
  if (onPostgres) database = await createThrowAwayDatabase(process.env.TEST_DATABASE_URL ?? '');
  cms = await startCms({
    env: {
      ...fake.env,
      OPENALEX_API_KEY: 'fixture-key',
      ARXIV_MIN_INTERVAL_MS: '0',
      DISCOVERY_TIMEOUT_MS: '3000',
      ...(database ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url } : {}),
    },
    bootTimeoutMs: 120_000,
  });
  token = await adminLogin(cms.url, OWNER);
  discovery = discoveryAdmin(cms.url, token);
  // The owner types their identifiers into the profile (the fixtures' made-up ones).
  await createAdminApi(cms.url, token).profile.updateDraft({ ...FIXTURE_IDENTIFIERS });
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await fake?.close();
  await database?.drop();
});

describe('work discovery', () => {
  it('proposes the seeded page missing work, as an upgrade of its preprint, and nothing else', async () => {
    const before = await publicationsSnapshot();
    const summary = await discovery.run();

    expect(summary.sources.map((s) => [s.source, s.status])).toEqual(FAKE_SOURCES.map((source) => [source, 'ok']));
    // DBLP answered 429 with Retry-After: 1 first; the client waited and asked again.
    expect(fake.requests.filter((r) => r.source === 'dblp')).toHaveLength(2);
    // OpenAlex: both cursor pages, with the key.
    expect(fake.requests.filter((r) => r.source === 'openalex').map((r) => r.url.searchParams.get('cursor'))).toEqual(['*', 'Zml4dHVyZS1wYWdlLTI=']);
    expect(fake.requests.find((r) => r.source === 'openalex')?.url.searchParams.get('api_key')).toBe('fixture-key');

    expect(summary.proposed).toEqual([
      expect.objectContaining({ title: BEYOND, proposal: 'upgrade', matchKey: 'arxiv:2510.08008', upgradeOf: expect.objectContaining({ title: RECYCLING, changes: ['title'] }) }),
    ]);
    expect(summary.namesakes).toBe(1);

    const candidates = await discovery.candidates();
    expect(candidates.map((c) => [c.title, c.state, c.proposal])).toEqual([[BEYOND, 'new', 'upgrade']]);
    const [candidate] = candidates;
    expect(candidate.record).toMatchObject({ venueShort: 'ICML 2026', arxivId: '2510.08008', kind: 'conference-paper' });
    expect(candidate.record.authors.filter((a) => a.isOwner).map((a) => a.name)).toEqual(['Ruizhe Wang']);
    expect(candidate.sources.sort()).toEqual(['arxiv', 'dblp', 'openalex']);
    expect((await discovery.upgradeOf(candidate.documentId)).map((p) => p.title)).toEqual([RECYCLING]);
    // Discovery proposes; it never writes a publication.
    expect(await publicationsSnapshot()).toBe(before);
  });

  it('creates nothing on a second run, and moves lastSeenAt on', async () => {
    const [before] = await discovery.candidates();
    const summary = await discovery.run();
    expect(summary.proposed).toEqual([]);
    expect(summary.seenAgain).toBe(1);
    const after = await discovery.candidates();
    expect(after).toHaveLength(1);
    expect(after[0].documentId).toBe(before.documentId);
    expect(after[0].firstSeenAt).toBe(before.firstSeenAt);
    expect(Date.parse(after[0].lastSeenAt)).toBeGreaterThan(Date.parse(before.lastSeenAt));
  });

  it('proposes a new work as a new publication, and a dismissed one stays dismissed across runs', async () => {
    // The test's own work, only in this fake's answer: the owner's (by OpenAlex author id), no DOI.
    fake.extraOpenAlexWorks.push({
      id: 'https://openalex.org/W4499999999',
      doi: null,
      title: 'FIXTURE (work-discovery test): A Work Only OpenAlex Knows',
      publication_year: 2026,
      publication_date: '2026-03-02',
      type: 'article',
      authorships: [
        { author: { id: 'https://openalex.org/A5900000001', display_name: 'Yeyun Gong' } },
        { author: { id: `https://openalex.org/${FIXTURE_IDENTIFIERS.openalexId}`, display_name: 'R. Wang' } },
      ],
      primary_location: { landing_page_url: 'https://example.test/w', source: { display_name: 'Conference on Neural Information Processing Systems', type: 'conference' } },
      locations: [],
    });
    try {
      const first = await discovery.run();
      expect(first.proposed).toEqual([expect.objectContaining({ proposal: 'new-publication', title: 'FIXTURE (work-discovery test): A Work Only OpenAlex Knows' })]);
      const created = (await discovery.candidates()).find((c) => c.proposal === 'new-publication')!;
      expect(created.record).toMatchObject({ venueShort: 'NeurIPS 2026', year: 2026, kind: 'conference-paper' });
      expect(created.record.authors).toEqual([
        { name: 'Yeyun Gong', isOwner: false },
        { name: 'R. Wang', isOwner: true },
      ]);

      await discovery.decide(created.documentId, 'dismissed');
      for (let run = 0; run < 2; run++) {
        const again = await discovery.run();
        expect(again.proposed).toEqual([]);
        expect(again.keptDismissed).toBe(1);
      }
      const after = (await discovery.candidates()).filter((c) => c.proposal === 'new-publication');
      expect(after.map((c) => [c.documentId, c.state])).toEqual([[created.documentId, 'dismissed']]);
      await discovery.remove(created.documentId);
    } finally {
      fake.extraOpenAlexWorks.length = 0;
    }
  });

  it('logs and skips failing sources: the others still run, and nothing changes', async () => {
    const publications = await publicationsSnapshot();
    const candidates = JSON.stringify(await discovery.candidates());
    fake.failures.openalex = '500';
    fake.failures.dblp = 'malformed';
    fake.failures.arxiv = 'hang';
    fake.failures.crossref = '429';
    try {
      const partial = await discovery.run();
      const status = Object.fromEntries(partial.sources.map((s) => [s.source, s.status]));
      expect(status).toEqual({ openalex: 'failed', arxiv: 'failed', dblp: 'failed', semanticscholar: 'ok', crossref: 'failed', orcid: 'ok' });
      expect(partial.sources.find((s) => s.source === 'openalex')?.line).toMatch(/OpenAlex: failed, skipped: OpenAlex answered 500/);
      expect(partial.sources.find((s) => s.source === 'arxiv')?.line).toMatch(/no answer within 3000 ms/);
      expect(partial.sources.find((s) => s.source === 'crossref')?.line).toMatch(/429.*Retry-After 3600 s/);
      expect(partial.proposed).toEqual([]);

      for (const source of FAKE_SOURCES) fake.failures[source] = '500';
      const dead = await discovery.run();
      expect(dead.sources.every((s) => s.status === 'failed')).toBe(true);
      expect(dead.proposed).toEqual([]);
    } finally {
      fake.failures = {};
    }
    expect(await publicationsSnapshot()).toBe(publications);
    const after = JSON.parse(JSON.stringify(await discovery.candidates())) as { lastSeenAt: string }[];
    const was = JSON.parse(candidates) as { lastSeenAt: string }[];
    // Only lastSeenAt may move (the sources that still answered saw the work again).
    expect(after.map(({ lastSeenAt: _, ...rest }) => rest)).toEqual(was.map(({ lastSeenAt: _, ...rest }) => rest));
  });

  it('keeps candidates, their run and the identifiers away from the public', async () => {
    expect((await request('GET', `${cms.url}/api/work-candidates`)).status).toBe(404);
    expect((await request('POST', `${cms.url}/work-discovery/run`)).status).toBe(401);
    const openapi = await request('GET', `${cms.url}/api/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(openapi.text).not.toMatch(/work-candidate|work_candidate|workCandidate/i);
    await createAdminApi(cms.url, token).profile.publish();
    const profile = await request('GET', `${cms.url}/api/profile`);
    expect(profile.status).toBe(200);
    expect(profile.text).toContain('Ruizhe Wang');
    expect(profile.text).not.toContain(FIXTURE_IDENTIFIERS.orcid);
    expect(profile.text).not.toMatch(/openalexId|dblpPid|semanticScholarId|arxivQuery/);
  });

  it('says in the admin, under the OpenAlex field, when the server has no OPENALEX_API_KEY', async () => {
    const description = async (cmsUrl: string, adminToken: string) => {
      const response = await request('GET', `${cmsUrl}/content-manager/content-types/api::profile.profile/configuration`, { token: adminToken });
      expect(response.status).toBe(200);
      return (response.body as { data: { contentType: { metadatas: Record<string, { edit: { description: string } }> } } }).data.contentType.metadatas.openalexId.edit.description;
    };
    // The run's shared CMS has no key; this file's CMS has one.
    expect(await description(inject('cmsUrl'), inject('adminToken'))).toMatch(/no OPENALEX_API_KEY/);
    expect(await description(cms.url, token)).not.toMatch(/no OPENALEX_API_KEY/);
    expect(await description(cms.url, token)).toMatch(/OpenAlex needs an API key/);
  });
});
