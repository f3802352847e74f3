/**
 * cms/src/bootstrap/public-permissions.ts over HTTP: the anonymous visitor reads published
 * content and can do nothing else. Writes target real documents, so a 404 cannot hide a missing
 * permission check.
 */
import type { BlogPost, Publication, Series, Tag } from '@homepage/shared';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getPublicData, request } from '../support/http';

const REFUSED = [401, 403];

const cmsUrl = inject('cmsUrl');
const ids: Record<string, string> = {};

beforeAll(async () => {
  ids.publications = (await getPublicData<Publication[]>('/api/publications'))[0].documentId;
  ids['blog-posts'] = (await getPublicData<BlogPost[]>('/api/blog-posts'))[0].documentId;
  ids.tags = (await getPublicData<Tag[]>('/api/tags'))[0].documentId;
  ids['series-list'] = (await getPublicData<Series[]>('/api/series-list'))[0].documentId;
});

const collections = ['publications', 'blog-posts', 'tags', 'series-list'];
const body = { data: { title: 'Defaced', name: 'Defaced', slug: 'defaced' } };

describe('public-permissions', () => {
  describe('restrictPublicRole: content writes', () => {
    const cases = [
      ...collections.flatMap((collection) => [
        { method: 'POST', path: `/api/${collection}` },
        { method: 'PUT', path: `/api/${collection}/:id` },
        { method: 'DELETE', path: `/api/${collection}/:id` },
      ]),
      { method: 'PUT', path: '/api/profile' },
      { method: 'DELETE', path: '/api/profile' },
    ];

    // Refused before any permission check: the public read routes take no write method at all.
    it.each(cases)('refuses anonymous $method $path', async ({ method, path }) => {
      const collection = path.split('/')[2];
      const url = `${cmsUrl}${path.replace(':id', ids[collection] ?? '')}`;
      const response = await request(method, url, { json: body });
      expect(response.status, `${method} ${path}: ${response.status} ${response.text.slice(0, 200)}`).toBe(405);
    });

    it('left the content as it was', async () => {
      const publications = await getPublicData<Publication[]>('/api/publications?pagination[pageSize]=100');
      expect(publications.map((p) => p.documentId)).toContain(ids.publications);
      expect(JSON.stringify(publications)).not.toContain('Defaced');
    });
  });

  describe('restrictPublicRole: upload plugin', () => {
    it('refuses an anonymous upload to POST /api/upload', async () => {
      const form = new FormData();
      const png = readFileSync(new URL('../../cms/favicon.png', import.meta.url));
      form.append('files', new Blob([png], { type: 'image/png' }), 'favicon.png');
      const response = await request('POST', `${cmsUrl}/api/upload`, { form });
      expect(REFUSED).toContain(response.status);
    });

    it.each([
      { method: 'GET', path: '/api/upload/files' },
      { method: 'DELETE', path: '/api/upload/files/1' },
      { method: 'POST', path: '/api/upload?id=1' },
    ])('refuses anonymous $method $path', async ({ method, path }) => {
      const response = await request(method, `${cmsUrl}${path}`);
      expect(REFUSED).toContain(response.status);
    });
  });

  describe('restrictPublicRole: users-permissions (no visitor accounts)', () => {
    const account = { username: 'eve', email: 'eve@example.test', password: 'Eve-Passw0rd!' };

    it.each([
      { method: 'POST', path: '/api/auth/local/register', json: account },
      { method: 'POST', path: '/api/auth/local', json: { identifier: account.email, password: account.password } },
      { method: 'POST', path: '/api/auth/forgot-password', json: { email: account.email } },
      { method: 'GET', path: '/api/users' },
      { method: 'GET', path: '/api/users/me' },
      { method: 'POST', path: '/api/users', json: account },
      { method: 'GET', path: '/api/users-permissions/roles' },
    ])('refuses anonymous $method $path', async ({ method, path, json }) => {
      const response = await request(method, `${cmsUrl}${path}`, { json });
      expect(REFUSED, `${method} ${path}: ${response.status} ${response.text.slice(0, 200)}`).toContain(response.status);
      expect(response.text).not.toMatch(/"jwt"/);
    });
  });
});
