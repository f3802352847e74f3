/**
 * A cached answer is the answer Strapi gave, whoever asks: the response cache
 * (cms/src/public-read/cache/front-door.ts, http-caching.ts) replays the body and the headers, with
 * the CORS headers of the asking Origin, and never serves a request that carries credentials.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { request, type HttpResponse } from '../support/http';

/** Headers that legitimately differ between two answers of the same URL. */
const PER_ANSWER = new Set(['date', 'x-cache', 'connection', 'keep-alive']);

function comparableHeaders(response: HttpResponse): Record<string, string> {
  const kept: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!PER_ANSWER.has(name)) kept[name] = value;
  });
  return kept;
}

const PATHS = [
  '/api/profile',
  '/api/publications?filters[kind][$eq]=conference-paper&sort=date:desc',
  '/api/citations/publications.bib?kind=technical-report',
  '/api/feeds/posts.atom',
  '/api/series-list',
];

describe('response cache replay', () => {
  it.each(PATHS)('answers %s from the cache with the same body and headers as Strapi did', async (path) => {
    const url = `${inject('cmsUrl')}${path}`;
    const first = await request('GET', url);
    const second = await request('GET', url);
    const third = await request('GET', url);
    expect(first.status).toBe(200);
    expect([second.headers.get('x-cache'), third.headers.get('x-cache')]).toEqual(['HIT', 'HIT']);
    expect(third.text).toBe(first.text);
    expect(comparableHeaders(third)).toEqual(comparableHeaders(first));
    // The security headers Strapi sets on every answer are among them.
    expect(third.headers.get('x-content-type-options')).toBe('nosniff');
    expect(third.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers each Origin with its own CORS headers, as Strapi does', async () => {
    const url = `${inject('cmsUrl')}/api/tags?sort=name:asc`;
    const withoutOrigin = await request('GET', url);
    for (const origin of ['https://lab.example.org', 'https://aggregator.example.net']) {
      const viaStrapi = await request('GET', url, { headers: { origin } });
      const replayed = await request('GET', url, { headers: { origin } });
      expect(replayed.headers.get('x-cache')).toBe('HIT');
      expect(replayed.headers.get('access-control-allow-origin')).toBe(origin);
      expect(replayed.headers.get('access-control-allow-credentials')).toBeNull();
      expect(comparableHeaders(replayed)).toEqual(comparableHeaders(viaStrapi));
    }
    const noOrigin = await request('GET', url);
    expect(noOrigin.headers.get('x-cache')).toBe('HIT');
    expect(comparableHeaders(noOrigin)).toEqual(comparableHeaders(withoutOrigin));
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const url = `${inject('cmsUrl')}/api/publications?sort=title:asc`;
    const get = await request('GET', url);
    await request('GET', url);
    const head = await request('HEAD', url);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('x-cache')).toBe('HIT');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(get.text)));
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
  });

  it('answers a matching If-None-Match from the cache with an empty 304 and the ETag', async () => {
    const url = `${inject('cmsUrl')}/api/publications?sort=year:desc`;
    const first = await request('GET', url);
    const etag = first.headers.get('etag') as string;
    await request('GET', url);
    const revalidated = await request('GET', url, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(revalidated.headers.get('x-cache')).toBe('HIT');
  });

  it('never answers a request with credentials from the cache', async () => {
    const url = `${inject('cmsUrl')}/api/publications`;
    await request('GET', url);
    expect((await request('GET', url)).headers.get('x-cache')).toBe('HIT');
    const withToken = await request('GET', url, { headers: { authorization: 'Bearer not-a-real-token' } });
    expect(withToken.status).toBe(401);
    expect(withToken.headers.get('x-cache')).toBeNull();
  });

  it('serves one entry for the same parameters in another order', async () => {
    const a = await request('GET', `${inject('cmsUrl')}/api/publications?sort=date:asc&pagination[pageSize]=3&pagination[page]=1`);
    const b = await request('GET', `${inject('cmsUrl')}/api/publications?pagination[page]=1&pagination[pageSize]=3&sort=date:asc`);
    expect(b.text).toBe(a.text);
    expect(b.headers.get('x-cache')).toBe('HIT');
  });
});
