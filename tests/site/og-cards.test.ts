/**
 * Issue 21 point 5 as a link preview meets it: every publication and post page of the built site
 * names a card of its own (og:image, twitter:image) that the site serves as a 1200×630 PNG with the
 * item's title drawn and the owner marked; an edit the owner publishes redraws that card and only
 * that one. A CMS and a site of their own, as the rebuild webhook is part of what is tested.
 */
import { Window } from 'happy-dom';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminApi } from '../support/admin-api';
import { postFields, publicationFields, uniqueMarker } from '../support/published';
import { SEED } from '../support/seed-file';
import { FRESH_WITHIN_MS, startSiteWithCms, type SiteWithCms } from '../support/site-with-cms';
import { SITE_URL, type SiteServer } from '../support/spa';

const POST = 'api::blog-post.blog-post';
const PUBLICATION = 'api::publication.publication';
const window = new Window();

let pair: SiteWithCms | undefined;
let site: SiteServer | undefined;
let admin: AdminApi;
const marker = uniqueMarker('card');
/** A paper of twelve authors, the owner tenth: past the names a card has room for. */
const crowded = { slug: `${marker}-crowded`, documentId: '' };
/** A post translated into Chinese, and one that is not. */
const translated = { slug: `${marker}-translated`, documentId: '', zhTitle: `稀疏注意力的训练与评估 ${marker}` };

beforeAll(async () => {
  // Published before the first build, so the build draws their cards.
  pair = await startSiteWithCms('site-cards', async (owner) => {
    const authors = Array.from({ length: 12 }, (_, index) => ({ name: index === 9 ? 'Ruizhe Wang' : `Coauthor ${index}`, isOwner: index === 9, equalContribution: false, corresponding: false }));
    const work = await owner.createDraft(PUBLICATION, publicationFields(crowded.slug, { title: `A paper with many authors ${marker}`, authors }));
    crowded.documentId = work.documentId;
    await owner.publish(PUBLICATION, work.documentId);
    const post = await owner.createDraft(POST, postFields(translated.slug, { title: `Training and evaluating sparse attention ${marker}` }));
    translated.documentId = post.documentId;
    await owner.publish(POST, post.documentId);
    await owner.updateDraft(POST, post.documentId, { title: translated.zhTitle }, 'zh');
    await owner.publish(POST, post.documentId, 'zh');
  });
  ({ site, admin } = pair);
}, 420_000);

afterAll(async () => {
  await pair?.stop();
});

interface PageHead {
  meta(name: string): string | null;
}

async function headOf(pagePath: string): Promise<PageHead> {
  const response = await fetch(`${site?.origin}${pagePath}`);
  expect(response.status, pagePath).toBe(200);
  const doc = new window.DOMParser().parseFromString(await response.text(), 'text/html') as unknown as Document;
  return { meta: (name) => doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content') ?? null };
}

interface Card {
  url: string;
  response: Response;
  png: Buffer;
}

/** The card a page's og:image names, fetched from the served site. */
async function cardOf(pagePath: string): Promise<Card> {
  const head = await headOf(pagePath);
  const url = head.meta('og:image') ?? '';
  expect(url.startsWith(`${SITE_URL}/`), `${pagePath} og:image ${url}`).toBe(true);
  const response = await fetch(`${site?.origin}${url.slice(SITE_URL.length)}`);
  return { url, response, png: Buffer.from(await response.arrayBuffer()) };
}

type Box = { top: number; bottom: number; left: number; right: number };
/** Below the label, above the footer: title, authors and details. */
const BODY: Box = { top: 110, bottom: 510, left: 60, right: 1150 };
/** The title's first line. */
const TITLE_LINE: Box = { top: 110, bottom: 180, left: 60, right: 1150 };

/** Pixels in `box` within `tolerance` of `rgb` (or, with `not`, farther from it). */
function countPixels(png: Buffer, box: Box, rgb: [number, number, number], tolerance: number, not = false): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const offset = (y * image.width + x) * 4;
      const distance = Math.abs((image.data[offset] ?? 0) - rgb[0]) + Math.abs((image.data[offset + 1] ?? 0) - rgb[1]) + Math.abs((image.data[offset + 2] ?? 0) - rgb[2]);
      if (not ? distance > tolerance : distance <= tolerance) count++;
    }
  }
  return count;
}
const BACKGROUND: [number, number, number] = [0xfd, 0xfd, 0xfc];
/** The accent colour the owner's name is drawn in (web/src/styles/main.css). */
const ACCENT: [number, number, number] = [0x0a, 0x58, 0xa8];

const pages = [
  ...SEED.publications.map((work) => ({ path: `/publications/${work.slug}`, title: work.title, owner: true })),
  ...SEED.blogPosts.map((post) => ({ path: `/blog/${post.slug}`, title: post.title, owner: true })),
];

