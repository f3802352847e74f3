/**
 * Co-author pages (issue 21) in headless Chromium at phone and desktop width, in both languages:
 * a visitor follows a co-author's name from a publication to the page of the works they share,
 * and the prerendered page (no JavaScript) already carries them, the homepage link the owner adds,
 * hreflang and JSON-LD `Person`.
 */
import type { Publication } from '@homepage/shared';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { DESKTOP, PHONE, useSite, waitForContent } from '../support/browser';
import { getPublicData } from '../support/http';
import { SEED } from '../support/seed-file';

const site = useSite();
const admin = createAdminApi();
const SHOTS = path.join(tmpdir(), 'people-screenshots');
mkdirSync(SHOTS, { recursive: true });

const GONG = 'Yeyun Gong';
/** His published joint works, as the public API lists them. */
const jointWorks = async () =>
  (await getPublicData<Publication[]>('/api/publications?filters[authors][person][slug][$eq]=yeyun-gong&pagination[pageSize]=100')).map((work) => work.title);
const gongWorks = SEED.publications.filter((work) => work.authors.some((author) => author.name === GONG)).map((work) => work.title);
const LANGUAGES = [
  { prefix: '', worksHeading: 'Joint works', label: 'Co-author', indexTitle: 'Co-authors' },
  { prefix: '/zh', worksHeading: '合作论文', label: '合作者', indexTitle: '合作者' },
] as const;
const WIDTHS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

describe('co-author pages (browser)', () => {
  for (const language of LANGUAGES) {
    for (const [width, viewport] of WIDTHS) {
      it(`goes from a publication's author list to ${GONG}'s page (${language.prefix || '/'} on a ${width})`, async () => {
        const { page, problems, close } = await site.open(`${language.prefix}/publications/fp4-training`, { viewport });
        try {
          const link = page.locator('main .authors a', { hasText: GONG }).first();
          expect(await link.getAttribute('href')).toBe(`${language.prefix}/people/yeyun-gong`);
          // The owner is highlighted, never a link to a page of their own.
          expect(await page.locator('main .authors a', { hasText: 'Ruizhe Wang' }).count()).toBe(0);
          await link.click();
          await page.waitForURL((url) => url.pathname === `${language.prefix}/people/yeyun-gong`);
          await waitForContent(page);
          expect(await page.locator('main h1').innerText()).toBe(GONG);
          expect(await page.locator('main').innerText()).toContain(language.label);
          expect(await page.locator('#person-publications').innerText()).toBe(language.worksHeading);
          const titles = (await page.locator('main article.work .title').allInnerTexts()).map((title) => title.trim());
          // The seeded joint works, and any other published one the run's tests left naming him.
          const joint = await jointWorks();
          expect(joint).toEqual(expect.arrayContaining(gongWorks));
          expect(titles.sort()).toEqual(joint.sort());
          // Nothing wider than a phone's screen.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await page.screenshot({ path: path.join(SHOTS, `person${language.prefix.replace('/', '-') || '-en'}-${width}.png`), fullPage: true });
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
    }

    it(`lists the co-authors with their joint works at ${language.prefix}/people`, async () => {
      const { page, problems, close } = await site.open(`${language.prefix}/people`, { viewport: PHONE });
      try {
        expect(await page.locator('main h1').innerText()).toBe(language.indexTitle);
        const gong = page.locator('main li', { hasText: GONG });
        expect(await gong.innerText()).toContain(`${(await jointWorks()).length} `);
        expect(await gong.locator('a').getAttribute('href')).toBe(`${language.prefix}/people/yeyun-gong`);
        expect(await page.locator('main li', { hasText: 'Ruizhe Wang' }).count()).toBe(0);
        await page.screenshot({ path: path.join(SHOTS, `people${language.prefix.replace('/', '-') || '-en'}-phone.png`), fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  describe('the prerendered page', () => {
    const homepage = 'https://example.org/~yeyun';
    let gong: AdminDocument | undefined;

    afterAll(async () => {
      if (gong) await admin.raw('PUT', `api::person.person/${gong.documentId}`, { homepageUrl: null });
    });

    it('serves the joint works, the homepage the owner added, hreflang and JSON-LD Person without JavaScript', async () => {
      const found = await admin.raw('GET', `api::person.person?filters[name][$eq]=${encodeURIComponent(GONG)}`);
      [gong] = (found.body as { results: AdminDocument[] }).results;
      const saved = await admin.raw('PUT', `api::person.person/${gong.documentId}`, { homepageUrl: homepage });
      expect(saved.status, saved.text).toBe(200);
      await site.prerender();

      for (const { prefix } of LANGUAGES) {
        const response = await fetch(`${site.origin}${prefix}/people/yeyun-gong`);
        expect(response.status).toBe(200);
        const html = await response.text();
        expect(html).toContain(`<h1>${GONG}</h1>`);
        for (const title of gongWorks) expect(html).toContain(title);
        expect(html).toContain(`href="${homepage}"`);
        expect(html).toMatch(/<link[^>]+hreflang="zh"[^>]+\/zh\/people\/yeyun-gong/);
        expect(html).toMatch(/<link[^>]+hreflang="en"[^>]+\/people\/yeyun-gong/);
        const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map(
          (match) => JSON.parse(match[1]) as { '@type': string; name?: string; sameAs?: string[] },
        );
        const person = jsonLd.find((data) => data['@type'] === 'Person' && data.name === GONG);
        expect(person?.sameAs).toEqual([homepage]);
      }
      const sitemap = await (await fetch(`${site.origin}/sitemap.xml`)).text();
      expect(sitemap).toContain('/people/yeyun-gong</loc>');
    });
  });
});
