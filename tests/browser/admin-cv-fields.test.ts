/**
 * The owner adds a position to their CV in the real admin UI (profile → Positions → add an entry →
 * type → Save → Publish), and the CV's JSON Resume and the public profile show it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { getPublic } from '../support/http';
import { uniqueMarker } from '../support/published';

let session: AdminSession | undefined;
const admin = createAdminApi();

afterAll(async () => {
  await session?.close();
  await admin.profile.updateDraft({ positions: [] });
  await admin.profile.publish();
});

describe('the CV fields in the admin', () => {
  it('adds a position typed into the profile form to /api/cv.json once published', async () => {
    const organisation = `Microsoft Research Asia ${uniqueMarker('admin-cv')}`;
    session = await openAdminAsOwner({ flow: 'cv-position', viewport: { width: 1400, height: 1400 } });
    const { page } = session;
    // The field's label reads "Positions (0)" while it is empty; its block holds the add button.
    const addPosition = page
      .locator('main')
      .getByText(/^Positions/)
      .locator('xpath=ancestor::*[.//button[contains(normalize-space(.), "No entry yet")]][1]')
      .getByRole('button', { name: /No entry yet/ });
    const work = async () => ((await getPublic('/api/cv.json')).body as { work: { name: string; position: string }[] }).work;

    await session.step('profile', async () => {
      await session!.goto('/content-manager/single-types/api::profile.profile');
      await addPosition.waitFor();
    });

    await session.step('add-position', async () => {
      await addPosition.click();
      // Only the position's form has these two labels (awards say "Award", service "Role").
      await page.getByRole('textbox', { name: /^Title/ }).fill('Research Intern');
      await page.getByRole('textbox', { name: /^Organisation/ }).fill(organisation);
      await page.getByRole('textbox', { name: /^Organisation/ }).press('Tab');
    });

    await session.step('save-and-publish', async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Saved document').first().waitFor();
      expect((await work()).map((entry) => entry.name)).not.toContain(organisation);
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await expect.poll(work, { timeout: ADMIN_STEP_MS, interval: 500 }).toContainEqual({ name: organisation, position: 'Research Intern' });
    });
  }, 300_000);
});
