/**
 * cms/src/content-rules over the admin HTTP API: slugs are generated and unique, a post's series
 * position is required and unique within its series, and a tag or series in use is not deleted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument, type CollectionUid } from '../support/admin-api';
import { postFields, publicationFields, uniqueMarker } from '../support/published';

const admin = createAdminApi();
const created: [CollectionUid, string][] = [];
afterAll(async () => {
  // Users first, then the tags and series they use.
  for (const [uid, documentId] of created.reverse()) await admin.remove(uid, documentId).catch(() => undefined);
});

async function create(uid: CollectionUid, fields: Record<string, unknown>): Promise<AdminDocument> {
  const document = await admin.createDraft(uid, fields);
  created.push([uid, document.documentId]);
  return document;
}

/** The content manager's raw answer, for requests expected to fail. */
const raw = admin.raw;
const errorOf = (response: { body: unknown }) => (response.body as { error: { name: string; message: string } }).error;

describe('content-rules', () => {
  describe('keepSlugsUnique', () => {
    it('generates a slug from the name or title when none is given', async () => {
      const marker = uniqueMarker('slug');
      const tag = await create('api::tag.tag', { name: `Sparse Models ${marker}` });
      expect(tag.slug).toBe(`sparse-models-${marker}`);
      const series = await create('api::series.series', { title: `A Guide ${marker}` });
      expect(series.slug).toBe(`a-guide-${marker}`);
    });

    it('refuses a slug another document uses, naming it and suggesting a free one', async () => {
      const marker = uniqueMarker('dup');
      await create('api::publication.publication', publicationFields(marker, { title: `First ${marker}` }));
      const response = await raw('POST', 'api::publication.publication', publicationFields(marker, { title: `Second ${marker}` }));
      expect(response.status).toBe(400);
      expect(errorOf(response).message).toBe(
        `slug "${marker}" is already used by the publication "First ${marker}"; choose another, e.g. "${marker}-1"`,
      );
    });

    it('lets a document keep its own slug when saved again', async () => {
      const marker = uniqueMarker('own');
      const tag = await create('api::tag.tag', { name: `Own ${marker}`, slug: marker });
      const saved = await admin.updateDraft('api::tag.tag', tag.documentId, { name: `Own renamed ${marker}`, slug: marker });
      expect(saved.slug).toBe(marker);
    });
  });

  describe('validateSeriesPositions', () => {
    it('requires a position for a post in a series, and refuses one the series already uses', async () => {
      const marker = uniqueMarker('series');
      const series = await create('api::series.series', { title: `Series ${marker}`, slug: marker });
      const first = await create('api::blog-post.blog-post', postFields(`${marker}-a`, { series: series.documentId, seriesPosition: 1 }));
      expect(first.seriesPosition).toBe(1);

      const missing = await raw('POST', 'api::blog-post.blog-post', postFields(`${marker}-b`, { series: series.documentId }));
      expect(missing.status).toBe(400);
      expect(errorOf(missing).message).toMatch(/^seriesPosition is required for a post in a series/);

      const clash = await raw('POST', 'api::blog-post.blog-post', postFields(`${marker}-c`, { series: series.documentId, seriesPosition: 1 }));
      expect(clash.status).toBe(400);
      expect(errorOf(clash).message).toBe(
        `seriesPosition 1 is already taken in the series "Series ${marker}" by the post "Post ${marker}-a"; the next free position is 2`,
      );

      const second = await create('api::blog-post.blog-post', postFields(`${marker}-d`, { series: series.documentId, seriesPosition: 2 }));
      // Moving a post onto a taken position through an update is refused too.
      const moved = await raw('PUT', `api::blog-post.blog-post/${second.documentId}`, { seriesPosition: 1 });
      expect(moved.status).toBe(400);
      expect(errorOf(moved).message).toMatch(/seriesPosition 1 is already taken/);
      // Saving a post again with its own position is fine.
      const resaved = await admin.updateDraft('api::blog-post.blog-post', second.documentId, { seriesPosition: 2, summary: 'edited' });
      expect(resaved.seriesPosition).toBe(2);
    });

    it('refuses a negative position', async () => {
      const marker = uniqueMarker('negative');
      const series = await create('api::series.series', { title: `Series ${marker}`, slug: marker });
      const response = await raw('POST', 'api::blog-post.blog-post', postFields(marker, { series: series.documentId, seriesPosition: -1 }));
      expect(response.status).toBe(400);
    });
  });

  describe('refuseDeletingUsedTerms', () => {
    it('refuses to delete a tag still used, naming the posts and publications', async () => {
      const marker = uniqueMarker('used');
      const tag = await create('api::tag.tag', { name: `Used ${marker}`, slug: marker });
      await create('api::blog-post.blog-post', postFields(`${marker}-post`, { tags: [tag.documentId] }));
      await create('api::publication.publication', publicationFields(`${marker}-paper`, { tags: [tag.documentId] }));

      const response = await raw('DELETE', `api::tag.tag/${tag.documentId}`);
      expect(response.status).toBe(400);
      expect(errorOf(response).message).toBe(
        `The tag "Used ${marker}" is still used by 1 blog post ("Post ${marker}-post") and 1 publication ("Paper ${marker}-paper"); ` +
          'remove it from them first, then delete it',
      );
      const still = await raw('GET', `api::tag.tag/${tag.documentId}`);
      expect(still.status).toBe(200);
    });

    it('refuses to delete a series with posts, and deletes an unused one', async () => {
      const marker = uniqueMarker('series-used');
      const series = await create('api::series.series', { title: `Series ${marker}`, slug: marker });
      await create('api::blog-post.blog-post', postFields(`${marker}-post`, { series: series.documentId, seriesPosition: 0 }));
      const refused = await raw('DELETE', `api::series.series/${series.documentId}`);
      expect(refused.status).toBe(400);
      expect(errorOf(refused).message).toMatch(`The series "Series ${marker}" is still used by 1 blog post ("Post ${marker}-post")`);

      const unused = await admin.createDraft('api::series.series', { title: `Unused ${marker}`, slug: `${marker}-unused` });
      const deleted = await raw('DELETE', `api::series.series/${unused.documentId}`);
      expect(deleted.status).toBe(200);
    });
  });
});
