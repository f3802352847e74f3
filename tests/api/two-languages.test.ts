/**
 * Issue 9, point 4: blog posts and the profile localised with Strapi's i18n, read with `?locale=`,
 * falling back to the default language where the owner wrote no translation. Everything goes
 * through the admin's content manager and the public REST API of one running CMS.
 */
import { blogPostItemSchema, blogPostListSchema, profileItemSchema, type BlogPost, type Profile } from '@homepage/shared';
import { describe, expect, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { getPublic, getPublicData } from '../support/http';
import { createPublished, postFields, uniqueMarker } from '../support/published';
import { SEED } from '../support/seed-file';

const POST = 'api::blog-post.blog-post';
const admin = createAdminApi();

async function listed(query: string): Promise<BlogPost[]> {
  const response = await getPublic(`/api/blog-posts?pagination[pageSize]=100${query}`);
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  blogPostListSchema.parse(response.body);
  // As served (the schema's parse would strip the bodies `fields=*` asked for).
  return (response.body as { data: BlogPost[] }).data;
}

/** An English post with a published Chinese translation. */
async function translatedPost(marker: string) {
  const english = await createPublished(POST, postFields(marker, { body: 'The English body.' }));
  await admin.updateDraft(POST, english.documentId, { title: `中文标题 ${marker}`, summary: `中文摘要 ${marker}`, body: '## 中文正文\n\n量化训练。' }, 'zh');
  await admin.publish(POST, english.documentId, 'zh');
  return english.documentId;
}

describe('two languages: blog posts', () => {
  it('serves a translated post in the language asked for, and the same document in English otherwise', async () => {
    const marker = uniqueMarker('zh-post');
    const documentId = await translatedPost(marker);

    const [chinese] = await listed(`&filters[slug][$eq]=${marker}&locale=zh&fields=*`);
    expect(chinese).toMatchObject({ documentId, slug: marker, title: `中文标题 ${marker}`, locale: 'zh', language: 'zh', locales: ['en', 'zh'] });
    expect(chinese.bodyHtml).toContain('中文正文');

    const [english] = await listed(`&filters[slug][$eq]=${marker}`);
    expect(english).toMatchObject({ documentId, title: `Post ${marker}`, locale: 'en', language: 'en', locales: ['en', 'zh'] });

    const one = blogPostItemSchema.parse((await getPublic(`/api/blog-posts/${documentId}?locale=zh`)).body).data;
    expect(one).toMatchObject({ title: `中文标题 ${marker}`, locale: 'zh' });
    expect(one.body).toContain('量化训练');
    const oneEnglish = await getPublicData<BlogPost>(`/api/blog-posts/${documentId}`);
    expect(oneEnglish).toMatchObject({ title: `Post ${marker}`, locale: 'en', locales: ['en', 'zh'] });
  });

  it('lists every post once in each language, untranslated ones in English', async () => {
    const marker = uniqueMarker('zh-count');
    await translatedPost(marker);
    // The seeded posts plus this one: other test files add and remove posts meanwhile.
    const slugs = [...SEED.blogPosts.map((post) => post.slug), marker];
    const only = slugs.map((slug, index) => `&filters[slug][$in][${index}]=${slug}`).join('');
    const english = await listed(only);
    const chinese = await listed(`${only}&locale=zh`);
    expect(english).toHaveLength(slugs.length);
    expect(chinese.map((post) => post.documentId).sort()).toEqual(english.map((post) => post.documentId).sort());
    for (const post of chinese.filter((post) => post.slug !== marker)) expect(post).toMatchObject({ locale: 'en', locales: ['en'] });
    expect(chinese.find((post) => post.slug === marker)).toMatchObject({ locale: 'zh', locales: ['en', 'zh'] });

    const total = (query: string) =>
      getPublic(`/api/blog-posts?pagination[pageSize]=1${only}${query}`).then((r) => (r.body as { meta: { pagination: { total: number } } }).meta.pagination.total);
    expect(await total('&locale=zh')).toBe(slugs.length);
    expect(await total('')).toBe(slugs.length);
  });

  it('keeps an unpublished translation private: its language falls back and nothing of it shows', async () => {
    const marker = uniqueMarker('zh-draft');
    const english = await createPublished(POST, postFields(marker));
    const secret = `未发布 ${marker}`;
    await admin.updateDraft(POST, english.documentId, { title: secret, summary: secret }, 'zh');

    for (const path of [
      `/api/blog-posts?filters[slug][$eq]=${marker}&locale=zh&fields=*`,
      `/api/blog-posts/${english.documentId}?locale=zh`,
      `/api/blog-posts?locale=zh&status=draft&filters[slug][$eq]=${marker}`,
    ]) {
      const response = await getPublic(path);
      expect(response.status, path).toBe(200);
      expect(response.text, path).not.toContain(secret);
      expect(response.text, path).toContain(`Post ${marker}`);
    }
    const [post] = await listed(`&filters[slug][$eq]=${marker}&locale=zh`);
    expect(post).toMatchObject({ locale: 'en', locales: ['en'] });

    // The link between language versions reaches drafts too: it cannot be filtered or sorted on.
    for (const path of [
      `/api/blog-posts?filters[localizations][title][$containsi]=${encodeURIComponent(secret)}`,
      '/api/blog-posts?sort=localizations.title',
    ]) {
      const response = await getPublic(path);
      expect(response.status, path).toBe(400);
      expect(response.text).not.toContain(secret);
    }
  });

  it('lists a post written only in Chinese on the English site too, in Chinese', async () => {
    const marker = uniqueMarker('zh-only');
    const draft = await admin.createDraft(POST, postFields(marker, { title: `只有中文 ${marker}`, language: 'en' }), 'zh');
    await admin.publish(POST, draft.documentId, 'zh');

    const [inEnglishSite] = await listed(`&filters[slug][$eq]=${marker}`);
    // `language` follows the locale it was written in, whatever the client sent.
    expect(inEnglishSite).toMatchObject({ title: `只有中文 ${marker}`, locale: 'zh', language: 'zh', locales: ['zh'] });
    const [inChineseSite] = await listed(`&filters[slug][$eq]=${marker}&locale=zh`);
    expect(inChineseSite.documentId).toBe(draft.documentId);

    const feed = await getPublic('/api/feeds/posts.json');
    expect(feed.text).toContain(`只有中文 ${marker}`);
  });

  it('falls back to English again once the translation is unpublished', async () => {
    const marker = uniqueMarker('zh-unpublish');
    const documentId = await translatedPost(marker);
    expect((await listed(`&filters[slug][$eq]=${marker}&locale=zh`))[0].locale).toBe('zh');
    await admin.unpublish(POST, documentId, 'zh');
    const [post] = await listed(`&filters[slug][$eq]=${marker}&locale=zh`);
    expect(post).toMatchObject({ title: `Post ${marker}`, locale: 'en', locales: ['en'] });
  });

  it('gives a translation its post’s address, tags and series, and keeps them in step across languages', async () => {
    const marker = uniqueMarker('zh-step');
    const first = await createPublished('api::tag.tag', { name: `First ${marker}`, slug: `first-${marker}` });
    const second = await createPublished('api::tag.tag', { name: `Second ${marker}`, slug: `second-${marker}` });
    const english = await createPublished(POST, postFields(marker, { tags: { connect: [{ documentId: first.documentId }] } }));
    await admin.updateDraft(POST, english.documentId, { title: `中文 ${marker}` }, 'zh');
    await admin.publish(POST, english.documentId, 'zh');

    const [chinese] = await listed(`&filters[tags][slug][$eq]=first-${marker}&locale=zh`);
    expect(chinese).toMatchObject({ slug: marker, title: `中文 ${marker}`, locale: 'zh', tags: [{ slug: `first-${marker}` }] });

    // Retagged in English: the Chinese version follows once published.
    await admin.updateDraft(POST, english.documentId, {
      tags: { disconnect: [{ documentId: first.documentId }], connect: [{ documentId: second.documentId }] },
    });
    await admin.publish(POST, english.documentId);
    await admin.publish(POST, english.documentId, 'zh');
    const [moved] = await listed(`&filters[tags][slug][$eq]=second-${marker}&locale=zh`);
    expect(moved).toMatchObject({ documentId: english.documentId, title: `中文 ${marker}`, tags: [{ slug: `second-${marker}` }] });
    expect(await listed(`&filters[tags][slug][$eq]=first-${marker}&locale=zh`)).toEqual([]);
  });

  it('refuses a slug another document uses, in any language', async () => {
    const marker = uniqueMarker('zh-slug');
    await createPublished(POST, postFields(marker));
    const response = await admin.raw('POST', `${POST}?locale=zh`, postFields(marker, { title: `另一篇 ${marker}` }));
    expect(response.status).toBe(400);
    const { message } = (response.body as { error: { message: string } }).error;
    expect(message).toContain(`slug "${marker}" is already used by the blog post "Post ${marker}"`);
    expect(message).toContain(`e.g. "${marker}-1"`);
  });
});

describe('two languages: profile', () => {
  it('falls back to the default language, then serves the owner’s translation once published', async () => {
    const english = profileItemSchema.parse((await getPublic('/api/profile')).body).data as Profile;
    const fallback = profileItemSchema.parse((await getPublic('/api/profile?locale=zh')).body).data as Profile;
    expect(fallback).toMatchObject({ locale: 'en', locales: ['en'], name: english.name, bio: english.bio });

    const bio = `我是${uniqueMarker('bio')}，研究 AI 基础设施。`;
    await admin.profile.updateDraft({ position: '中国科学技术大学与微软亚洲研究院联合培养博士生', bio }, 'zh');
    await admin.profile.publish('zh');
    try {
      const chinese = profileItemSchema.parse((await getPublic('/api/profile?locale=zh')).body).data as Profile;
      expect(chinese).toMatchObject({ locale: 'zh', locales: ['en', 'zh'], bio, name: english.name, nativeName: english.nativeName });
      const stillEnglish = await getPublicData<Profile>('/api/profile');
      expect(stillEnglish).toMatchObject({ locale: 'en', locales: ['en', 'zh'], bio: english.bio });
    } finally {
      await admin.profile.remove('zh');
    }
    expect(await getPublicData<Profile>('/api/profile?locale=zh')).toMatchObject({ locale: 'en', locales: ['en'] });
  });
});

describe('two languages: bad locale', () => {
  const paths = ['/api/blog-posts', '/api/profile', '/api/publications', '/api/tags'];
  it.each(['fr', '*', 'all', 'EN', 'zh-Hans', '', 'x'.repeat(300)].filter(Boolean))('refuses locale=%s with a 400 naming the languages', async (locale) => {
    for (const path of paths) {
      const response = await getPublic(`${path}?locale=${encodeURIComponent(locale)}`);
      expect(response.status, path).toBe(400);
      expect((response.body as { error: { message: string } }).error.message, path).toMatch(/en, zh|too long/);
    }
  });

  it('refuses locale given twice or as an object', async () => {
    for (const query of ['locale=en&locale=zh', 'locale[0]=zh', 'locale[$ne]=en']) {
      const response = await getPublic(`/api/blog-posts?${query}`);
      expect(response.status, query).toBe(400);
    }
  });

  it('accepts a site language on content that is the same in every language', async () => {
    const plain = await getPublic('/api/publications?pagination[pageSize]=100');
    const withLocale = await getPublic('/api/publications?pagination[pageSize]=100&locale=zh');
    expect(withLocale.status).toBe(200);
    expect(withLocale.body).toEqual(plain.body);
  });
});
