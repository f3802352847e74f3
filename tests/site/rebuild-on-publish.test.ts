/**
 * Fresh after publishing, in the single-machine setup: the CMS calls the site's rebuild webhook
 * after each content write (cms/src/site-rebuild), and the static server prerenders again
 * (web/server/serve.ts). A CMS and a site of its own, so the webhook is the only path tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminApi } from '../support/admin-api';
import { postFields, publicationFields, uniqueMarker } from '../support/published';
import type { SiteServer } from '../support/spa';
import { FRESH_WITHIN_MS, startSiteWithCms, type SiteWithCms } from '../support/site-with-cms';

const POST = 'api::blog-post.blog-post';
const PUBLICATION = 'api::publication.publication';

let pair: SiteWithCms | undefined;
let site: SiteServer | undefined;
let admin: AdminApi;

beforeAll(async () => {
  pair = await startSiteWithCms('site-rebuild');
  ({ site, admin } = pair);
}, 300_000);

afterAll(async () => {
  await pair?.stop();
});

const servedWithin = (pathname: string, done: (status: number, html: string) => boolean) => {
  if (!pair) throw new Error('no site');
  return pair.servedWithin(pathname, done);
};

describe('cms/src/site-rebuild with web/server/serve', () => {
  const slug = uniqueMarker('fresh');
  let documentId = '';

  it('prerenders a post published through the admin API within 60 s', async () => {
    const draft = await admin.createDraft(POST, postFields(slug, { title: `Freshly published ${slug}` }));
    documentId = draft.documentId;
    await admin.publish(POST, documentId);
    const took = await servedWithin(`/blog/${slug}`, (status, html) => status === 200 && html.includes(`<title>Freshly published ${slug}`));
    console.log(`prerendered page served ${took} ms after publishing`);
  });

  it('serves the new title after an edit is published', async () => {
    await admin.updateDraft(POST, documentId, { title: `Edited title ${slug}` });
    await admin.publish(POST, documentId);
    await servedWithin(`/blog/${slug}`, (status, html) => status === 200 && html.includes(`<title>Edited title ${slug}`));
  });

  it('answers 404 once the post is unpublished, and drops it from the sitemap', async () => {
    await admin.unpublish(POST, documentId);
    await servedWithin(`/blog/${slug}`, (status) => status === 404);
    const sitemap = await (await fetch(`${site?.origin}/sitemap.xml`)).text();
    expect(sitemap).not.toContain(`/blog/${slug}<`);
  });
});

describe('incremental freshness: the site renders again only what a change shows', () => {
  const marker = uniqueMarker('cited');
  const postSlug = `${marker}-post`;
  let workId = '';

  /** The server's log lines about prerender runs since `from` (an index into the log's lines). */
  const runsSince = (from: number) => (site?.log() ?? '').split('\n').slice(from).filter((line) => line.includes('prerendered '));
  /** Complete lines so far (the log ends with a newline, so the last piece of the split is empty). */
  const logLength = () => (site?.log() ?? '').split('\n').length - 1;

  it('shows an edited work’s new title on the post that cites it, without rendering every page', async () => {
    const work = await admin.createDraft(PUBLICATION, publicationFields(marker, { title: `Cited work ${marker}` }));
    workId = work.documentId;
    await admin.publish(PUBLICATION, workId);
    const post = await admin.createDraft(POST, postFields(postSlug, { title: `Citing post ${marker}`, relatedPublications: [workId] }));
    await admin.publish(POST, post.documentId);
    await servedWithin(`/blog/${postSlug}`, (status, html) => status === 200 && html.includes(`Cited work ${marker}`));

    const from = logLength();
    await admin.updateDraft(PUBLICATION, workId, { title: `Renamed work ${marker}` });
    await admin.publish(PUBLICATION, workId);
    // The post page shows the work: it is rendered again although only the work changed.
    await servedWithin(`/blog/${postSlug}`, (status, html) => status === 200 && html.includes(`Renamed work ${marker}`) && !html.includes(`Cited work ${marker}`));
    await servedWithin(`/zh/publications/${marker}`, (status, html) => status === 200 && html.includes(`Renamed work ${marker}`));
    await servedWithin('/publications', (status, html) => status === 200 && html.includes(`Renamed work ${marker}`));

    // A run logs when it ends, after writing its pages.
    await expect.poll(() => runsSince(from).length, { timeout: FRESH_WITHIN_MS, interval: 250 }).toBeGreaterThan(0);
    const runs = runsSince(from);
    for (const run of runs) {
      // "prerendered 31 of 70 pages in 850 ms": fewer than all, and never "all N pages".
      const counts = /prerendered (\d+) of (\d+) pages/.exec(run);
      expect(counts, run).not.toBeNull();
      expect(Number(counts?.[1])).toBeLessThan(Number(counts?.[2]));
    }
  }, 4 * FRESH_WITHIN_MS);

  it("adds a new joint work to its co-author's page, rendering fewer pages than there are co-author pages", async () => {
    const coAuthor = `Quillon ${marker.replace(/[^a-z0-9]/gi, '')}`;
    const authors = [
      { name: 'Ruizhe Wang', isOwner: true, equalContribution: false, corresponding: false },
      { name: coAuthor, isOwner: false, equalContribution: false, corresponding: false },
    ];
    const first = await admin.createDraft(PUBLICATION, publicationFields(`${marker}-joint-1`, { title: `First joint work ${marker}`, authors }));
    await admin.publish(PUBLICATION, first.documentId);
    const people = (await (await fetch(`${pair?.cms.url}/api/people?filters[name][$eq]=${encodeURIComponent(coAuthor)}`)).json()) as { data: { slug: string }[] };
    const page = `/people/${people.data[0]?.slug}`;
    expect(people.data, 'the co-author became a person').toHaveLength(1);
    await servedWithin(page, (status, html) => status === 200 && html.includes(`First joint work ${marker}`));
    const sitePages = (await (await fetch(`${pair?.cms.url}/api/site-pages`)).json()) as { data: { kind: string }[] };
    // Each co-author page has its Chinese twin.
    const coAuthorPages = 2 * sitePages.data.filter((entry) => entry.kind === 'person').length;

    const from = logLength();
    const second = await admin.createDraft(PUBLICATION, publicationFields(`${marker}-joint-2`, { title: `Second joint work ${marker}`, authors }));
    await admin.publish(PUBLICATION, second.documentId);
    await servedWithin(page, (status, html) => status === 200 && html.includes(`Second joint work ${marker}`));
    await expect.poll(() => runsSince(from).length, { timeout: FRESH_WITHIN_MS, interval: 250 }).toBeGreaterThan(0);
    for (const run of runsSince(from)) {
      const rendered = Number(/prerendered (\d+) of \d+ pages/.exec(run)?.[1]);
      expect(rendered, `${run} (${coAuthorPages} co-author pages)`).toBeLessThan(coAuthorPages);
    }
  }, 4 * FRESH_WITHIN_MS);

  it('renders every page again after a profile change, which every page shows', async () => {
    const from = logLength();
    await admin.profile.publish();
    await expect
      .poll(() => runsSince(from).some((line) => /prerendered all \d+ pages \(a change that shows on every page\)/.test(line)), { timeout: FRESH_WITHIN_MS, interval: 500 })
      .toBe(true)
      .catch((error: Error) => {
        throw new Error(`${error.message}\n${site?.log().slice(-2000)}`);
      });
  }, FRESH_WITHIN_MS + 10_000);
});
