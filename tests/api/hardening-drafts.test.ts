/**
 * Hardening, drafts (cms/src/public-read/route-middleware.ts pins `status`; feeds, citations and the
 * sitemap read `status: 'published'`): an anonymous visitor sees published content only, whatever
 * the request says, and an edit saved as a draft changes nothing public until it is published.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi, type AdminDocument, type CollectionUid } from '../support/admin-api';
import { uniqueMarker } from '../support/drafts';
import { expectSafeAnswer, rawRequest } from '../support/hostile-http';
import { postFields, publicationFields } from '../support/published';
import { SEED } from '../support/seed-file';

const cmsUrl = inject('cmsUrl');
const admin = createAdminApi();

/** Spellings of "show me drafts" a lax parser might honour. */
const STATUS_QUERIES = ['status=draft', 'status=DRAFT', 'status=foo', 'status[0]=draft', 'status[$ne]=published', 'status=modified'];

const marker = {
  publication: uniqueMarker('hdpub'),
  post: uniqueMarker('hdpost'),
  tag: uniqueMarker('hdtag'),
  series: uniqueMarker('hdseries'),
  /** Title of a published publication, and the title its unpublished draft edit gives it. */
  original: uniqueMarker('hdorig'),
  edited: uniqueMarker('hdedit'),
  position: uniqueMarker('hdposition'),
};

/** Texts only the never-published drafts carry (titles, not slugs: a 404 may echo the asked slug). */
const DRAFT_TEXTS = [`Paper ${marker.publication}`, `Post ${marker.post}`, `Summary of ${marker.post}`, `Tag ${marker.tag}`, `Series ${marker.series}`];

const drafts: Partial<Record<'publication' | 'post' | 'tag' | 'series', AdminDocument>> = {};
let edited: AdminDocument;

const created: { uid: CollectionUid; documentId: string }[] = [];
async function create(uid: CollectionUid, fields: Record<string, unknown>): Promise<AdminDocument> {
  const draft = await admin.createDraft(uid, fields);
  created.push({ uid, documentId: draft.documentId });
  expect(draft.publishedAt).toBeNull();
  return draft;
}

beforeAll(async () => {
  drafts.publication = await create('api::publication.publication', publicationFields(marker.publication));
  drafts.post = await create('api::blog-post.blog-post', postFields(marker.post, { body: `Body of ${marker.post}` }));
  drafts.tag = await create('api::tag.tag', { name: `Tag ${marker.tag}`, slug: marker.tag });
  drafts.series = await create('api::series.series', { title: `Series ${marker.series}`, slug: marker.series });
  edited = await create('api::publication.publication', publicationFields(marker.original));
  await admin.publish('api::publication.publication', edited.documentId);
  const draftEdit = await admin.updateDraft('api::publication.publication', edited.documentId, {
    title: `Paper ${marker.edited}`,
    summary: `Summary ${marker.edited}`,
  });
  expect(draftEdit.title).toBe(`Paper ${marker.edited}`);
});

afterAll(async () => {
  for (const { uid, documentId } of created) await admin.remove(uid, documentId);
});

/** A public GET that must answer `expected` and show none of `hidden`. */
async function expectHidden(path: string, expected: readonly number[], hidden: string[]) {
  const response = await rawRequest(cmsUrl, { path });
  expectSafeAnswer(response, expected, `GET ${path}`);
  for (const text of hidden) expect(response.text, `GET ${path} shows "${text}"`).not.toContain(text);
  return response;
}

const totalOf = (body: unknown) => (body as { meta: { pagination: { total: number } } }).meta.pagination.total;

