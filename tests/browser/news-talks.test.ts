/**
 * News and talks as visitors meet them (issue 21, points 1 and 2): the latest news on the home
 * page, /news and /talks in English and Chinese at phone and desktop width, each talk an Event in
 * the page's JSON-LD; and the owner adding a talk and a news item through the real admin form.
 * Screenshots land in tests/artifacts/news-talks/ and tests/artifacts/admin/news-talks/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { ADMIN_STEP_MS, openAdminAsOwner } from '../support/admin-ui';
import { PHONE, DESKTOP, useSite } from '../support/browser';
import { WORKSPACE_DIR } from '../support/builds';
import { getPublicData } from '../support/http';
import { createPublished, uniqueMarker } from '../support/published';
import { schemaOrgProblems } from '../support/schema-org';
import { SEED } from '../support/seed-file';

const SCREENSHOTS = path.join(WORKSPACE_DIR, 'tests/artifacts/news-talks');
mkdirSync(SCREENSHOTS, { recursive: true });

const NEWS = 'api::news-item.news-item';
const TALK = 'api::talk.talk';
const admin = createAdminApi();
const site = useSite();
const marker = uniqueMarker('nt');
const paper = SEED.publications[0];
const created: { uid: typeof NEWS | typeof TALK; documentId: string }[] = [];

const LANGUAGES = [
  {
    name: 'English',
    prefix: '',
    news: 'News',
    talks: 'Talks',
    allNews: 'All news →',
    newsText: `Our paper ${marker} was accepted.`,
    talkTitle: `Training in FP4 ${marker}`,
    kind: 'Invited talk',
    links: ['Slides', 'Video', 'Event page'],
    paperLink: `Paper: ${paper.title}`,
  },
  {
    name: 'Chinese',
    prefix: '/zh',
    news: '动态',
    talks: '学术报告',
    allNews: '全部动态 →',
    newsText: `论文 ${marker} 被接收。`,
    talkTitle: `FP4 训练 ${marker}`,
    kind: '特邀报告',
    links: ['幻灯片', '视频', '会议主页'],
    paperLink: `论文：${paper.title}`,
  },
] as const;
const VIEWPORTS = [PHONE, DESKTOP] as const;

beforeAll(async () => {
  const [work] = await getPublicData<{ documentId: string }[]>(`/api/publications?filters[slug][$eq]=${paper.slug}`);
  const english = LANGUAGES[0];
  const chinese = LANGUAGES[1];
  const news = await createPublished(NEWS, {
    body: `Our paper **${marker}** was accepted.`,
    date: '2026-11-25',
    publication: { connect: [{ documentId: work.documentId }] },
  });
  created.push({ uid: NEWS, documentId: news.documentId });
  await admin.updateDraft(NEWS, news.documentId, { body: `论文 **${marker}** 被接收。`, date: '2026-11-25' }, 'zh');
  await admin.publish(NEWS, news.documentId, 'zh');

  const talk = await createPublished(TALK, {
    title: english.talkTitle,
    event: 'ICML 2025',
    place: 'Vancouver, Canada',
    date: '2025-07-15',
    kind: 'invited',
    slidesUrl: 'https://slides.example.org/fp4.pdf',
    videoUrl: 'https://video.example.org/fp4',
    eventUrl: 'https://icml.example.org/',
    publication: { connect: [{ documentId: work.documentId }] },
  });
  created.push({ uid: TALK, documentId: talk.documentId });
  await admin.updateDraft(TALK, talk.documentId, { title: chinese.talkTitle, event: 'ICML 2025', place: '温哥华' }, 'zh');
  await admin.publish(TALK, talk.documentId, 'zh');
  await site.prerender();
}, 120_000);

afterAll(async () => {
  for (const { uid, documentId } of created) await admin.remove(uid, documentId).catch(() => undefined);
});

/** True when nothing on the page is wider than the window (no sideways scrolling on a phone). */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('news and talks (browser)', () => {
  describe.each(LANGUAGES)('in $name', (language) => {
    describe.each(VIEWPORTS)('at $width px', (viewport) => {
      const shot = (name: string) => path.join(SCREENSHOTS, `${name}-${language.prefix ? 'zh' : 'en'}-${viewport.width}.png`);

      it('shows the latest news on the home page, linking to all of it', async () => {
        const { page, problems, close } = await site.open(`${language.prefix}/`, { viewport });
        try {
          const section = page.locator('section[aria-labelledby="news"]');
          await expect.poll(() => section.getByRole('heading', { level: 2 }).textContent()).toBe(language.news);
          await section.getByText(language.newsText).waitFor();
          await section.getByRole('link', { name: language.allNews }).waitFor();
          expect(await fitsWidth(page)).toBe(true);
          await section.screenshot({ path: shot('home-news') });
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });

      it('lists the news on /news with its paper linked, and the nav leads there', async () => {
        const { page, problems, close } = await site.open(`${language.prefix}/news`, { viewport });
        try {
          expect(await page.locator('main h1').textContent()).toBe(language.news);
          await expect.poll(() => page.locator('header nav a[aria-current="page"]').textContent()).toBe(language.news);
          const item = page.locator('main article').filter({ hasText: language.newsText });
          await item.locator('strong', { hasText: marker }).waitFor();
          expect(await item.getByRole('link', { name: language.paperLink }).getAttribute('href')).toBe(`${language.prefix}/publications/${paper.slug}`);
          expect(await fitsWidth(page)).toBe(true);
          await page.screenshot({ path: shot('news'), fullPage: true });
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });

      it('lists talks on /talks by year with kind, event, place and links, each an Event in the JSON-LD', async () => {
        const { page, problems, close } = await site.open(`${language.prefix}/talks`, { viewport });
        try {
          expect(await page.locator('main h1').textContent()).toBe(language.talks);
          const year = page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: '2025' }) });
          const talk = year.locator('article').filter({ has: page.getByRole('heading', { level: 3, name: language.talkTitle }) });
          await talk.waitFor();
          const where = await talk.locator('.where').textContent();
          expect(where).toContain(language.kind);
          expect(where).toContain('ICML 2025');
          for (const label of language.links) await talk.getByRole('link', { name: label, exact: true }).waitFor();
          expect(await talk.getByRole('link', { name: language.links[0], exact: true }).getAttribute('href')).toBe('https://slides.example.org/fp4.pdf');
          await talk.getByRole('link', { name: language.paperLink }).waitFor();

          const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
          const events = jsonLd.map((text) => JSON.parse(text) as unknown).flatMap((node) => (Array.isArray(node) ? node : [node])).filter((node) => (node as { '@type'?: string })['@type'] === 'Event');
          const event = events.find((node) => (node as { name?: string }).name === language.talkTitle);
          expect(event).toMatchObject({ startDate: '2025-07-15', location: { '@type': 'Place' }, performer: { '@type': 'Person', name: 'Ruizhe Wang' } });
          expect(schemaOrgProblems(events)).toEqual([]);
          expect(await fitsWidth(page)).toBe(true);
          await page.screenshot({ path: shot('talks'), fullPage: true });
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
    });
  });

  it('adds a talk and a news item through the real admin form, and both reach the site', { timeout: 400_000 }, async () => {
    const session = await openAdminAsOwner({ flow: 'news-talks' });
    const { page } = session;
    const talkTitle = `Admin talk ${uniqueMarker('t')}`;
    const newsText = `Admin news ${uniqueMarker('n')}`;
    try {
      await session.step('write-talk', async () => {
        await session.goto(`/content-manager/collection-types/${TALK}`);
        await page.getByRole('link', { name: 'Create new entry' }).first().click();
        await page.getByLabel(/^Title\*?$/).fill(talkTitle);
        await page.getByLabel(/^Event\*?$/).fill('NeurIPS 2026');
        await page.getByLabel(/^Place$/).fill('Online');
        await page.getByLabel(/^Date\*?$/).fill('11/30/2026');
        await page.getByLabel(/^Video$/).fill('https://video.example.org/admin');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.waitForURL((url) => !url.pathname.endsWith('/create'));
        const documentId = new URL(page.url()).pathname.split('/').pop() ?? '';
        created.push({ uid: TALK, documentId });
      });
      await session.step('publish-talk', async () => {
        await page.getByRole('button', { name: 'Publish' }).click();
        await expect
          .poll(async () => (await getPublicData<{ title: string; kind: string; date: string }[]>(`/api/talks?filters[title][$eq]=${encodeURIComponent(talkTitle)}`)).map((t) => [t.title, t.kind, t.date]), {
            timeout: ADMIN_STEP_MS,
            interval: 1000,
          })
          .toEqual([[talkTitle, 'invited', '2026-11-30']]);
      });
      await session.step('write-news', async () => {
        await session.goto(`/content-manager/collection-types/${NEWS}`);
        await page.getByRole('link', { name: 'Create new entry' }).first().click();
        await page.locator('.CodeMirror').first().click();
        await page.keyboard.type(`${newsText} with **bold** words.`);
        await page.getByRole('button', { name: 'Save' }).click();
        await page.waitForURL((url) => !url.pathname.endsWith('/create'));
        const documentId = new URL(page.url()).pathname.split('/').pop() ?? '';
        created.push({ uid: NEWS, documentId });
      });
      await session.step('publish-news', async () => {
        await page.getByRole('button', { name: 'Publish' }).click();
        await expect
          .poll(async () => (await getPublicData<{ bodyHtml: string }[]>(`/api/news-items?filters[body][$startsWith]=${encodeURIComponent(newsText)}`)).map((n) => n.bodyHtml), {
            timeout: ADMIN_STEP_MS,
            interval: 1000,
          })
          .toEqual([expect.stringContaining('<strong>bold</strong>')]);
      });
      await session.step('on-the-site', async () => {
        await site.prerender();
        const talks = await site.open('/talks');
        try {
          await talks.page.getByRole('heading', { level: 3, name: talkTitle }).waitFor({ timeout: 10_000 });
        } finally {
          await talks.close();
        }
        const news = await site.open('/news');
        try {
          await news.page.locator('main article').filter({ hasText: newsText }).waitFor({ timeout: 10_000 });
        } finally {
          await news.close();
        }
      });
    } finally {
      await session.close();
    }
  });
});
