/**
 * Hardening, writes (cms/src/bootstrap/public-permissions.ts, config/plugins.ts): no write goes
 * through without the owner's credentials, whatever token is sent, and the owner's own uploads
 * refuse active content (SVG, HTML), including HTML that claims to be a PNG.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BlogPost, Publication, Series, Tag } from '@homepage/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getPublicData, request } from '../support/http';
import { expectSafeAnswer, rawRequest, STATUS } from '../support/hostile-http';
import { uniqueMarker } from '../support/drafts';

const cmsUrl = inject('cmsUrl');
const adminToken = inject('adminToken');
const marker = uniqueMarker('defaced');

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function jwt(header: object, payload: object, secret?: string): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : ''}`;
}
const now = Math.floor(Date.now() / 1000);

/** What an attacker can put in Authorization without the owner's secrets. */
const CREDENTIALS: { name: string; authorization?: string }[] = [
  { name: 'anonymous' },
  { name: 'Bearer garbage', authorization: 'Bearer garbage' },
  { name: 'an empty Bearer', authorization: 'Bearer ' },
  { name: 'a JWT signed with a guessed secret', authorization: `Bearer ${jwt({ alg: 'HS256', typ: 'JWT' }, { id: 1, iat: now, exp: now + 3600 }, 'secret')}` },
  { name: 'an expired JWT', authorization: `Bearer ${jwt({ alg: 'HS256', typ: 'JWT' }, { id: 1, iat: now - 7200, exp: now - 3600 }, 'secret')}` },
  { name: 'an unsigned JWT (alg none)', authorization: `Bearer ${jwt({ alg: 'none', typ: 'JWT' }, { id: 1, iat: now, exp: now + 3600 })}` },
  { name: "the owner's admin JWT (valid for /admin only)", authorization: `Bearer ${adminToken}` },
];

const ids: Record<string, string> = {};
const COLLECTIONS = ['publications', 'blog-posts', 'tags', 'series-list'] as const;
const body = JSON.stringify({ data: { title: `Defaced ${marker}`, name: `Defaced ${marker}`, slug: marker, position: `Defaced ${marker}` } });
const json = { 'content-type': 'application/json' };

