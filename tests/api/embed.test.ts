/**
 * The embed's API over HTTP (cms/src/api/embed, cms/src/api/oembed): what `<homepage-works>`, the
 * site's /embed/<view> pages and oEmbed consumers (WordPress) read, as another site would ask.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBED_LIMITS, embedResponseSchema, type EmbedResponse } from '@homepage/shared';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { getPublic, request } from '../support/http';
import { createPublished, publicationFields, uniqueMarker } from '../support/published';
import { SEED } from '../support/seed-file';

const admin = createAdminApi();
const PUBLICATION = 'api::publication.publication';

async function embed(path: string): Promise<EmbedResponse['data']> {
  const response = await getPublic(path);
  expect(response.status, `${path}: ${response.text.slice(0, 300)}`).toBe(200);
  return embedResponseSchema.parse(response.body).data;
}

function expectJsonError(response: { status: number; body: unknown }, status: number): void {
  expect(response.status).toBe(status);
  expect((response.body as { error?: { status?: number; message?: string } }).error?.status).toBe(status);
  expect((response.body as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
}

describe('GET /api/embed/<view>', () => {
  it('lists the five latest publications by default, newest first, linking to their pages on the site', async () => {
    const siteUrl = inject('cmsSiteUrl');
    const data = await embed('/api/embed/publications');
    expect(data.items).toHaveLength(EMBED_LIMITS.default);
    for (const item of data.items) expect(item.url).toMatch(new RegExp(`^${siteUrl}/publications/[a-z0-9-]+$`));
    expect(data.more).toBe(`${siteUrl}/publications`);
    const years = data.items.map((item) => item.year ?? 0);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('names the Chinese pages when asked for locale=zh', async () => {
    const siteUrl = inject('cmsSiteUrl');
    const data = await embed('/api/embed/posts?locale=zh&limit=3');
    expect(data.locale).toBe('zh');
    expect(data.items).toHaveLength(3);
    for (const item of data.items) expect(item.url.startsWith(`${siteUrl}/zh/blog/`)).toBe(true);
    expect(data.more).toBe(`${siteUrl}/zh/blog`);
  });

  it('keeps to the selected publications, a tag, or a kind', async () => {
    const selected = await embed('/api/embed/selected?limit=20');
    const seededSelected = SEED.publications.filter((work) => (work as { selected?: boolean }).selected === true).map((work) => work.title);
    expect(selected.items.map((item) => item.title).sort()).toEqual(seededSelected.sort());
    const tagged = await embed('/api/embed/posts?tag=megatron-lm&limit=20');
    const seededTagged = SEED.blogPosts.filter((post) => post.tags.includes('megatron-lm')).map((post) => post.slug);
    expect(tagged.items.map((item) => item.url.split('/blog/')[1]).sort()).toEqual(seededTagged.sort());
    expect(tagged.more.endsWith('/tags/megatron-lm')).toBe(true);
    const preprints = await embed('/api/embed/publications?kind=preprint&limit=20');
    const seededPreprints = SEED.publications.filter((work) => work.kind === 'preprint').map((work) => work.title);
    expect(preprints.items.map((item) => item.title).sort()).toEqual(seededPreprints.sort());
  });

  it.each([
    ['limit=0', 'publications'],
    ['limit=21', 'publications'],
    ['limit=five', 'publications'],
    ['locale=fr', 'publications'],
    ['kind=novel', 'publications'],
    ['kind=preprint', 'posts'],
    ['status=draft', 'publications'],
    ['tag=Not%20A%20Slug', 'posts'],
  ])('answers ?%s on %s with a 400 JSON error that is not cached', async (query, view) => {
    const response = await getPublic(`/api/embed/${view}?${query}`);
    expectJsonError(response, 400);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an unknown view with a 404 JSON error naming the views', async () => {
    const response = await getPublic('/api/embed/everything');
    expectJsonError(response, 404);
    expect(response.text).toContain('publications, selected, posts');
  });

  it('is open to any origin without credentials, cacheable with stale-while-revalidate, and answers 304 to its ETag', async () => {
    // The selected works: other files of the run publish works of their own, never selected ones.
    const url = `${inject('cmsUrl')}/api/embed/selected?limit=2`;
    const first = await request('GET', url, { headers: { origin: 'https://lab.example.edu' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/lab\.example\.edu)$/);
    expect(first.headers.get('access-control-allow-credentials')).not.toBe('true');
    expect(first.headers.get('cache-control')).toMatch(/^public, .*stale-while-revalidate=\d+/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"/);
    const again = await request('GET', url, { headers: { origin: 'https://lab.example.edu', 'if-none-match': etag as string } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    const preflight = await request('OPTIONS', url, { headers: { origin: 'https://lab.example.edu', 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/lab\.example\.edu)$/);
  });

  describe('after the owner publishes', () => {
    const marker = uniqueMarker('embed');
    let work: AdminDocument | undefined;
    let draft: AdminDocument | undefined;
    afterAll(async () => {
      if (work) await admin.remove(PUBLICATION, work.documentId);
      if (draft) await admin.remove(PUBLICATION, draft.documentId);
    });

    it('shows a newly published work at once, and never a draft', async () => {
      const path = '/api/embed/publications?limit=3';
      await embed(path);
      await embed(path); // cached now
      // Dated after everything else, so it leads the list however much other files publish.
      draft = await admin.createDraft(PUBLICATION, publicationFields(`${marker}-draft`, { year: 2099, date: '2099-12-31' }));
      const withDraft = await getPublic(path);
      expect(withDraft.text).not.toContain(marker);
      work = await createPublished(PUBLICATION, publicationFields(marker, { year: 2099, date: '2099-12-30' }));
      const after = await embed(path);
      expect(after.items[0]?.title).toBe(`Paper ${marker}`);
      expect(JSON.stringify(after)).not.toContain(`${marker}-draft`);
    });
  });
});

describe('GET /oembed', () => {
  const oembed = (query: string) => getPublic(`/oembed?${query}`);
  const site = () => inject('cmsSiteUrl');
  const draftSlug = uniqueMarker('oembed-draft');
  let draft: AdminDocument | undefined;
  beforeAll(async () => {
    draft = await admin.createDraft(PUBLICATION, publicationFields(draftSlug));
  });
  afterAll(async () => {
    if (draft) await admin.remove(PUBLICATION, draft.documentId);
  });

  /** The oEmbed 1.0 spec's rules for a `rich` answer (https://oembed.com/#section2.3). */
  function expectRichOembed(body: unknown, maxWidth?: number): Record<string, unknown> {
    const answer = body as Record<string, unknown>;
    expect(answer.version).toBe('1.0');
    expect(answer.type).toBe('rich');
    expect(typeof answer.html).toBe('string');
    expect(Number.isInteger(answer.width) && (answer.width as number) > 0).toBe(true);
    expect(Number.isInteger(answer.height) && (answer.height as number) > 0).toBe(true);
    if (maxWidth !== undefined) expect(answer.width as number).toBeLessThanOrEqual(maxWidth);
    for (const field of ['title', 'author_name', 'author_url', 'provider_name', 'provider_url']) {
      if (field in answer) expect(typeof answer[field]).toBe('string');
    }
    if ('cache_age' in answer) expect(Number.isInteger(answer.cache_age)).toBe(true);
    const html = answer.html as string;
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(html).toContain(`width="${answer.width as number}"`);
    expect(html).toContain(`height="${answer.height as number}"`);
    return answer;
  }

  it('embeds a publication page as an iframe of the latest publications, sized to maxwidth', async () => {
    const work = SEED.publications[0];
    const response = await oembed(`url=${encodeURIComponent(`${site()}/publications/${work?.slug}`)}&format=json&maxwidth=320`);
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = expectRichOembed(response.body, 320);
    expect(answer.width).toBe(320);
    expect(answer.title).toBe(work?.title);
    expect(answer.html).toContain(`src="${site()}/embed/publications"`);
  });

  it.each([
    ['/blog', '/embed/posts'],
    ['/zh/blog/analysis-fp4', '/zh/embed/posts'],
    ['/zh/', '/zh/embed/publications'],
    ['/publications/', '/embed/publications'],
  ])('embeds %s with %s', async (page, embedPath) => {
    const response = await oembed(`url=${encodeURIComponent(`${site()}${page}`)}`);
    expect(response.status, response.text).toBe(200);
    expect(expectRichOembed(response.body).html).toContain(`src="${site()}${embedPath}"`);
  });

  it.each([
    ['a page of another site', () => `url=${encodeURIComponent('https://example.com/publications')}`],
    ['a page this site does not embed', () => `url=${encodeURIComponent(`${site()}/tags/quantization`)}`],
    ['a publication not published', () => `url=${encodeURIComponent(`${site()}/publications/${draftSlug}`)}`],
    ['a slug nobody wrote', () => `url=${encodeURIComponent(`${site()}/blog/no-such-post`)}`],
  ])('answers 404 for %s', async (_what, query) => {
    expectJsonError(await oembed(query()), 404);
  });

  it('answers format=xml with 501, as the spec asks for a format it does not offer', async () => {
    expectJsonError(await oembed(`url=${encodeURIComponent(`${site()}/publications`)}&format=xml`), 501);
  });

  it.each(['format=json', `url=${encodeURIComponent('https://x.example/')}&maxwidth=-3`, 'url=a&url=b', 'url=x&colour=red'])(
    'answers ?%s with a 400 JSON error',
    async (query) => {
      expectJsonError(await oembed(query), 400);
    },
  );
});
