/**
 * The owner merges two spellings of one co-author in the real admin UI (issue 21): papers by
 * "Quincy <name>", "Quentin <name>" and "Q. <name>" leave "Q. <name>" a person of its own (two people
 * fit the initial, so the CMS does not guess); the owner opens that person, picks "Quincy <name>"
 * under "Same person as" and saves. The paper then links to Quincy's page, and the dropped
 * person's page is gone from the API. Screenshots: tests/artifacts/admin/merge-people/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { getPublic, getPublicData } from '../support/http';
import { createPublished, publicationFields, uniqueMarker } from '../support/published';
import type { Publication } from '@homepage/shared';

const PUBLICATION = 'api::publication.publication';
const PERSON = 'api::person.person';
const admin = createAdminApi();
const family = `Marlowe${uniqueMarker('x').slice(2)}`;
const made: AdminDocument[] = [];
let session: AdminSession | undefined;

const owner = { name: 'Ruizhe Wang', isOwner: true, equalContribution: false, corresponding: false };
async function publishPaper(name: string): Promise<AdminDocument> {
  const authors = [owner, { name, isOwner: false, equalContribution: false, corresponding: false }];
  const paper = await createPublished(PUBLICATION, publicationFields(uniqueMarker('merge'), { authors }));
  made.push(paper);
  return paper;
}

async function personOf(paper: AdminDocument, name: string): Promise<string | undefined> {
  const [work] = await getPublicData<Publication[]>(`/api/publications?filters[slug][$eq]=${String(paper.slug)}`);
  return work.authors.find((author) => author.name === name)?.person?.slug;
}

async function personNamed(name: string): Promise<AdminDocument> {
  const response = await admin.raw('GET', `${PERSON}?filters[name][$eq]=${encodeURIComponent(name)}`);
  const [person] = (response.body as { results: AdminDocument[] }).results;
  return person;
}

afterAll(async () => {
  await session?.close();
  for (const paper of made) await admin.remove(PUBLICATION, paper.documentId);
});

describe('merging two persons in the admin', () => {
  it('hands the works of "Q. <name>" to "Quincy <name>" when the owner picks "Same person as" and saves', async () => {
    const quincyPaper = await publishPaper(`Quincy ${family}`);
    await publishPaper(`Quentin ${family}`);
    const initialsPaper = await publishPaper(`Q. ${family}`);
    const quincy = await personOf(quincyPaper, `Quincy ${family}`);
    const before = await personOf(initialsPaper, `Q. ${family}`);
    expect(before).toBeDefined();
    expect(before).not.toBe(quincy);
    const dropped = await personNamed(`Q. ${family}`);

    session = await openAdminAsOwner({ flow: 'merge-people' });
    const { page } = session;

    await session.step('open-person', async () => {
      await session!.goto(`/content-manager/collection-types/${PERSON}/${dropped.documentId}`);
      await page.getByRole('heading', { name: `Q. ${family}` }).waitFor();
    });

    await session.step('pick-same-person', async () => {
      const field = page.getByRole('combobox', { name: /Same person as/ });
      await field.click();
      await field.pressSequentially('Quincy');
      await page.getByRole('option', { name: new RegExp(`Quincy ${family}`) }).click();
    });

    await session.step('save', async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Saved document').first().waitFor();
    });

    await expect.poll(() => personOf(initialsPaper, `Q. ${family}`), { timeout: ADMIN_STEP_MS, interval: 500 }).toBe(quincy);
    expect((await getPublic(`/api/people/${dropped.documentId}`)).status).toBe(404);
    const joint = await getPublicData<Publication[]>(`/api/publications?filters[authors][person][slug][$eq]=${quincy}`);
    expect(joint.map((work) => work.documentId).sort()).toEqual([quincyPaper.documentId, initialsPaper.documentId].sort());
  }, 300_000);
});
