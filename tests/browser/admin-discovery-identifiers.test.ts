/**
 * The owner tells discovery who they are in the real admin UI: types their identifiers into the
 * profile's source fields (ORCID iD, OpenAlex, DBLP, Semantic Scholar, arXiv) and saves, reads
 * under the OpenAlex field that this server has no OPENALEX_API_KEY, and after a run finds the
 * seeded page's missing work in the admin's "Work found" list. Runs a CMS of its own pointed at
 * the fake sources (tests/fakes/discovery/), so it logs in once on that CMS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_IDENTIFIERS, startFakeSources, type FakeSources } from '../fakes/discovery/server';
import { adminLogin } from '../support/admin-api';
import { openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { OWNER, startCms, type CmsProcess } from '../support/cms-process';
import { CANDIDATE_UID, discoveryAdmin } from '../support/work-discovery';

const BEYOND = 'Beyond Sunk Costs: Boosting LLM Pre-training Efficiency via Orthogonal Growth of Mixture-of-Experts';
const FIELDS: [label: string, value: string][] = [
  ['ORCID iD', FIXTURE_IDENTIFIERS.orcid],
  ['OpenAlex author id', FIXTURE_IDENTIFIERS.openalexId],
  ['DBLP pid', FIXTURE_IDENTIFIERS.dblpPid],
  ['Semantic Scholar author id', FIXTURE_IDENTIFIERS.semanticScholarId],
  ['arXiv author query', FIXTURE_IDENTIFIERS.arxivQuery],
];

let fake: FakeSources;
let cms: CmsProcess;
let token: string;
let session: AdminSession | undefined;

beforeAll(async () => {
  fake = await startFakeSources();
  cms = await startCms({ env: { ...fake.env, ARXIV_MIN_INTERVAL_MS: '0', OPENALEX_API_KEY: undefined } });
  token = await adminLogin(cms.url, OWNER);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await cms?.stop();
  await fake?.close();
});

describe('telling discovery who the owner is, in the admin', () => {
  it('saves the identifiers typed into the profile, and the run they start shows in "Work found"', async () => {
    session = await openAdminAsOwner({ flow: 'discovery-identifiers', origin: cms.url, token, viewport: { width: 1400, height: 3400 } });
    const { page } = session;

    await session.step('profile', async () => {
      await session!.goto('/content-manager/single-types/api::profile.profile');
      await page.getByLabel('ORCID iD').waitFor();
      await page.getByText(/This server has no OPENALEX_API_KEY/).waitFor();
    });

    await session.step('type-identifiers', async () => {
      for (const [label, value] of FIELDS) await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText(/Saved/).first().waitFor();
    });

    const discovery = discoveryAdmin(cms.url, token);
    const summary = await discovery.run();
    expect(summary.sources.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);

    await session.step('work-found', async () => {
      await session!.goto(`/content-manager/collection-types/${CANDIDATE_UID}`);
      await page.getByText(BEYOND).first().waitFor();
    });
    expect((await discovery.candidates()).map((c) => [c.title, c.proposal])).toEqual([[BEYOND, 'upgrade']]);
  }, 300_000);
});