describe('hardening: drafts', () => {
  describe('never-published entries', () => {
    const LISTS = ['/api/publications', '/api/blog-posts', '/api/tags', '/api/series-list'];

    it.each(LISTS.flatMap((route) => STATUS_QUERIES.map((status) => ({ route, status }))))(
      'stay out of $route?$status',
      async ({ route, status }) => {
        // Newest first: a leaked draft would be on the first page however much other tests add.
        const response = await expectHidden(`${route}?${status}&sort=createdAt:desc`, [200, 400], DRAFT_TEXTS);
        const ids = Object.values(drafts).map((d) => d.documentId);
        for (const id of ids) expect(response.text).not.toContain(id);
      },
    );

    const ITEMS = [
      { route: '/api/publications', kind: 'publication' },
      { route: '/api/blog-posts', kind: 'post' },
      { route: '/api/tags', kind: 'tag' },
      { route: '/api/series-list', kind: 'series' },
    ] as const;
    it.each(ITEMS.flatMap((item) => ['', 'status=draft', 'status[$ne]=published'].map((status) => ({ ...item, status }))))(
      'answer 404 on $route/:documentId?$status',
      async ({ route, kind, status }) => {
        await expectHidden(`${route}/${drafts[kind]!.documentId}${status && `?${status}`}`, [404], DRAFT_TEXTS);
      },
    );

    it.each([
      { route: '/api/publications', query: `filters[$or][0][title][$containsi]=${marker.publication}` },
      { route: '/api/blog-posts', query: `filters[$or][0][title][$containsi]=${marker.post}&filters[$or][1][summary][$containsi]=${marker.post}` },
      { route: '/api/tags', query: `filters[name][$containsi]=${marker.tag}` },
      { route: '/api/series-list', query: `filters[slug][$eq]=${marker.series}` },
    ])('are not found by searching $route for their marker, even with status=draft', async ({ route, query }) => {
      for (const status of ['', '&status=draft']) {
        const response = await expectHidden(`${route}?${query}${status}`, [200], DRAFT_TEXTS);
        expect(totalOf(response.body)).toBe(0);
      }
    });

    it.each([
      '/api/feeds/posts.rss',
      '/api/feeds/posts.atom',
      '/api/feeds/posts.json',
      '/api/feeds/publications.rss',
      '/api/citations/publications.bib',
      '/api/citations/publications.ris',
      '/api/citations/publications.json',
      '/api/citations/publications.bib?kind=journal-article&year=2026',
      '/api/sitemap.xml',
    ])('stay out of %s', async (path) => {
      await expectHidden(path, [200], [...DRAFT_TEXTS, marker.publication, marker.post, marker.tag, marker.series]);
    });

    it.each([
      `/api/citations/publications/${marker.publication}.bib`,
      `/api/citations/publications/${marker.publication}.json`,
      `/api/citations/blog-posts/${marker.post}.ris`,
      `/api/feeds/posts.rss?tag=${marker.tag}`,
    ])('have no citation or tag feed of their own: %s', async (path) => {
      await expectHidden(path, [200, 404], DRAFT_TEXTS);
    });
  });

  describe('an unpublished edit of a published entry', () => {
    const withEdit = [marker.edited];

    it.each([
      ...STATUS_QUERIES.map((status) => `/api/publications?${status}&sort=updatedAt:desc`),
      `/api/publications?filters[$or][0][title][$containsi]=${marker.edited}&filters[$or][1][summary][$containsi]=${marker.edited}`,
      '/api/feeds/publications.rss',
      '/api/citations/publications.bib',
      `/api/citations/publications/${marker.original}.bib`,
      '/api/sitemap.xml',
    ])('is not served by %s', async (path) => {
      await expectHidden(path, [200, 400], withEdit);
    });

    it.each(['', 'status=draft', 'status[0]=draft', 'status[$ne]=published'])(
      'leaves findOne?%s serving the published title',
      async (status) => {
        const response = await expectHidden(`/api/publications/${edited.documentId}${status && `?${status}`}`, [200], withEdit);
        expect((response.body as { data: { title: string } }).data.title).toBe(`Paper ${marker.original}`);
      },
    );

    // The control: the same requests do show the edit once it is published, so the checks above
    // would have caught a leak.
    it('is served everywhere once published', async () => {
      await admin.publish('api::publication.publication', edited.documentId);
      const item = await rawRequest(cmsUrl, { path: `/api/publications/${edited.documentId}` });
      expect((item.body as { data: { title: string } }).data.title).toBe(`Paper ${marker.edited}`);
      const search = await rawRequest(cmsUrl, { path: `/api/publications?filters[$or][0][title][$containsi]=${marker.edited}` });
      expect(totalOf(search.body)).toBe(1);
      const citation = await rawRequest(cmsUrl, { path: `/api/citations/publications/${marker.original}.bib` });
      expect(citation.text).toContain(marker.edited);
    });
  });

  describe('the profile draft (single type)', () => {
    const position = `Position ${marker.position}`;
    const seededPost = SEED.blogPosts[0].slug;

    beforeAll(async () => {
      const draft = await admin.profile.updateDraft({ position });
      expect(draft.position).toBe(position);
    });
    afterAll(async () => {
      await admin.profile.discardDraft();
    });

    it.each(['', ...STATUS_QUERIES])('is not served by /api/profile?%s', async (status) => {
      const response = await expectHidden(`/api/profile${status && `?${status}`}`, [200, 400], [marker.position]);
      if (response.status === 200) expect((response.body as { data: { position: string } }).data.position).not.toBe(position);
    });

    it.each(['/api/feeds/posts.json', '/api/feeds/posts.atom', `/api/citations/blog-posts/${seededPost}.json`, '/api/openapi.json'])(
      'is not served by %s',
      async (path) => {
        await expectHidden(path, [200], [marker.position]);
      },
    );
  });
});
