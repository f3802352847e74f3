/**
 * HTTP manners of the public API (cms/src/public-read/cache/http-caching.ts, api-not-found.ts,
 * config/middlewares.ts): ETags and 304s, cache headers, CORS for any site without credentials,
 * UTF-8 everywhere, JSON errors.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getPublic, request } from '../support/http';
import { createPublished, editAndPublish, publicationFields, uniqueMarker } from '../support/published';

const TEXT_ROUTES = [
  '/api/profile',
  '/api/publications',
  '/api/blog-posts',
  '/api/tags',
  '/api/series-list',
  '/api/feeds/posts.rss',
  '/api/feeds/posts.atom',
  '/api/feeds/posts.json',
  '/api/feeds/publications.rss',
  '/api/citations/publications.bib',
  '/api/citations/publications.json',
  '/api/citations/publications.ris',
  '/api/openapi.json',
  '/api/sitemap.xml',
];

describe('http manners', () => {
  describe('caching', () => {
    it.each(TEXT_ROUTES)('%s carries an ETag, revalidating Cache-Control and charset=utf-8', async (path) => {
      const response = await getPublic(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      expect(response.headers.get('content-type')).toMatch(/; charset=utf-8$/);
    });

    it('answers a matching If-None-Match with an empty 304', async () => {
      // A route no other test file writes to, so its content cannot change between the requests.
      const url = `${inject('cmsUrl')}/api/tags?filters[slug][$eq]=quantization`;
      const first = await request('GET', url);
      const etag = first.headers.get('etag') as string;
      const second = await request('GET', url, { headers: { 'if-none-match': etag } });
      expect(second.status).toBe(304);
      expect(second.text).toBe('');
      const other = await request('GET', url, { headers: { 'if-none-match': '"stale"' } });
      expect(other.status).toBe(200);
    });

    it('changes the ETag and serves the new content on the next request after a publish', async () => {
      const marker = uniqueMarker('etag');
      const created = await createPublished('api::publication.publication', publicationFields(marker));
      const path = `/api/publications?filters[slug][$eq]=${marker}`;
      const before = await getPublic(path);
      await editAndPublish('api::publication.publication', created.documentId, { note: `Oral ${marker}` });
      const after = await request('GET', `${inject('cmsUrl')}${path}`, {
        headers: { 'if-none-match': before.headers.get('etag') as string },
      });
      expect(after.status).toBe(200);
      expect((after.body as { data: { note: string }[] }).data[0].note).toBe(`Oral ${marker}`);
    });
  });

  describe('cors', () => {
    it('lets any site read, without credentials', async () => {
      const response = await request('GET', `${inject('cmsUrl')}/api/publications`, {
        headers: { origin: 'https://lab.example.org' },
      });
      // Strapi's CORS echoes the asking origin (with Vary: Origin) rather than "*": same effect.
      expect(response.headers.get('access-control-allow-origin')).toBe('https://lab.example.org');
      expect(response.headers.get('vary')).toMatch(/origin/i);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('answers a preflight for GET and refuses to advertise writes', async () => {
      const response = await request('OPTIONS', `${inject('cmsUrl')}/api/publications`, {
        headers: { origin: 'https://lab.example.org', 'access-control-request-method': 'GET' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    });

    it('sends no X-Powered-By', async () => {
      const response = await getPublic('/api/profile');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('errors', () => {
    it.each([
      ['/api/no-such-thing', 404],
      ['/api/publications?filters[year][$eq]=notanumber', 400],
      ['/api/publications?pagination[pageSize]=1000', 400],
      ['/api/publications?unknown=1', 400],
    ])('%s answers JSON with a status and a message', async (path, status) => {
      const response = await getPublic(path);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = response.body as { data: null; error: { status: number; message: string } };
      expect(body.data).toBeNull();
      expect(body.error.status).toBe(status);
      expect(body.error.message.length).toBeGreaterThan(0);
    });
  });
});
