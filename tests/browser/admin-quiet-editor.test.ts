/**
 * What the owner sees of the admin UI (the real admin in Chromium, signed in as the owner): no
 * announcement banner or onboarding prompts, no "User" type they never use, every field labelled
 * in words with the BibTeX box first on a new publication, years as typed ("2025", not "2,025")
 * in the list and the form, today's date on a new post, and an upload box whose sentence ends.
 * One screenshot per step in tests/artifacts/admin/quiet-editor/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAdminAsOwner, type AdminSession } from '../support/admin-ui';
import { request } from '../support/http';

const PUBLICATION = 'api::publication.publication';
const POST = 'api::blog-post.blog-post';
const PROFILE = 'api::profile.profile';
const AUTHOR = 'publication.author';

let session: AdminSession;
/** Each content type's and component's field names, as Strapi would show them for labels. */
let fieldNames: Map<string, string[]>;

beforeAll(async () => {
  const init = await request('GET', `${inject('cmsUrl')}/content-manager/init`, { token: inject('adminToken') });
  const { contentTypes, components } = (init.body as { data: Record<'contentTypes' | 'components', { uid: string; attributes: object }[]> }).data;
  fieldNames = new Map([...contentTypes, ...components].map((model) => [model.uid, Object.keys(model.attributes)]));
  session = await openAdminAsOwner({ flow: 'quiet-editor', viewport: { width: 1400, height: 2200 } });
}, 120_000);

afterAll(() => session?.close());

/** The edit form's field labels as the owner reads them, without "*" (required) and "(2)" (entries). */
async function labels(): Promise<string[]> {
  const texts = await session.page.locator('main label').allInnerTexts();
  return texts.map((text) => text.replace(/\*\s*$/, '').replace(/\s*\(\d+\)\s*$/, '').trim()).filter(Boolean);
}

/** Labels that are a raw field name of `uid` (Strapi's default label, e.g. "venueShort"). */
function rawNames(shown: string[], uid: string): string[] {
  const names = new Set(fieldNames.get(uid));
  return shown.filter((label) => names.has(label));
}

/** Today as the admin's date input shows it in English. */
const today = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

// Admin steps are slow on a busy 2-core machine: each test gets two minutes.
describe('the admin, as the owner sees it', { timeout: 120_000 }, () => {
  it('opens on a home page without the Media Library banner or the onboarding and Cloud prompts', async () => {
    await session.step('home', async () => {
      await session.goto('/');
      await session.page.getByRole('heading', { name: /^Hello/ }).waitFor();
      const text = await session.page.locator('body').innerText();
      expect(text).not.toContain('Introducing the new Media Library');
      expect(text).not.toContain('Read blog post');
      expect(text).not.toContain('Create your schema');
      expect(text).not.toMatch(/Strapi Cloud|Deploy/);
    });
  });

  it('lists only the owner’s content types, without "User"', async () => {
    await session.step('content-types', async () => {
      await session.goto(`/content-manager/collection-types/${PUBLICATION}`);
      const nav = session.page.getByRole('navigation', { name: 'Content Manager' });
      await nav.getByRole('link', { name: 'Publication', exact: true }).waitFor();
      expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Blog post', 'News', 'Publication', 'Series', 'Tag', 'Talk', 'Work found', 'Profile']);
    });
  });

  it('shows years as typed in the list of publications, under headings in words', async () => {
    await session.step('publication-list', async () => {
      const table = session.page.locator('main table');
      await table.getByRole('row').nth(1).waitFor();
      const text = await table.innerText();
      expect(text).toContain('SHORT VENUE');
      expect(text).toMatch(/\b20\d\d\b/);
      expect(text).not.toMatch(/\d,\d{3}/);
    });
  });

  it('starts a new publication with the BibTeX box, every field labelled in words', async () => {
    await session.step('new-publication', async () => {
      await session.goto(`/content-manager/collection-types/${PUBLICATION}/create`);
      await session.page.getByRole('heading', { name: 'Create an entry' }).waitFor();
      await session.page.locator('main label').nth(10).waitFor();
      const shown = await labels();
      expect(shown[0]).toBe('BibTeX');
      expect(await session.page.getByLabel('BibTeX', { exact: true }).evaluate((input) => input.tagName)).toBe('TEXTAREA');
      expect(rawNames(shown, PUBLICATION)).toEqual([]);
      expect(shown).toEqual(expect.arrayContaining(['Title', 'Authors', 'Short venue', 'arXiv id', 'Private note']));
    });
  });

  it('shows a publication’s year as typed, and its authors’ fields in words', async () => {
    await session.step('publication-form', async () => {
      await session.goto(`/content-manager/collection-types/${PUBLICATION}`);
      await session.page.locator('main table').getByRole('row').nth(1).getByRole('link').first().click();
      const year = session.page.getByLabel(/^Year\*?$/);
      await expect.poll(() => year.inputValue(), { timeout: 30_000 }).toMatch(/^20\d\d$/);
      // Each author is a collapsed entry headed by the author's name: open the first.
      await session.page.locator('main').getByText('Ruizhe Wang', { exact: true }).first().click();
      await session.page.locator('main label', { hasText: 'The owner (you)' }).first().waitFor();
      const shown = await labels();
      expect(rawNames(shown, AUTHOR)).toEqual([]);
      expect(rawNames(shown, PUBLICATION)).toEqual([]);
    });
  });

  it('dates a new post today, with every field labelled in words', async () => {
    await session.step('new-post', async () => {
      await session.goto(`/content-manager/collection-types/${POST}/create`);
      await session.page.getByRole('heading', { name: 'Create an entry' }).waitFor();
      await expect.poll(() => session.page.getByLabel(/^Date\*?$/).inputValue(), { timeout: 30_000 }).toBe(today);
      const shown = await labels();
      expect(shown.slice(0, 3)).toEqual(['Title', 'Date', 'Address on the site (slug)']);
      expect(rawNames(shown, POST)).toEqual([]);
    });
  });

  it('ends the upload box’s sentence', async () => {
    await session.step('upload-box', async () => {
      await session.goto(`/content-manager/collection-types/${POST}/create`);
      await session.page.getByText('Click to add an asset or drag and drop one in this area').first().click();
      await session.page.getByRole('button', { name: 'Add more assets' }).click();
      const dialog = session.page.getByRole('dialog').last();
      await dialog.getByText('Drag and drop files here, or click to choose them', { exact: true }).waitFor();
      expect(await dialog.innerText()).not.toMatch(/\bor\s*$/m);
    });
  });

  it('labels the profile’s fields in words', async () => {
    await session.step('profile', async () => {
      await session.goto(`/content-manager/single-types/${PROFILE}`);
      await session.page.getByLabel('Name in your native script', { exact: true }).waitFor();
      const shown = await labels();
      expect(rawNames(shown, PROFILE)).toEqual([]);
      expect(shown).toEqual(expect.arrayContaining(['Photo', 'Introduction (Markdown)', 'Research interests']));
    });
  });
});
