/**
 * Issue 19's "one click", in the real admin UI (headless Chromium): the owner sees "New works
 * found (N)" on the admin's home page, opens the list from the menu, clicks Accept on a found
 * paper, follows "Open the draft" to the Content Manager and clicks Publish: the paper is then in
 * the public API and on the site's publications page, complete. Screenshots of every step:
 * tests/artifacts/admin/new-works/.
 */
import type { Publication } from '@homepage/shared';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { useSite } from '../support/browser';
import { getPublicData } from '../support/http';
import { uniqueMarker } from '../support/published';
import { createReviewApi, foundConferencePaper } from '../support/work-candidates';

const PUBLICATION = 'api::publication.publication';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/admin/new-works/', import.meta.url));
const admin = createAdminApi();
const review = createReviewApi();
const site = useSite();
let published: string | undefined;

describe('admin new works', () => {
  let session: AdminSession;
  const works = [1, 2, 3].map((n) => foundConferencePaper(uniqueMarker(`found${n}`)));
  const [work] = works;

  beforeAll(async () => {
    for (const found of works) await review.createCandidate({
      record: found,
      sources: [
        { source: 'openalex', id: found.ids.openalex, url: `https://openalex.org/${found.ids.openalex}` },
        { source: 'arxiv', id: found.arxivId, url: `https://arxiv.org/abs/${found.arxivId}` },
      ],
    });
    session = await openAdminAsOwner({ flow: 'new-works', viewport: { width: 1400, height: 1400 } });
  });
  afterAll(async () => {
    await session?.close();
    await review.cleanUp();
    if (published) await admin.remove(PUBLICATION, published);
  });

  /** How many new candidates the review lists right now (other files may add theirs). */
  const newCount = async () => ((await review.list()).body as { data: unknown[] }).data.length;

  it('accepts a found paper in two clicks (Accept, then Publish) and the site shows it', async () => {
    const { page } = session;

    await session.step('home-widget-counts-new-works', async () => {
      await session.goto('/');
      const count = await newCount();
      expect(count).toBeGreaterThanOrEqual(3);
      await page.getByText(`New works found (${count})`, { exact: true }).waitFor();
    });

    await session.step('menu-opens-the-list', async () => {
      await page.getByRole('link', { name: 'New works found' }).first().click();
      await page.getByRole('heading', { name: /^New works found \(\d+\)$/ }).waitFor();
      const card = page.getByRole('article', { name: work.title });
      await card.getByText('Ruizhe Wang (you)').waitFor();
      await card.getByText('International Conference on Machine Learning', { exact: false }).waitFor();
      expect(await card.getByRole('link', { name: 'OpenAlex' }).getAttribute('href')).toBe(`https://openalex.org/${work.ids.openalex}`);
      expect(await card.getByRole('link', { name: 'arXiv' }).getAttribute('href')).toBe(`https://arxiv.org/abs/${work.arxivId}`);
    });

    await session.step('accept', async () => {
      const card = page.getByRole('article', { name: work.title });
      await card.getByRole('button', { name: 'Accept' }).click();
      await card.getByRole('link', { name: 'Open the draft' }).waitFor();
    });

    await session.step('open-the-draft', async () => {
      await page.getByRole('article', { name: work.title }).getByRole('link', { name: 'Open the draft' }).click();
      await page.waitForURL(/\/content-manager\/collection-types\/api::publication\.publication\/[a-z0-9]+/);
      published = page.url().split('/').pop()?.split('?')[0];
      await expect.poll(() => page.getByRole('textbox', { name: /^Title/ }).first().inputValue(), { timeout: ADMIN_STEP_MS }).toBe(work.title);
    });

    await session.step('publish', async () => {
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect
        .poll(async () => (await getPublicData<Publication[]>(`/api/publications?filters[documentId][$eq]=${published}`)).map((p) => [p.title, p.venueShort, p.doi]), {
          timeout: ADMIN_STEP_MS,
          interval: 1000,
        })
        .toEqual([[work.title, 'ICML 2026', work.doi]]);
    });

    await session.step('on-the-site', async () => {
      await site.prerender();
      const { page: sitePage, close } = await site.open('/publications');
      try {
        const card = sitePage.locator('article.work', { has: sitePage.getByRole('link', { name: work.title, exact: true }) });
        await card.waitFor({ timeout: 10_000 });
        await card.scrollIntoViewIfNeeded();
        expect((await card.locator('.venue-name').textContent())?.trim()).toBe('ICML 2026');
        await sitePage.screenshot({ path: `${ARTIFACTS}site-accepted-paper.png` });
      } finally {
        await close();
      }
    });

    await session.step('list-no-longer-offers-it', async () => {
      await session.goto('/new-works');
      await page.getByRole('heading', { name: /^New works found \(\d+\)$/ }).waitFor();
      await page.getByRole('article', { name: works[1].title }).waitFor();
      expect(await page.getByRole('article', { name: work.title }).count()).toBe(0);
    });
  }, 420_000);
});
