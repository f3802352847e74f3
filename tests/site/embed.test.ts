/**
 * The embed's static files on the site (web/server/serve.ts, web/server/embed-pages.ts) and the
 * pages' oEmbed discovery, as a CDN, a framing page and WordPress see them.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { EMBED_VIEWS, sitePaths } from '@homepage/shared';
import { SITE_URL, useServedSite } from '../support/spa';
import { SEED } from '../support/seed-file';
import { EMBED_SCRIPT_BUDGET_BYTES } from '../bench/spa';

const site = useServedSite();
const get = (path: string) => fetch(`${site.server.origin}${path}`);

const frameAncestors = (response: Response) => /frame-ancestors ([^;]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1];

describe('the embed script', () => {
  it('is served at its versioned URL for a year and at its alias for an hour, the same bytes, under 3 kB gzip', async () => {
    const versioned = await get(sitePaths.embedScript);
    const alias = await get(sitePaths.embedScriptAlias);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('content-type')).toMatch(/javascript/);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(alias.headers.get('cache-control')).toBe('public, max-age=3600');
    const bytes = Buffer.from(await versioned.arrayBuffer());
    expect(Buffer.from(await alias.arrayBuffer()).equals(bytes)).toBe(true);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(EMBED_SCRIPT_BUDGET_BYTES);
    expect(bytes.toString()).not.toMatch(/\bzod\b|__vue/i);
  });
});

describe('/embed/<view> pages', () => {
  it.each(EMBED_VIEWS.flatMap((view) => [sitePaths.embedView(view), `/zh${sitePaths.embedView(view)}`]))(
    '%s is a small prerendered list that any origin may frame',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html.length).toBeLessThan(8_000);
      expect(html).toContain('<template shadowrootmode="open">');
      expect(html).toContain('part="item"');
      expect(html).toContain(`lang="${path.startsWith('/zh') ? 'zh' : 'en'}"`);
      expect(frameAncestors(response)).toBe("'self' *");
      // Its one inline script runs under the page's hash-based policy.
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    },
  );

  it.each(['/publications', '/', sitePaths.embed, '/zh/embed'])('%s still may be framed by no one', async (path) => {
    const response = await get(path);
    await response.arrayBuffer();
    expect(frameAncestors(response)).toBe("'none'");
  });
});

describe('oEmbed discovery', () => {
  const discovery = (html: string) => /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(html)?.[0];

  it.each([`/publications/${SEED.publications[0]?.slug}`, '/zh/blog', '/'])('lets WordPress embed %s: page → <link> → JSON', async (path) => {
    const html = await (await get(path)).text();
    const link = discovery(html);
    expect(link, `${path} has no oEmbed discovery link`).toBeDefined();
    const href = (/href="([^"]+)"/.exec(link as string)?.[1] ?? '').replace(/&amp;/g, '&');
    const endpoint = new URL(href);
    expect(`${endpoint.origin}${endpoint.pathname}`).toBe(`${inject('cmsUrl')}/oembed`);
    expect(endpoint.searchParams.get('format')).toBe('json');
    const pageUrl = new URL(endpoint.searchParams.get('url') ?? '');
    expect(pageUrl.origin).toBe(SITE_URL);
    expect(pageUrl.pathname).toBe(path);
    // The test build names SITE_URL, the run's CMS another address: ask about the same page there.
    endpoint.searchParams.set('url', `${inject('cmsSiteUrl')}${pageUrl.pathname}`);
    endpoint.searchParams.set('maxwidth', '480');
    const answer = (await (await fetch(endpoint)).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 480 });
    expect(answer.html).toMatch(new RegExp(`^<iframe src="${inject('cmsSiteUrl')}(/zh)?/embed/(publications|posts)"`));
  });

  it('is not offered on pages the endpoint does not embed', async () => {
    const html = await (await get('/tags/quantization')).text();
    expect(html).toContain('<h1');
    expect(discovery(html)).toBeUndefined();
  });
});
