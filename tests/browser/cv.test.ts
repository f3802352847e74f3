/**
 * The CV page (web/src/pages/CvPage.vue) in headless Chromium, at phone and desktop width in both
 * languages, as a visitor reads it and as it prints; then a talk the owner publishes shows in it.
 * Screenshots go to $TMPDIR/cv-*.png for a person to look at.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { getPublicData } from '../support/http';
import { DESKTOP, PHONE, SITE_URL, useSite, waitForContent } from '../support/browser';
import { uniqueMarker } from '../support/published';
import { schemaOrgProblems } from '../support/schema-org';
import { SEED } from '../support/seed-file';

const site = useSite();
const WORKS = SEED.publications as { title: string; kind: string }[];
const texts = async (page: Page, selector: string) => (await page.locator(selector).allInnerTexts()).map((text) => text.trim());

const LANGUAGES = {
  en: { path: '/cv', pdf: '/cv.pdf', headings: ['Education', 'Publications', 'Technical Reports'], talks: 'Talks', download: 'Download PDF' },
  zh: { path: '/zh/cv', pdf: '/zh/cv.pdf', headings: ['教育经历', '论文', '技术报告'], talks: '学术报告', download: '下载 PDF' },
} as const;
const VIEWPORTS = { phone: PHONE, desktop: DESKTOP } as const;

describe.each(Object.entries(LANGUAGES))('the CV in %s', (language, expected) => {
  describe.each(Object.entries(VIEWPORTS))('on a %s', (device, viewport) => {
    const opened = site.openInSuite(expected.path, { viewport });

    it('shows the owner, their education and every work with the owner in bold, without sideways scrolling', async () => {
      const { page, problems } = opened;
      await page.screenshot({ path: path.join(tmpdir(), `cv-${language}-${device}.png`), fullPage: true });
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('main h1').innerText()).toMatch(/^Ruizhe Wang\s*王瑞哲$/);
      // The seed has no talks; a Talks section follows only once a talk is published (other files publish some).
      const talks = await getPublicData<unknown[]>(`/api/talks?locale=${language}`);
      expect(await texts(page, 'main h2')).toEqual(talks.length > 0 ? [...expected.headings, expected.talks] : expected.headings);
      expect(await page.locator('.cv-section', { hasText: expected.headings[0] }).innerText()).toContain('Prof. Zhengjun Zha');
      // Every seeded work once, each naming the owner in bold (works other test files publish may be there too).
      for (const work of WORKS) {
        const item = page.locator('.cv-publications > li', { hasText: work.title });
        expect(await item.count(), work.title).toBe(1);
        expect(await item.locator('strong.owner').allInnerTexts(), work.title).toEqual(['Ruizhe Wang']);
      }
      expect(await page.locator('.cv-publications', { hasText: 'ICML 2025' }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const download = page.locator('main a', { hasText: expected.download });
      expect(await download.getAttribute('href')).toBe(expected.pdf);
      expect(problems).toEqual([]);
    });

    it('prints without the site around it: no navigation, footer or download link, and each contact with its address', async () => {
      const { page } = opened;
      await page.emulateMedia({ media: 'print' });
      try {
        for (const selector of ['header.site-header', 'footer.site-footer', `main a:has-text("${expected.download}")`]) {
          expect(await page.locator(selector).isVisible(), selector).toBe(false);
        }
        const printed = await page.locator('.contacts a').first().evaluate((link) => getComputedStyle(link, '::after').content);
        expect(printed).toContain('scholar.google.com/citations?user=gu_oKFIAAAAJ');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });
});

describe('the CV for crawlers', () => {
  const opened = site.openInSuite('/cv');

  it('describes the owner as a schema.org Person with their degree and institution, and names its Chinese twin', async () => {
    const { page } = opened;
    const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
    const person = nodes.find((node) => node['@type'] === 'Person');
    expect(person).toMatchObject({
      name: 'Ruizhe Wang',
      mainEntityOfPage: `${SITE_URL}/cv`,
      alumniOf: [{ '@type': 'EducationalOrganization', name: expect.stringContaining('USTC') }],
      hasCredential: [{ '@type': 'EducationalOccupationalCredential', credentialCategory: 'degree', name: 'Ph.D., joint program' }],
    });
    expect(nodes.flatMap((node) => schemaOrgProblems(node))).toEqual([]);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
    expect(alternates).toEqual(expect.arrayContaining([`en ${SITE_URL}/cv`, `zh ${SITE_URL}/zh/cv`, `x-default ${SITE_URL}/cv`]));
  });
});

describe('a talk the owner publishes', () => {
  const admin = createAdminApi();
  const title = `Efficient FP4 training ${uniqueMarker('talk')}`;
  let documentId = '';

  afterAll(async () => {
    if (!documentId) return;
    await admin.remove('api::talk.talk', documentId);
    await site.prerender();
  });

  it('is listed under Talks with its event, place and kind once the site has prerendered', async () => {
    documentId = (await admin.createDraft('api::talk.talk', { title, event: 'MLSys Workshop', place: 'Hefei, China', date: '2026-06-01', kind: 'invited' })).documentId;
    await admin.publish('api::talk.talk', documentId);
    await site.prerender();
    const { page, problems, close } = await site.open('/cv');
    try {
      await waitForContent(page);
      const talks = page.locator('.cv-section', { has: page.locator('h2', { hasText: 'Talks' }) });
      expect(await talks.innerText()).toMatch(new RegExp(`2026-06-01\\s+${title}, MLSys Workshop, Hefei, China\\s+Invited talk`));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
