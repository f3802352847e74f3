/** cms/src/api/blog-post over HTTP. */
import { BLOG_POST_LIST_OMITS, blogPostItemSchema, blogPostListSchema, type BlogPost } from '@homepage/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument, type CollectionUid } from '../support/admin-api';
import { describeDraftsStayPrivate, uniqueMarker } from '../support/drafts';
import { getPublic, getPublicData } from '../support/http';
import { createPublished, postFields } from '../support/published';
import { SEED } from '../support/seed-file';

async function postBySlug(slug: string): Promise<BlogPost> {
  const [found] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${slug}&fields=*`);
  expect(found, `no public blog post with slug "${slug}"`).toBeDefined();
  return found;
}

describe('blog-post', () => {
  describe('find', () => {
    it('lists every seeded post, valid against blogPostListSchema', async () => {
      const response = await getPublic('/api/blog-posts?pagination[pageSize]=100');
      expect(response.status).toBe(200);
      const { data } = blogPostListSchema.parse(response.body);
      expect(data.map((p) => p.slug)).toEqual(expect.arrayContaining(SEED.blogPosts.map((p) => p.slug)));
    });

    it('leaves the bodies and contents out of lists unless asked with fields=*', async () => {
      const marker = uniqueMarker('list');
      const { documentId } = await createPublished('api::blog-post.blog-post', postFields(marker, { body: `## Why ${marker}\n\nBecause.` }));
      const path = `/api/blog-posts?filters[slug][$eq]=${marker}`;
      const [listed] = await getPublicData<Record<string, unknown>[]>(path);
      expect(listed).toMatchObject({ slug: marker, summary: expect.any(String), wordCount: expect.any(Number) });
      for (const heavy of BLOG_POST_LIST_OMITS) expect(listed, heavy).not.toHaveProperty(heavy);

      const [full] = await getPublicData<BlogPost[]>(`${path}&fields=*`);
      expect(full.bodyHtml).toContain(`Why ${marker}`);
      expect(full.body).toContain('Because.');
      expect(full.toc).toHaveLength(1);

      const one = await getPublicData<BlogPost>(`/api/blog-posts/${documentId}`);
      expect(one.bodyHtml).toBe(full.bodyHtml);
      await createAdminApi().remove('api::blog-post.blog-post', documentId);
    });

    it('takes an explicit field list instead of the default', async () => {
      const [post] = await getPublicData<Record<string, unknown>[]>('/api/blog-posts?filters[slug][$eq]=analysis-fp4&fields[0]=title&fields[1]=readingMinutes');
      expect(Object.keys(post)).toEqual(expect.arrayContaining(['title', 'readingMinutes']));
      expect(post).not.toHaveProperty('bodyHtml');
      expect(post).not.toHaveProperty('summary');
    });

    it('populates tags, series and related publications without being asked', async () => {
      for (const seeded of SEED.blogPosts) {
        const post = await postBySlug(seeded.slug);
        expect(post.tags.map((t) => t.slug).sort(), seeded.slug).toEqual([...seeded.tags].sort());
        expect(post.series?.slug ?? null, seeded.slug).toBe(seeded.series ?? null);
        expect(post.relatedPublications.map((p) => p.slug).sort(), seeded.slug).toEqual([...(seeded.relatedPublications ?? [])].sort());
      }
    });

    it('orders a series by seriesPosition, starting at 0 for a preface', async () => {
      const posts = await getPublicData<BlogPost[]>(
        '/api/blog-posts?filters[series][slug][$eq]=megatron-lm-practical-guide&sort=seriesPosition:asc',
      );
      expect(posts.map((p) => [p.seriesPosition, p.slug])).toEqual([
        [0, 'megatron-exp-0'],
        [1, 'megatron-exp-1'],
        [2, 'megatron-exp-2'],
      ]);
    });
  });

  describe('findOne', () => {
    it('returns one post by documentId, valid against blogPostItemSchema', async () => {
      const { documentId } = await postBySlug('analysis-fp4');
      const response = await getPublic(`/api/blog-posts/${documentId}`);
      expect(response.status).toBe(200);
      const { data } = blogPostItemSchema.parse(response.body);
      expect(data.relatedPublications.map((p) => p.title)).toEqual(['Optimizing Large Language Model Training Using FP4 Quantization']);
    });
  });

  describe('relations', () => {
    const admin = createAdminApi();
    const created: [CollectionUid, AdminDocument][] = [];
    afterAll(async () => {
      for (const [uid, document] of created.reverse()) await admin.remove(uid, document.documentId);
    });

    it('leaves draft tags and publications out of a published post', async () => {
      const marker = uniqueMarker('related');
      const tag = await admin.createDraft('api::tag.tag', { name: `tag-${marker}`, slug: `tag-${marker}` });
      created.push(['api::tag.tag', tag]);
      const publication = await admin.createDraft('api::publication.publication', {
        title: `Unpublished ${marker}`,
        slug: `pub-${marker}`,
        kind: 'preprint',
        year: 2026,
        authors: [{ name: 'Ruizhe Wang', isOwner: true }],
      });
      created.push(['api::publication.publication', publication]);
      const post = await admin.createDraft('api::blog-post.blog-post', {
        title: `Post ${marker}`,
        slug: `post-${marker}`,
        language: 'en',
        date: '2026-01-02',
        featured: false,
        tags: [tag.documentId],
        relatedPublications: [publication.documentId],
      });
      created.push(['api::blog-post.blog-post', post]);
      await admin.publish('api::blog-post.blog-post', post.documentId);

      for (const path of [`/api/blog-posts/${post.documentId}`, `/api/blog-posts?filters[slug][$eq]=post-${marker}`]) {
        const response = await getPublic(path);
        expect(response.status).toBe(200);
        expect(response.text).toContain(`Post ${marker}`);
        expect(response.text).not.toContain(`tag-${marker}`);
        expect(response.text).not.toContain(`Unpublished ${marker}`);
      }
    });
  });

  describeDraftsStayPrivate({
    uid: 'api::blog-post.blog-post',
    route: '/api/blog-posts',
    fields: (marker) => ({
      title: `Probe ${marker}`,
      slug: marker,
      language: 'en',
      date: '2026-01-01',
      featured: false,
      body: `Unpublished thoughts, ${marker}.`,
    }),
  });
});
