/**
 * The methods of the public read routes (cms/src/public-read/read-routes.ts and the
 * middleware that applies it): GET, HEAD and OPTIONS, each answered truthfully; anything else is
 * a 405 in the API's JSON error shape with an `Allow` that lists what the route does take.
 */
import type { Publication } from '@homepage/shared';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getPublicData } from '../support/http';
import { expectSafeAnswer, rawRequest } from '../support/hostile-http';

const cmsUrl = inject('cmsUrl');
const ALLOW = 'GET, HEAD, OPTIONS';
let publicationId = '';

beforeAll(async () => {
  publicationId = (await getPublicData<Publication[]>('/api/publications'))[0].documentId;
});

const ROUTES = [
  '/api/publications',
  '/api/publications/:id',
  '/api/profile',
  '/api/tags',
  '/api/feeds/posts.rss',
  '/api/citations/publications.bib',
  '/api/sitemap.xml',
  '/api/openapi.json',
];
const REFUSED_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'PURGE'];

describe('read-only methods', () => {
  describe('refused methods', () => {
    const cases = ROUTES.flatMap((path) => REFUSED_METHODS.map((method) => ({ method, path })));
    it.each(cases)('answers $method $path with a JSON 405 and a true Allow', async ({ method, path }) => {
      const response = await rawRequest(cmsUrl, {
        method,
        path: path.replace(':id', publicationId),
        headers: { 'content-type': 'application/json', origin: 'https://lab.example.org' },
        body: method === 'TRACE' ? undefined : '{"data":{}}',
      });
      expectSafeAnswer(response, [405], `${method} ${path}`);
      expect(response.headers['allow']).toBe(ALLOW);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(response.text)).toMatchObject({ data: null, error: { status: 405, name: 'MethodNotAllowedError' } });
      // A browser on another site reads the refusal too (CORS headers survive the error).
      expect(response.headers['access-control-allow-origin']).toBe('https://lab.example.org');
    });
  });

  describe('OPTIONS', () => {
    it.each(ROUTES)('advertises only the read methods on %s', async (path) => {
      const response = await rawRequest(cmsUrl, { method: 'OPTIONS', path: path.replace(':id', publicationId) });
      expect(response.status).toBe(204);
      expect(response.headers['allow']).toBe(ALLOW);
    });

    it('still answers a CORS preflight from any origin', async () => {
      const response = await rawRequest(cmsUrl, {
        method: 'OPTIONS',
        path: '/api/publications',
        headers: { origin: 'https://lab.example.org', 'access-control-request-method': 'GET' },
      });
      expect(response.status).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('https://lab.example.org');
      expect(response.headers['access-control-allow-methods']).toBe('GET,HEAD,OPTIONS');
    });
  });

  describe('HEAD', () => {
    it('answers like GET, without a body', async () => {
      const response = await rawRequest(cmsUrl, { method: 'HEAD', path: '/api/tags' });
      expect(response.status).toBe(200);
      expect(response.text).toBe('');
    });
  });

  describe('routes that are not public reads', () => {
    it('leaves the admin API its own methods', async () => {
      const response = await rawRequest(cmsUrl, { method: 'POST', path: '/admin/login', headers: { 'content-type': 'application/json' }, body: '{"email":' });
      expect(response.status).toBe(400);
    });

    it.each([
      { method: 'POST', path: '/api/auth/local' },
      { method: 'POST', path: '/api/upload' },
    ])('leaves $method $path to its plugin (refused without credentials)', async ({ method, path }) => {
      const response = await rawRequest(cmsUrl, { method, path, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect([400, 401, 403]).toContain(response.status);
    });
  });
});
