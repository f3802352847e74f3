/**
 * The owner's papers in the real admin UI (Strapi's built admin, headless Chromium), as issue 16
 * tells it: paste a conference paper's BibTeX into a new publication, save, see the whole card
 * filled (short venue, date, PDF link), publish, find it on the site; paste the same paper again
 * and be refused with the entry named; paste a published version into a preprint and see one
 * entry upgraded on the site. Screenshots of every step: tests/artifacts/admin/<flow>/.
 */
import type { Publication } from '@homepage/shared';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { useSite } from '../support/browser';
import { getPublicData } from '../support/http';
import { paper, pmlrIcmlBibtex, pmlrIcmlWithArxivBibtex, scholarArxivBibtex } from '../support/papers';
import { uniqueMarker } from '../support/published';

const UID = 'api::publication.publication';
/** Where openAdminAsOwner keeps this flow's screenshots; the site's pages go there too. */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/admin/papers/', import.meta.url));
const LIST = `/content-manager/collection-types/${UID}`;
const admin = createAdminApi();
const site = useSite();
const created = new Set<string>();

afterAll(async () => {
  for (const documentId of created) await admin.remove(UID, documentId);
});

const publishedWith = (filter: string) => getPublicData<Publication[]>(`/api/publications?${filter}`);

/** Opens a new publication's form from the list, as the owner does. */
async function openCreateForm(session: AdminSession): Promise<void> {
  await session.goto(LIST);
  await session.page.getByRole('link', { name: 'Create new entry' }).first().click();
  await session.page.getByRole('heading', { name: 'Create an entry' }).waitFor();
}

/** Pastes into the BibTeX field (replacing what it held) and clicks Save. */
async function pasteAndSave(session: AdminSession, bibtex: string): Promise<void> {
  await session.page.getByLabel('BibTeX').fill(bibtex);
  await session.page.getByRole('button', { name: 'Save' }).click();
}