describe('link-preview cards (web/server/og-cards) as the built site serves them', () => {
  it.each(pages)('$path names its own card: og:image, its size and alt, and the Twitter large-image card', async ({ path: pagePath, title }) => {
    const head = await headOf(pagePath);
    const slug = pagePath.split('/').pop() ?? '';
    const kind = pagePath.startsWith('/blog/') ? 'blog' : 'publications';
    expect(head.meta('og:image')).toMatch(new RegExp(`^${SITE_URL}/og/${kind}/${slug}\\.png\\?v=[0-9a-z]+$`));
    expect(head.meta('og:image:width')).toBe('1200');
    expect(head.meta('og:image:height')).toBe('630');
    expect(head.meta('og:image:alt')).toContain(title);
    expect(head.meta('twitter:card')).toBe('summary_large_image');
    expect(head.meta('twitter:image')).toBe(head.meta('og:image'));
  });

  it.each(pages)('$path: its card answers 200 image/png, 1200×630 to two decoders, with its text drawn and the owner marked', async ({ path: pagePath }) => {
    const card = await cardOf(pagePath);
    expect(card.response.status).toBe(200);
    expect(card.response.headers.get('content-type')).toBe('image/png');
    expect(card.response.headers.get('cache-control')).toBe('public, max-age=3600');
    const decoded = PNG.sync.read(card.png);
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    const metadata = await sharp(card.png).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    // Text, not a blank or broken image: a title line's worth of ink.
    expect(countPixels(card.png, TITLE_LINE, BACKGROUND, 90, true)).toBeGreaterThan(4_000);
    // The owner's name in the accent colour (nothing else under the label is).
    expect(countPixels(card.png, BODY, ACCENT, 40)).toBeGreaterThan(300);
  });

  it('names the owner on the card of a paper whose author list is cut (the owner tenth of twelve)', async () => {
    const card = await cardOf(`/publications/${crowded.slug}`);
    expect(card.response.status).toBe(200);
    expect(countPixels(card.png, BODY, ACCENT, 40)).toBeGreaterThan(300);
  });

  it('gives a translated post a Chinese card of its own, drawn with real glyphs, and an untranslated post’s Chinese page the English card', async () => {
    const english = await cardOf(`/blog/${translated.slug}`);
    const chinese = await cardOf(`/zh/blog/${translated.slug}`);
    expect(chinese.url).toMatch(new RegExp(`^${SITE_URL}/zh/og/blog/${translated.slug}\\.png\\?v=`));
    expect(chinese.response.status).toBe(200);
    expect(countPixels(chinese.png, TITLE_LINE, BACKGROUND, 90, true)).toBeGreaterThan(4_000);
    expect(chinese.png.equals(english.png)).toBe(false);
    const seeded = SEED.blogPosts[0]?.slug ?? '';
    expect((await cardOf(`/zh/blog/${seeded}`)).url).toBe((await cardOf(`/blog/${seeded}`)).url);
  });

  it('leaves the site card on pages that are not a publication or post', async () => {
    for (const pagePath of ['/', '/publications', '/blog', '/zh/']) {
      expect((await headOf(pagePath)).meta('og:image'), pagePath).toBe(`${SITE_URL}/social-card.png`);
    }
  });

  it('redraws only the edited paper’s card when the owner publishes an edit, and names it anew', async () => {
    const cardPaths = [...pages.map((page) => page.path), `/publications/${crowded.slug}`];
    const before = new Map(await Promise.all(cardPaths.map(async (pagePath) => [pagePath, await cardOf(pagePath)] as const)));
    await admin.updateDraft(PUBLICATION, crowded.documentId, { title: `Renamed: a different title altogether ${marker}` });
    await admin.publish(PUBLICATION, crowded.documentId);
    const edited = `/publications/${crowded.slug}`;
    const started = Date.now();
    let after = await cardOf(edited);
    while (after.png.equals(before.get(edited)?.png ?? Buffer.alloc(0)) && Date.now() - started < FRESH_WITHIN_MS) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await cardOf(edited);
    }
    console.log(`edited paper's card served ${Date.now() - started} ms after publishing`);
    expect(after.png.equals(before.get(edited)?.png ?? Buffer.alloc(0))).toBe(false);
    expect(after.url).not.toBe(before.get(edited)?.url);
    for (const pagePath of cardPaths.filter((other) => other !== edited)) {
      const now = await cardOf(pagePath);
      expect(now.response.headers.get('etag'), pagePath).toBe(before.get(pagePath)?.response.headers.get('etag'));
    }
    console.log(site?.log().split('\n').filter((line) => line.includes('link-preview cards')).join('\n'));
  });

  it('removes a card with its page when the paper is unpublished', async () => {
    const { url } = await cardOf(`/publications/${crowded.slug}`);
    await admin.unpublish(PUBLICATION, crowded.documentId);
    const cardPath = new URL(url).pathname;
    const started = Date.now();
    let status = 200;
    while (status !== 404 && Date.now() - started < FRESH_WITHIN_MS) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await fetch(`${site?.origin}${cardPath}`)).status;
    }
    expect(status).toBe(404);
  });
});
