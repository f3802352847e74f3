/**
 * Issue 16, point 1: translating a post in the admin, through the admin HTTP API the admin UI
 * calls. A new Chinese version starts from the English one's slug, tags, series and related papers
 * (the slug is in the form before the first save: the admin prefills it from the document's
 * metadata), and saving or publishing one language never changes the other's status.
 */
import type { BlogPost } from '@homepage/shared';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { getPublicData, request } from '../support/http';
import { createPublished, postFields, uniqueMarker } from '../support/published';

const POST = 'api::blog-post.blog-post';
const admin = createAdminApi();
const created: { uid: 'api::blog-post.blog-post' | 'api::tag.tag'; documentId: string }[] = [];

afterAll(async () => {
  for (const { uid, documentId } of created.reverse()) await admin.remove(uid, documentId).catch(() => undefined);
});

/** The content manager's edit view of one language version: the document and its metadata. */
async function editView(documentId: string, locale: string) {
  const response = await admin.raw('GET', `${POST}/${documentId}?locale=${locale}`);
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  return response.body as { data: Partial<AdminDocument>; meta: { availableLocales: Record<string, unknown>[] } };
}

const statusOf = async (documentId: string, locale: string) => (await editView(documentId, locale)).data.status;

async function publishedPost(marker: string, extra: Record<string, unknown> = {}): Promise<AdminDocument> {
  const post = await createPublished(POST, postFields(marker, extra));
  created.push({ uid: POST, documentId: post.documentId });
  return post;
}

async function tag(marker: string): Promise<AdminDocument> {
  const made = await createPublished('api::tag.tag', { name: `Tag ${marker}`, slug: `tag-${marker}` });
  created.push({ uid: 'api::tag.tag', documentId: made.documentId });
  return made;
}

/** What the admin's form sends when the owner saves a version: every field, the slug included. */
const formOf = (version: Partial<AdminDocument>, changes: Record<string, unknown>) => ({
  title: version.title,
  slug: version.slug,
  summary: version.summary,
  date: version.date,
  featured: version.featured,
  seriesPosition: version.seriesPosition ?? null,
  ...changes,
});

describe('translating a post', () => {
  it('starts the new version’s form with the post’s slug, and Regenerate there gives that slug', async () => {
    const marker = uniqueMarker('zh-form');
    const post = await publishedPost(marker);

    // The admin opens a language the post is not written in: an empty version, and the others.
    const view = await editView(post.documentId, 'zh');
    expect(view.data).toEqual({});
    expect(view.meta.availableLocales[0]).toMatchObject({ locale: 'en', slug: marker });

    const regenerate = await request('POST', `${inject('cmsUrl')}/content-manager/uid/generate?locale=zh`, {
      token: inject('adminToken'),
      json: { contentTypeUID: POST, field: 'slug', data: { id: post.documentId, title: '量化训练' } },
    });
    expect(regenerate.body).toEqual({ data: marker });
  });

  it('gives a translation saved with the admin’s placeholder slug the post’s slug and tags, served in both languages', async () => {
    const marker = uniqueMarker('zh-placeholder');
    const topic = await tag(marker);
    const post = await publishedPost(marker, { tags: { connect: [{ documentId: topic.documentId }] } });

    // A Chinese title has no Latin letters: the admin's uid field made `blog-post` from it.
    await admin.updateDraft(POST, post.documentId, { title: `中文标题 ${marker}`, slug: 'blog-post', tags: { connect: [], disconnect: [] } }, 'zh');
    await admin.publish(POST, post.documentId, 'zh');

    const [chinese] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${marker}&locale=zh`);
    expect(chinese).toMatchObject({ documentId: post.documentId, slug: marker, title: `中文标题 ${marker}`, locale: 'zh' });
    expect(chinese.tags.map((item) => item.slug)).toEqual([`tag-${marker}`]);
    const [english] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${marker}`);
    expect(english).toMatchObject({ documentId: post.documentId, title: `Post ${marker}`, locale: 'en' });
  });

  it('leaves the English version “Published” while the Chinese one is saved, saved again and published', async () => {
    const marker = uniqueMarker('zh-status');
    const post = await publishedPost(marker);
    const english = (await editView(post.documentId, 'en')).data;

    await admin.updateDraft(POST, post.documentId, { title: `中文 ${marker}` }, 'zh');
    expect(await statusOf(post.documentId, 'en')).toBe('published');
    // The second save is the one the admin's form sends with every field, the shared slug included.
    const chinese = (await editView(post.documentId, 'zh')).data;
    await admin.updateDraft(POST, post.documentId, formOf(chinese, { summary: `中文摘要 ${marker}` }), 'zh');
    expect(await statusOf(post.documentId, 'en')).toBe('published');
    await admin.publish(POST, post.documentId, 'zh');
    expect(await statusOf(post.documentId, 'en')).toBe('published');
    expect(await statusOf(post.documentId, 'zh')).toBe('published');
    // Nothing of the English version changed meanwhile.
    expect((await editView(post.documentId, 'en')).data).toMatchObject({ title: english.title, summary: english.summary, updatedAt: english.updatedAt });
  });

  it('retags from the Chinese version: the English status stays, and both languages show the new tag once it is published', async () => {
    const marker = uniqueMarker('zh-retag');
    const [first, second] = [await tag(`a-${marker}`), await tag(`b-${marker}`)];
    const post = await publishedPost(marker, { tags: { connect: [{ documentId: first.documentId }] } });
    await admin.updateDraft(POST, post.documentId, { title: `中文 ${marker}` }, 'zh');
    await admin.publish(POST, post.documentId, 'zh');

    await admin.updateDraft(
      POST,
      post.documentId,
      { tags: { disconnect: [{ documentId: first.documentId }], connect: [{ documentId: second.documentId }] } },
      'zh',
    );
    expect(await statusOf(post.documentId, 'en')).toBe('published');
    await admin.publish(POST, post.documentId, 'zh');
    expect(await statusOf(post.documentId, 'en')).toBe('published');

    for (const locale of ['en', 'zh']) {
      const [served] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${marker}&locale=${locale}`);
      expect(served.tags.map((item) => item.slug), locale).toEqual([`tag-b-${marker}`]);
    }
  });

  it('keeps an English version with unpublished edits “Modified” when the Chinese one is retagged and published', async () => {
    const marker = uniqueMarker('zh-modified');
    const topic = await tag(marker);
    const post = await publishedPost(marker);
    await admin.updateDraft(POST, post.documentId, { summary: `An English edit not yet published ${marker}` });
    expect(await statusOf(post.documentId, 'en')).toBe('modified');

    // The new tag is copied onto the English draft, then onto the English published version.
    await admin.updateDraft(POST, post.documentId, { title: `中文 ${marker}`, tags: { connect: [{ documentId: topic.documentId }] } }, 'zh');
    await admin.publish(POST, post.documentId, 'zh');
    expect(await statusOf(post.documentId, 'en')).toBe('modified');
    const [served] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${marker}`);
    expect(served).toMatchObject({ summary: `Summary of ${marker}`, tags: [{ slug: `tag-${marker}` }] });
  });
});