/** The card of `title` on the site's publications page: its short venue and its links' names; a screenshot of it next to the admin's. */
async function cardOnSite(title: string, screenshot: string): Promise<{ venue: string; links: string[]; count: number }> {
  await site.prerender();
  const { page, close } = await site.open('/publications');
  try {
    const cards = page.locator('article.work', { has: page.getByRole('link', { name: title, exact: true }) });
    await cards.first().waitFor({ timeout: 10_000 });
    const card = cards.first();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}${screenshot}.png` });
    return {
      venue: (await card.locator('.venue-name').textContent())?.trim() ?? '',
      links: (await card.locator('.links a').allTextContents()).map((text) => text.replace(/ of .*$/s, '').trim()),
      count: await cards.count(),
    };
  } finally {
    await close();
  }
}

describe('admin papers', () => {
  let session: AdminSession;
  beforeAll(async () => {
    // Tall enough for the whole form in each screenshot (the admin scrolls inside its own layout).
    session = await openAdminAsOwner({ flow: 'papers', viewport: { width: 1400, height: 2300 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  const marker = uniqueMarker('icml');
  const work = paper(marker);
  let documentId = '';

  it('pastes a conference paper\'s BibTeX into a new publication: the card is complete in the form and on the site', async () => {
    const { page } = session;
    await session.step('open-create-form', () => openCreateForm(session));

    await session.step('paste-icml-bibtex-and-save', async () => {
      await pasteAndSave(session, pmlrIcmlWithArxivBibtex(work));
      await page.waitForURL((url) => !url.pathname.endsWith('/create'));
      documentId = page.url().split('/').pop()?.split('?')[0] ?? '';
      created.add(documentId);
      await expect.poll(() => page.getByLabel('Title').inputValue(), { timeout: ADMIN_STEP_MS }).toBe(work.title);
    });

    await session.step('card-fields-filled', async () => {
      expect(await page.getByLabel('Short venue').inputValue()).toBe('ICML 2026');
      expect(await page.getByLabel('arXiv id').inputValue()).toBe(work.arxivId);
      // Acronyms whole: "MoE" is not split into "mo-e".
      expect(await page.getByLabel('Address on the site (slug)').inputValue()).toBe(`efficient-moe-training-with-elastic-experts-${marker}`);
      const form = page.locator('main');
      for (const name of ['Ruizhe Wang', 'Lei Qu', 'Peng Cheng']) await form.getByText(name, { exact: true }).first().waitFor({ timeout: 10_000 });
      // The date picker shows the first public date (the arXiv id's month) as the admin's en-US locale writes it.
      expect(await page.getByLabel('First public date').inputValue()).toBe('02/01/2026');
      // Link entries are collapsed under their address; the PDF is arXiv's, since PMLR's entry named none.
      await form.getByText(`https://arxiv.org/pdf/${work.arxivId}`, { exact: true }).first().waitFor({ timeout: 10_000 });
    });

    await session.step('publish', async () => {
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect
        .poll(async () => (await publishedWith(`filters[documentId][$eq]=${documentId}`)).map((p) => [p.venueShort, p.date]), { timeout: ADMIN_STEP_MS, interval: 1000 })
        .toEqual([['ICML 2026', '2026-02-01']]);
    });

    await session.step('card-on-the-site', async () => {
      const card = await cardOnSite(work.title, 'site-new-paper-card');
      expect(card.venue).toBe('ICML 2026');
      expect(card.links).toEqual(['PDF', 'arXiv', 'PMLR', 'BibTeX']);
      const [published] = await publishedWith(`filters[documentId][$eq]=${documentId}`);
      const { page: paperPage, close } = await site.open(`/publications/${published.slug}`);
      try {
        await paperPage.locator('time[datetime="2026-02-01"]').first().waitFor({ timeout: 10_000 });
        await paperPage.screenshot({ path: `${ARTIFACTS}site-new-paper-page.png` });
      } finally {
        await close();
      }
    });
  }, 420_000);

  it('refuses the same paper pasted again (its arXiv version too), naming the entry it is; no second copy appears', async () => {
    const { page } = session;
    expect(documentId).not.toBe('');
    for (const [name, bibtex] of [
      ['same-bibtex', pmlrIcmlWithArxivBibtex(work)],
      ['arxiv-version', scholarArxivBibtex(work)],
    ] as const) {
      await session.step(`open-create-form-for-${name}`, () => openCreateForm(session));
      await session.step(`paste-${name}-and-save-refused`, async () => {
        await pasteAndSave(session, bibtex);
        // The notification and the BibTeX field both say which entry it is and what to do.
        const refusal = page.getByText(`This paper is already in your publications: "${work.title}" has the same arXiv id ${work.arxivId}`).first();
        await refusal.waitFor({ timeout: ADMIN_STEP_MS });
        expect(await refusal.textContent()).toContain(`paste this BibTeX into "${work.title}" instead`);
        expect(await refusal.textContent()).toContain(`/admin${LIST}/${documentId}`);
        expect(page.url()).toMatch(/\/create(\?|$)/);
      });
    }
    const copies = await admin.raw('GET', `${UID}?filters[arxivId][$startsWith]=${work.arxivId}&pageSize=10`);
    expect((copies.body as { results: unknown[] }).results).toHaveLength(1);
    expect(await publishedWith(`filters[arxivId][$startsWith]=${work.arxivId}`)).toHaveLength(1);
  }, 300_000);

  it('merges: the published version pasted into an existing preprint upgrades it, and the site lists it once with its venue', async () => {
    const { page } = session;
    const preprintWork = paper(uniqueMarker('merge'), `Sparse Pre-Training with Elastic Experts ${uniqueMarker('t')}`);
    const preprint = await admin.createDraft(UID, { bibtex: scholarArxivBibtex(preprintWork) });
    created.add(preprint.documentId);
    await admin.publish(UID, preprint.documentId);

    await session.step('open-preprint', async () => {
      await session.goto(`${LIST}/${preprint.documentId}`);
      await expect.poll(() => page.getByLabel('Short venue').inputValue(), { timeout: ADMIN_STEP_MS }).toBe('arXiv 2026');
    });

    await session.step('paste-published-version-and-save', async () => {
      await pasteAndSave(session, pmlrIcmlBibtex(preprintWork));
      await expect.poll(() => page.getByLabel('Short venue').inputValue(), { timeout: ADMIN_STEP_MS }).toBe('ICML 2026');
      expect(await page.getByLabel('arXiv id').inputValue()).toBe(preprintWork.arxivId);
      expect(await page.getByLabel('Title').inputValue()).toBe(preprintWork.title);
    });

    await session.step('publish-merged', async () => {
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect
        .poll(async () => (await publishedWith(`filters[documentId][$eq]=${preprint.documentId}`)).map((p) => [p.kind, p.venueShort, p.arxivId]), {
          timeout: ADMIN_STEP_MS,
          interval: 1000,
        })
        .toEqual([['conference-paper', 'ICML 2026', preprintWork.arxivId]]);
    });

    await session.step('one-entry-on-the-site', async () => {
      const card = await cardOnSite(preprintWork.title, 'site-merged-card');
      expect(card).toEqual({ venue: 'ICML 2026', count: 1, links: ['PDF', 'arXiv', 'PMLR', 'BibTeX'] });
    });
  }, 420_000);
});
