/**
 * News and talks reach the prerendered site (what `npm start` serves) within seconds of a publish,
 * through the CMS's rebuild webhook, in both languages; and before there are any, the pages say
 * so and the home page has no empty News section. A CMS and a site of their own, seeded as the
 * owner's page is: with no news and no talks.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi, type AdminApi } from '../support/admin-api';
import { OWNER, freePort, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { uniqueMarker } from '../support/published';
import { SITE_URL, buildSite, serverDirOf, startSiteServer, type SiteServer } from '../support/spa';

const FRESH_WITHIN_MS = 60_000;
const NEWS = 'api::news-item.news-item';
const TALK = 'api::talk.talk';

let cms: CmsProcess | undefined;
let site: SiteServer | undefined;
let admin: AdminApi;
let buildDir = '';

beforeAll(async () => {
  const sitePort = await freePort();
  const secret = randomBytes(16).toString('hex');
  cms = await startCms({
    env: { SITE_REBUILD_WEBHOOK_URL: `http://127.0.0.1:${sitePort}/_rebuild`, SITE_REBUILD_SECRET: secret },
  });
  buildDir = tempDir('site-news-talks');
  const outDir = path.join(buildDir, 'site');
  await buildSite({ cmsUrl: cms.url, siteUrl: SITE_URL, outDir });
  site = await startSiteServer(outDir, { port: sitePort, rebuildSecret: secret });
  admin = createAdminApi(cms.url, await adminLogin(cms.url, OWNER));
}, 300_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
  if (buildDir) {
    removeDir(buildDir);
    removeDir(serverDirOf(path.join(buildDir, 'site')));
  }
});

async function served(pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${site?.origin}${pathname}`);
  return { status: response.status, html: await response.text() };
}

/** Polls the served page until `done` holds for it; returns how long that took. */
async function servedWithin(pathname: string, done: (html: string) => boolean): Promise<number> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < FRESH_WITHIN_MS) {
    const { status, html } = await served(pathname);
    if (status === 200 && done(html)) return Date.now() - started;
    last = `${status}: ${html.slice(0, 200)}`;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${pathname} was not fresh within ${FRESH_WITHIN_MS / 1000} s; last answer ${last}\n${site?.log()}`);
}

/** The page's main content, without the head (which names the feeds) and the header's nav. */
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('news and talks on the prerendered site', () => {
  const marker = uniqueMarker('site');
  const newsText = `Accepted ${marker}`;
  const talkTitle = `Talk ${marker}`;
  let newsId = '';

  it('prerenders /news and /talks while there are none, saying so, and no News section on the home page', async () => {
    for (const [pathname, text] of [
      ['/news', 'No news yet.'],
      ['/zh/news', '暂无动态'],
      ['/talks', 'No talks listed yet.'],
      ['/zh/talks', '暂无报告'],
    ]) {
      const { status, html } = await served(pathname);
      expect(status, pathname).toBe(200);
      expect(mainOf(html), pathname).toContain(text);
    }
    const home = await served('/');
    expect(home.html).not.toContain('id="news"');
    expect(home.html).toContain('href="/news"');
    // Both pages in both languages: hreflang on each page and in the site's sitemap.
    const talks = await served('/zh/talks');
    expect(talks.html).toContain(`<link rel="alternate" hreflang="en" href="${SITE_URL}/talks"`);
    const sitemap = (await served('/sitemap.xml')).html;
    for (const page of ['/news', '/talks']) {
      expect(sitemap).toContain(`<loc>${SITE_URL}${page}</loc>`);
      expect(sitemap).toContain(`hreflang="zh" href="${SITE_URL}/zh${page}"`);
    }
  });

  it('serves a published news item on /news, /zh/news and the home page within seconds', async () => {
    const draft = await admin.createDraft(NEWS, { body: `${newsText} at **ICML**.`, date: '2026-11-28' });
    newsId = draft.documentId;
    await admin.publish(NEWS, newsId);
    const took = await servedWithin('/news', (html) => mainOf(html).includes(`${newsText} at <strong>ICML</strong>.`));
    console.log(`news item on the prerendered /news ${took} ms after publishing`);
    await servedWithin('/zh/news', (html) => mainOf(html).includes(newsText));
    await servedWithin('/', (html) => html.includes('id="news"') && mainOf(html).includes(newsText));
  });

  it('serves a published talk on /talks and /zh/talks within seconds, with its Event JSON-LD', async () => {
    const draft = await admin.createDraft(TALK, { title: talkTitle, event: 'ICML 2026', place: 'Seoul', date: '2026-07-10', kind: 'poster' });
    await admin.publish(TALK, draft.documentId);
    const took = await servedWithin('/talks', (html) => mainOf(html).includes(talkTitle));
    console.log(`talk on the prerendered /talks ${took} ms after publishing`);
    const { html } = await served('/talks');
    expect(mainOf(html)).toContain('Poster');
    expect(html).toMatch(new RegExp(`"@type":"Event","name":"${talkTitle}","startDate":"2026-07-10"`));
    await servedWithin('/zh/talks', (page) => mainOf(page).includes(talkTitle) && mainOf(page).includes('海报'));
  });

  it('drops an unpublished news item from /news and the home page', async () => {
    await admin.unpublish(NEWS, newsId);
    await servedWithin('/news', (html) => !html.includes(newsText) && mainOf(html).includes('No news yet.'));
    await servedWithin('/', (html) => !html.includes(newsText) && !html.includes('id="news"'));
  });
});
