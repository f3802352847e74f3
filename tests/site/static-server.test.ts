/**
 * web/server/serve.ts over HTTP: compression, caching, the Content-Security-Policy and the
 * rebuild webhook's door.
 */
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../support/spa';

const site = useServedSite();
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${site.server.origin}${path}`, { headers });

/** The first script chunk the home page loads (hashed name). */
async function scriptAsset(): Promise<string> {
  const html = await (await get('/')).text();
  // The entry, as a prerendered page's loader imports it after first paint (server/page-html.ts).
  const src = /import\("(\/assets\/[^"]+\.js)"\)/.exec(html)?.[1];
  if (!src) throw new Error('The home page loads no /assets/*.js module');
  return src;
}

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('web/server/serve', () => {
  describe('caching', () => {
    it('caches hashed assets for a year as immutable', async () => {
      const response = await get(await scriptAsset());
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });

    it('revalidates pages on every visit and answers 304 to a matching ETag', async () => {
      const first = await get('/publications');
      await first.arrayBuffer();
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      const again = await get('/publications', { 'If-None-Match': etag ?? '' });
      expect(again.status).toBe(304);
    });
  });

  describe('compression', () => {
    it.each([
      ['br', 'br'],
      ['gzip', 'gzip'],
    ])('sends pages and scripts as %s to clients that accept it', async (accept, encoding) => {
      for (const path of ['/', await scriptAsset()]) {
        // undici decodes the body but keeps the header.
        const response = await get(path, { 'Accept-Encoding': accept });
        await response.arrayBuffer();
        expect(response.headers.get('content-encoding'), path).toBe(encoding);
        expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      }
    });
  });

  describe('Content-Security-Policy', () => {
    it.each(['/', '/blog', '/no-such-page'])('is sent with %s and allows no inline script', async (path) => {
      const response = await get(path);
      await response.arrayBuffer();
      const policy = directives(response.headers.get('content-security-policy'));
      const scripts = policy.get('script-src') ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts.filter((source) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(source))).toEqual([]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });

  describe('draft preview', () => {
    it("may be framed by the CMS's admin (its preview panel), unlike every other page", async () => {
      const response = await get('/preview/blog-post/abc123?expires=1&signature=x');
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const policy = directives(response.headers.get('content-security-policy'));
      // The admin's origin under both names of the host it runs on (ADMIN_ORIGINS' default), and nothing else.
      const admin = new URL(inject('cmsUrl'));
      const spellings = ['localhost', '127.0.0.1'].map((host) => `${admin.protocol}//${host}:${admin.port}`);
      expect(policy.get('frame-ancestors')?.sort()).toEqual(["'self'", ...spellings].sort());
      expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    });
  });

  describe('build files', () => {
    it.each(['/.shell.html', '/.prerendered.json', '/.vite/manifest.json', '/.vite/ssr-manifest.json'])('keeps %s private', async (path) => {
      const response = await get(path);
      await response.arrayBuffer();
      expect(response.status).toBe(404);
    });
  });

  describe('methods', () => {
    it('refuses writes to pages with 405', async () => {
      const response = await fetch(`${site.server.origin}/`, { method: 'POST' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    });
  });

  describe('POST /_rebuild', () => {
    it.each([
      ['no secret', {}],
      ['a wrong secret', { 'X-Site-Rebuild-Secret': 'guess' }],
    ])('refuses %s with 401', async (_label, headers: Record<string, string>) => {
      const response = await fetch(`${site.server.origin}/_rebuild`, { method: 'POST', headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/X-Site-Rebuild-Secret/) });
    });

    it('accepts the secret with 202', async () => {
      const response = await fetch(`${site.server.origin}/_rebuild`, {
        method: 'POST',
        headers: { 'X-Site-Rebuild-Secret': site.server.rebuildSecret },
      });
      expect(response.status).toBe(202);
    });

    it.each([
      ['a body that is not JSON', '{"changes": [', 400, /not JSON/],
      ['changes of the wrong shape', JSON.stringify({ changes: [{ type: 'blog-post' }] }), 400, /changes\.0\.documentId/],
      ['more changes than a notification carries', JSON.stringify({ changes: Array.from({ length: 501 }, () => ({ type: 'tag', documentId: 'x', locale: null, action: 'publish' })) }), 400, /changes/],
      ['a body over 256 kB', `{"reason":"${'x'.repeat(300 * 1024)}"}`, 413, /over 262144 bytes/],
    ])('refuses %s with a JSON %i', async (_label, body, status, message) => {
      const response = await fetch(`${site.server.origin}/_rebuild?wait=1`, {
        method: 'POST',
        headers: { 'X-Site-Rebuild-Secret': site.server.rebuildSecret, 'Content-Type': 'application/json' },
        body,
      });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(message) });
    });
  });
});
