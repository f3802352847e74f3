/**
 * News and talks reach the prerendered site (what `npm start` serves) within seconds of a publish,
 * through the CMS's rebuild webhook, in both languages; and before there are any, the pages say
 * so and the home page has no empty News section. A CMS and a site of their own, seeded as the
 * owner's page is: with no news and no talks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminApi } from '../support/admin-api';
import { uniqueMarker } from '../support/published';
import { SITE_URL, type SiteServer } from '../support/spa';
import { startSiteWithCms, type SiteWithCms } from '../support/site-with-cms';

const NEWS = 'api::news-item.news-item';
const TALK = 'api::talk.talk';

let pair: SiteWithCms | undefined;
let site: SiteServer | undefined;
let admin: AdminApi;

beforeAll(async () => {
  pair = await startSiteWithCms('site-news-talks');
  ({ site, admin } = pair);
}, 300_000);

afterAll(async () => {
  await pair?.stop();
});

async function served(pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${site?.origin}${pathname}`);
  return { status: response.status, html: await response.text() };
}

/** Polls the served 200 page until `done` holds for its HTML; returns how long that took. */
const servedWithin = (pathname: string, done: (html: string) => boolean) => {
  if (!pair) throw new Error('no site');
  return pair.servedWithin(pathname, (status, html) => status === 200 && done(html));
};

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
