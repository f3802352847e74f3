/**
 * Issue 19's "done when", as the owner meets it in the real admin (headless Chromium), on a CMS of
 * its own pointed at the fake sources (tests/fakes/discovery/) with the seeded page: the owner's
 * identifiers are in the profile; on "New works found" they click "Look for new works now", see
 * the ICML 2026 version of their seeded preprint proposed (renamed "Beyond Sunk Costs…"), click
 * Accept, open the draft and click Publish: the public API then serves the paper under the title
 * the venue prints, with its arXiv id kept. Screenshots: tests/artifacts/admin/discover-and-publish/.
 */
import type { Publication } from '@homepage/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSources, FIXTURE_IDENTIFIERS, type FakeSources } from '../fakes/discovery/server';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { OWNER, startCms, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';

const RECYCLING = 'Recycling Pretrained Checkpoints: Orthogonal Growth of Mixture-of-Experts for Efficient Large Language Model Pre-Training';
const BEYOND = 'Beyond Sunk Costs: Boosting LLM Pre-training Efficiency via Orthogonal Growth of Mixture-of-Experts';

let fake: FakeSources;
let cms: CmsProcess;
let session: AdminSession;

beforeAll(async () => {
  fake = await startFakeSources();
  cms = await startCms({ env: { ...fake.env, OPENALEX_API_KEY: 'fixture-key', ARXIV_MIN_INTERVAL_MS: '0', DISCOVERY_TIMEOUT_MS: '3000' }, bootTimeoutMs: 120_000 });
  const token = await adminLogin(cms.url, OWNER);
  await createAdminApi(cms.url, token).profile.updateDraft({ ...FIXTURE_IDENTIFIERS });
  session = await openAdminAsOwner({ flow: 'discover-and-publish', origin: cms.url, token, viewport: { width: 1400, height: 1400 } });
}, 240_000);

afterAll(async () => {
  await session?.close();
  await cms?.stop();
  await fake?.close();
});

/** The seeded paper as visitors get it from the public API (found by its arXiv id, which stays). */
async function publicPaper(): Promise<Pick<Publication, 'title' | 'venueShort' | 'arxivId'> | undefined> {
  const response = await request('GET', `${cms.url}/api/publications?filters[arxivId][$eq]=2510.08008`);
  const [paper] = (response.body as { data: Publication[] }).data;
  return paper && { title: paper.title, venueShort: paper.venueShort, arxivId: paper.arxivId };
}

describe('the owner finds their new work and publishes it', () => {
  it('looks for new works, then Accept and Publish: the site serves the published version', async () => {
    const { page } = session;
    expect(await publicPaper()).toEqual({ title: RECYCLING, venueShort: 'ICML 2026', arxivId: '2510.08008' });

    await session.step('look-for-new-works', async () => {
      await session.goto('/new-works');
      await page.getByRole('heading', { name: 'New works found (0)' }).waitFor();
      await page.getByRole('button', { name: 'Look for new works now' }).click();
      await page.getByRole('heading', { name: 'New works found (1)' }).waitFor({ timeout: ADMIN_STEP_MS });
      const lastSearch = page.getByRole('region', { name: 'Last search' });
      await lastSearch.getByText('1 new work found.').waitFor();
      for (const source of ['OpenAlex', 'arXiv', 'DBLP', 'Semantic Scholar', 'Crossref', 'ORCID']) {
        expect(await lastSearch.getByText(new RegExp(`^${source}: `)).count()).toBe(1);
      }
      const card = page.getByRole('article', { name: BEYOND });
      await card.getByText('Published version of:').waitFor();
      await card.getByRole('link', { name: RECYCLING }).waitFor();
    });

    await session.step('accept', async () => {
      const card = page.getByRole('article', { name: BEYOND });
      await card.getByRole('button', { name: 'Accept' }).click();
      await card.getByRole('link', { name: 'Open the draft' }).click();
      await page.waitForURL(/\/content-manager\/collection-types\/api::publication\.publication\/[a-z0-9]+/);
      await expect.poll(() => page.getByRole('textbox', { name: /^Title/ }).first().inputValue(), { timeout: ADMIN_STEP_MS }).toBe(BEYOND);
    });

    await session.step('publish', async () => {
      // Until the owner publishes, visitors still see the preprint's title.
      expect((await publicPaper())?.title).toBe(RECYCLING);
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect.poll(publicPaper, { timeout: ADMIN_STEP_MS, interval: 1000 }).toEqual({ title: BEYOND, venueShort: 'ICML 2026', arxivId: '2510.08008' });
    });
  }, 420_000);
});