function multipartPng(): { headers: Record<string, string>; body: Buffer } {
  const boundary = `----hardening${marker}`;
  const png = readFileSync(new URL('../../cms/favicon.png', import.meta.url));
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="defaced.png"\r\nContent-Type: image/png\r\n\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat([Buffer.from(head), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

/** Every write route of the content API, auth routes included. `:id` is a real, published document. */
const WRITES: { method: string; path: string; expect: readonly number[]; upload?: true; json?: string }[] = [
  ...COLLECTIONS.flatMap((collection) => [
    // The public read routes are read-only for every credential (read-only-methods.ts).
    { method: 'POST', path: `/api/${collection}`, expect: STATUS.noMethod },
    { method: 'PUT', path: `/api/${collection}/:id`, expect: STATUS.noMethod },
    { method: 'DELETE', path: `/api/${collection}/:id`, expect: STATUS.noMethod },
  ]),
  { method: 'PUT', path: '/api/profile', expect: STATUS.noMethod },
  { method: 'DELETE', path: '/api/profile', expect: STATUS.noMethod },
  { method: 'POST', path: '/api/profile', expect: STATUS.noMethod },
  { method: 'POST', path: '/api/upload', expect: STATUS.refused, upload: true },
  {
    method: 'POST',
    path: '/api/auth/local/register',
    expect: STATUS.refused,
    json: JSON.stringify({ username: marker, email: `${marker}@example.test`, password: 'Defaced-Passw0rd!' }),
  },
  { method: 'POST', path: '/api/auth/local', expect: STATUS.refused, json: JSON.stringify({ identifier: 'owner@example.test', password: 'garbage' }) },
];

beforeAll(async () => {
  ids.publications = (await getPublicData<Publication[]>('/api/publications'))[0].documentId;
  ids['blog-posts'] = (await getPublicData<BlogPost[]>('/api/blog-posts'))[0].documentId;
  ids.tags = (await getPublicData<Tag[]>('/api/tags'))[0].documentId;
  ids['series-list'] = (await getPublicData<Series[]>('/api/series-list'))[0].documentId;
});

describe('hardening: writes', () => {
  const cases = CREDENTIALS.flatMap((credential) => WRITES.map((write) => ({ ...write, credential: credential.name, authorization: credential.authorization })));

  it.each(cases)('refuses $method $path with $credential', async ({ method, path, expect: expected, upload, json: payload, authorization }) => {
    const collection = path.split('/')[2];
    const form = upload ? multipartPng() : undefined;
    const response = await rawRequest(cmsUrl, {
      method,
      path: path.replace(':id', ids[collection] ?? ''),
      headers: { ...(form?.headers ?? json), ...(authorization ? { authorization } : {}) },
      body: form?.body ?? payload ?? body,
    });
    expectSafeAnswer(response, expected, `${method} ${path}`);
    expect(response.text).not.toMatch(/"jwt"/);
  });

  it('left every public list as it was', async () => {
    for (const collection of COLLECTIONS) {
      const response = await rawRequest(cmsUrl, { path: `/api/${collection}?pagination[pageSize]=100` });
      expect(response.status).toBe(200);
      expect(response.text).not.toContain(marker);
      expect(response.text).toContain(ids[collection]);
    }
    expect((await rawRequest(cmsUrl, { path: '/api/profile' })).text).not.toContain(marker);
  });
});

describe('hardening: the owner\'s uploads (POST /upload)', () => {
  const uploaded: number[] = [];
  afterAll(async () => {
    for (const id of uploaded) await request('DELETE', `${cmsUrl}/upload/files/${id}`, { token: adminToken });
  });

  async function upload(content: string | Uint8Array<ArrayBuffer>, type: string, filename: string) {
    const form = new FormData();
    form.append('files', new Blob([content], { type }), filename);
    const response = await request('POST', `${cmsUrl}/upload`, { token: adminToken, form });
    if (Array.isArray(response.body)) uploaded.push(...(response.body as { id: number }[]).map((file) => file.id));
    return response;
  }

  const html = `<!doctype html><html><body><script>alert(document.cookie)</script>${marker}</body></html>`;

  it.each([
    { name: 'an SVG with a script', content: `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, type: 'image/svg+xml', filename: 'logo.svg' },
    { name: 'an HTML page', content: html, type: 'text/html', filename: 'page.html' },
    { name: 'an XHTML page', content: html, type: 'application/xhtml+xml', filename: 'page.xhtml' },
    { name: 'a script', content: 'alert(1)', type: 'application/javascript', filename: 'app.js' },
  ])('refuses $name', async ({ content, type, filename }) => {
    const response = await upload(content, type, filename);
    expect(response.status, response.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((response.body as { error: { message: string } }).error.message).toMatch(/not allowed/i);
  });

  // Strapi's own validation cannot detect a type in text content and falls back to the extension;
  // cms/src/uploads/check-upload-content.ts checks the bytes (magic numbers) instead.
  it.each([
    { name: 'HTML named .png and sent as image/png', type: 'image/png', filename: 'photo.png' },
    { name: 'an SVG with a script named .png and sent as image/png', type: 'image/png', filename: 'logo.png', svg: true },
    { name: 'HTML named .png and sent as application/octet-stream', type: 'application/octet-stream', filename: 'photo.png' },
    { name: 'HTML named .pdf and sent as application/pdf', type: 'application/pdf', filename: 'paper.pdf' },
  ])('refuses $name (mislabelled)', async ({ type, filename, svg }) => {
    const response = await upload(svg ? `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>` : html, type, filename);
    expect(response.status, response.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('accepts a real small PNG, serves it as image/png, and deletes it', async () => {
    const png = new Uint8Array(readFileSync(new URL('../../cms/favicon.png', import.meta.url)));
    const response = await upload(png, 'image/png', `${marker}.png`);
    expect(response.status, response.text.slice(0, 300)).toBe(201);
    const [file] = response.body as { id: number; url: string; mime: string }[];
    expect(file.mime).toBe('image/png');
    const served = await rawRequest(cmsUrl, { path: file.url });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');

    const removed = await request('DELETE', `${cmsUrl}/upload/files/${file.id}`, { token: adminToken });
    expect(removed.status).toBe(200);
    uploaded.splice(uploaded.indexOf(file.id), 1);
    expect((await rawRequest(cmsUrl, { path: file.url })).status).toBe(404);
  });
});
