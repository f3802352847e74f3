/**
 * The response cache (cms/src/public-read/cache/) never serves
 * yesterday's page: for every cached public endpoint, an answer that was just served from the
 * cache (X-Cache: HIT) is replaced by the owner's published edit on the very next request.
 * The profile's case lives in profile.test.ts, beside the other test that edits the profile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAdminApi, type CollectionUid } from '../support/admin-api';
import { getPublic } from '../support/http';
import { createPublished, editAndPublish, postFields, publicationFields, uniqueMarker } from '../support/published';

interface Fixture {
  uid: CollectionUid;
  documentId: string;
  slug: string;
}

const marker = uniqueMarker('fresh');
const fixtures = {} as Record<'publication' | 'post' | 'tag' | 'series', Fixture>;

beforeAll(async () => {
  const create = async (uid: CollectionUid, slug: string, fields: Record<string, unknown>): Promise<Fixture> => ({
    uid,
    slug,
    documentId: (await createPublished(uid, fields)).documentId,
  });
  fixtures.tag = await create('api::tag.tag', `tag-${marker}`, { name: `Tag ${marker}`, slug: `tag-${marker}` });
  fixtures.series = await create('api::series.series', `series-${marker}`, { title: `Series ${marker}`, slug: `series-${marker}` });
  fixtures.publication = await create('api::publication.publication', `pub-${marker}`, publicationFields(`pub-${marker}`));
  fixtures.post = await create('api::blog-post.blog-post', `post-${marker}`, postFields(`post-${marker}`, { body: 'First version.' }));
});

/** The field an edit changes, per type: what each endpoint shows of it. */
const TITLE_FIELD: Record<keyof typeof fixtures, string> = { publication: 'title', post: 'title', tag: 'name', series: 'title' };

// `{slug}` and `{documentId}` stand for the fixture's.
const ENDPOINTS: [keyof typeof fixtures, string][] = [
  ['publication', '/api/publications?filters[slug][$eq]={slug}'],
  ['publication', '/api/publications/{documentId}'],
  ['publication', '/api/publications?sort=updatedAt:desc&pagination[pageSize]=25'],
  ['publication', '/api/feeds/publications.rss'],
  ['publication', '/api/citations/publications.bib'],
  ['publication', '/api/citations/publications.json'],
  ['publication', '/api/citations/publications.ris'],
  ['publication', '/api/citations/publications/{slug}.bib'],
  ['post', '/api/blog-posts?filters[slug][$eq]={slug}'],
  ['post', '/api/blog-posts/{documentId}'],
  ['post', '/api/blog-posts?sort=updatedAt:desc'],
  ['post', '/api/feeds/posts.rss'],
  ['post', '/api/feeds/posts.atom'],
  ['post', '/api/feeds/posts.json'],
  ['post', '/api/citations/blog-posts/{slug}.bib'],
  ['tag', '/api/tags?filters[slug][$eq]={slug}'],
  ['tag', '/api/tags/{documentId}'],
  ['series', '/api/series-list?filters[slug][$eq]={slug}'],
  ['series', '/api/series-list/{documentId}'],
];

describe('response cache', () => {
  let edits = 0;

  it.each(ENDPOINTS)('serves an edit of the %s on the very next request of %s', async (type, template) => {
    const fixture = fixtures[type];
    const path = template.replace('{slug}', fixture.slug).replace('{documentId}', fixture.documentId);
    await getPublic(path);
    const cached = await getPublic(path);
    expect(cached.status).toBe(200);
    expect(cached.headers.get('x-cache'), `${path} is not cached, so this test proves nothing`).toBe('HIT');

    const title = `Edited ${marker} number ${++edits}`;
    expect(cached.text).not.toContain(title);
    await editAndPublish(fixture.uid, fixture.documentId, { [TITLE_FIELD[type]]: title });

    const next = await getPublic(path);
    expect(next.status).toBe(200);
    expect(next.text).toContain(title);
  });

  it('drops an unpublished publication from the list, the sitemap and the BibTeX at once', async () => {
    const slug = `gone-${marker}`;
    const { documentId } = await createPublished('api::publication.publication', publicationFields(slug));
    const paths = ['/api/sitemap.xml', '/api/citations/publications.bib', `/api/publications?filters[slug][$eq]=${slug}`];
    for (const path of paths) {
      await getPublic(path);
      const cached = await getPublic(path);
      expect(cached.headers.get('x-cache'), path).toBe('HIT');
      expect(cached.text, path).toContain(slug);
    }
    await createAdminApi().unpublish('api::publication.publication', documentId);
    for (const path of paths) expect((await getPublic(path)).text, path).not.toContain(slug);
  });
});
