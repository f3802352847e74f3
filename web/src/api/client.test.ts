import { describe, expect, it, vi } from 'vitest';
import { list, post, work } from '../../test/fixtures';
import { fakeTransport, TEST_CMS_URL, type FakeAnswer as Answer } from '../../test/transport';
import { createCmsClient } from './client';
import { CmsError } from './errors';

function client(answer: (url: string) => Answer | Promise<Answer>, options: { now?: () => number } = {}) {
  const { transport, paths } = fakeTransport(answer);
  return { cms: createCmsClient({ baseURL: TEST_CMS_URL, transport, ...options }), urls: paths };
}

/** What fetch rejects with when the server cannot be reached. */
const unreachable = () => new TypeError('fetch failed');

async function failure(promise: Promise<unknown>): Promise<CmsError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CmsError);
  return error as CmsError;
}

describe('api/client', () => {
  describe('createCmsClient', () => {
    it('refuses a base URL without a scheme, naming the setting', () => {
      expect(() => createCmsClient({ baseURL: 'localhost:1337' })).toThrow(
        'VITE_CMS_URL "localhost:1337" must include a scheme, e.g. "http://localhost:1337"',
      );
    });
  });

  describe('error normalisation', () => {
    it('turns an unreachable server into kind "network"', async () => {
      const { cms } = client(unreachable);
      const error = await failure(cms.profile.get());
      expect(error).toMatchObject({ kind: 'network', status: null, url: '/api/profile' });
    });

    it('turns an answer that takes longer than the timeout into kind "timeout"', async () => {
      // As fetch does: a transport that never answers rejects with the signal's reason once it fires.
      const slow = createCmsClient({
        baseURL: TEST_CMS_URL,
        timeoutMs: 20,
        transport: (_url, { signal }) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error))),
      });
      expect((await failure(slow.tags.list())).kind).toBe('timeout');
    });

    it('turns a 404 into kind "not-found"', async () => {
      const { cms } = client(() => ({ status: 404, data: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } } }));
      expect(await failure(cms.profile.get())).toMatchObject({ kind: 'not-found', status: 404 });
    });

    it('turns other statuses into kind "http", keeping Strapi’s message', async () => {
      const { cms } = client(() => ({
        status: 400,
        data: { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key bad' } },
      }));
      const error = await failure(cms.publications.list());
      expect(error).toMatchObject({ kind: 'http', status: 400 });
      expect(error.message).toContain('Invalid key bad');
    });

    it('treats a 200 that is not JSON as a misconfigured CMS URL', async () => {
      const { cms } = client(() => ({ status: 200, data: '<!doctype html><html></html>' }));
      const error = await failure(cms.profile.get());
      expect(error.kind).toBe('http');
      expect(error.message).toContain('VITE_CMS_URL');
    });

    it('reports an unknown slug as kind "not-found"', async () => {
      const { cms } = client(() => ({ status: 200, data: list([]) }));
      expect((await failure(cms.publications.getBySlug('nope'))).kind).toBe('not-found');
    });
  });

  describe('requests', () => {
    it('asks for a slug with a Strapi filter and returns the document', async () => {
      const { cms, urls } = client(() => ({ status: 200, data: list([work('fp4-training')]) }));
      await expect(cms.publications.getBySlug('fp4-training')).resolves.toMatchObject({ slug: 'fp4-training' });
      expect(urls).toEqual(['/api/publications?filters[slug][$eq]=fp4-training']);
    });

    it('maps a post query onto Strapi filters, sort and pagination', async () => {
      const { cms, urls } = client(() => ({ status: 200, data: list([post('a')]) }));
      await cms.posts.list({ tag: 'quantization', language: 'zh', search: 'fp4', page: 2, pageSize: 5 });
      expect(urls[0]).toBe(
        '/api/blog-posts?filters[language][$eq]=zh&filters[tags][slug][$eq]=quantization' +
          '&filters[$or][0][title][$containsi]=fp4&filters[$or][1][summary][$containsi]=fp4' +
          '&sort[0]=date:desc&sort[1]=title:asc&pagination[page]=2&pagination[pageSize]=5',
      );
    });

    it.each([
      ['王瑞哲', '&filters[$or][0][title][$containsi]=王瑞哲&filters[$or][1][summary][$containsi]=王瑞哲'],
      ['ＦＰ４', '&filters[$or][0][title][$containsi]=fp4&filters[$or][1][summary][$containsi]=fp4'],
      [
        'FP4量化 训练',
        '&filters[$and][0][$or][0][title][$containsi]=fp4&filters[$and][0][$or][1][summary][$containsi]=fp4' +
          '&filters[$and][1][$or][0][title][$containsi]=量化&filters[$and][1][$or][1][summary][$containsi]=量化' +
          '&filters[$and][2][$or][0][title][$containsi]=训练&filters[$and][2][$or][1][summary][$containsi]=训练',
      ],
    ])('searches posts for %j term by term, each in title or summary', async (search, filters) => {
      const { cms, urls } = client(() => ({ status: 200, data: list([]) }));
      await cms.posts.list({ search });
      expect(decodeURIComponent(urls[0] ?? '')).toBe(
        `/api/blog-posts?${filters.slice(1)}&sort[0]=date:desc&sort[1]=title:asc&pagination[page]=1&pagination[pageSize]=10`,
      );
    });

    it('reads every page when listing all', async () => {
      const { cms, urls } = client((url) => {
        const page = Number(/pagination\[page\]=(\d+)/.exec(url)?.[1]);
        return { status: 200, data: list([work(`w${page}`)], page, 3) };
      });
      const works = await cms.publications.listAll();
      expect(works.map((w) => w.slug)).toEqual(['w1', 'w2', 'w3']);
      expect(urls).toHaveLength(3);
    });
  });

  describe('sharing and caching', () => {
    it('sends one request for concurrent identical calls', async () => {
      let release: (answer: Answer) => void = () => {};
      const { cms, urls } = client(() => new Promise<Answer>((resolve) => (release = resolve)));
      const first = cms.profile.get();
      const second = cms.profile.get();
      await vi.waitFor(() => expect(urls).toHaveLength(1));
      release({ status: 200, data: { data: { name: 'Ruizhe Wang' }, meta: {} } });
      await expect(Promise.all([first, second])).resolves.toEqual([{ name: 'Ruizhe Wang' }, { name: 'Ruizhe Wang' }]);
      expect(urls).toHaveLength(1);
    });

    it('reuses an answer within its lifetime and asks again after it', async () => {
      let now = 0;
      const { cms, urls } = client(() => ({ status: 200, data: list([]) }), { now: () => now });
      await cms.tags.list();
      now = 60_000;
      await cms.tags.list();
      expect(urls).toHaveLength(1);
      now = 10 * 60_000;
      await cms.tags.list();
      expect(urls).toHaveLength(2);
    });

    it('asks for posts and the profile in a language, and keeps each language’s answers apart', async () => {
      const { cms, urls } = client((url) =>
        url.startsWith('/api/profile') ? { status: 200, data: { data: { name: url }, meta: {} } } : { status: 200, data: list([post('x')]) },
      );
      await cms.posts.getBySlug('x', 'zh');
      await cms.posts.getBySlug('x', 'en');
      await cms.posts.getBySlug('x', 'zh');
      await cms.profile.get('zh');
      await cms.posts.list({ locale: 'zh' });
      expect(urls.filter((url) => url.includes('[slug]')).map((url) => /locale=(\w+)/.exec(url)?.[1])).toEqual(['zh', 'en']);
      expect(urls).toContain('/api/profile?locale=zh');
      expect(urls.at(-1)).toMatch(/^\/api\/blog-posts\?.*locale=zh/);
    });

    it('does not remember failures, so Retry asks again', async () => {
      let up = false;
      const { cms, urls } = client(() => (up ? { status: 200, data: list([]) } : unreachable()));
      await failure(cms.series.list());
      up = true;
      await expect(cms.series.list()).resolves.toEqual([]);
      expect(urls).toHaveLength(2);
    });
  });

  describe('urls', () => {
    it('points citations and feeds at the CMS', () => {
      const { cms } = client(() => ({ status: 200, data: {} }));
      expect(cms.urls.publicationBibtex('fp4-training')).toBe('http://cms.test/api/citations/publications/fp4-training.bib');
      expect(cms.urls.feeds.postsRss).toBe('http://cms.test/api/feeds/posts.rss');
      expect(cms.urls.media('/uploads/a.png')).toBe('http://cms.test/uploads/a.png');
    });
  });
});
