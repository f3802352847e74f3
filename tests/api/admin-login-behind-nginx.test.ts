/**
 * The production recipe's front door (deploy/nginx.conf) in front of a CMS started as
 * deploy/docker-compose.yml starts it (IS_PROXIED=true): the admin login limiter must count each
 * visitor by the address nginx saw, so five wrong passwords lock out that visitor, not the owner
 * everywhere, and a visitor cannot pick the address the limiter counts by sending X-Forwarded-For.
 * Visitors differ by the loopback address their socket binds to (127.0.0.2, 127.0.0.3, ...).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { uniqueMarker } from '../support/drafts';
import { rawRequest, type RawResponse } from '../support/hostile-http';
import { NGINX, startNginx, type RunningNginx } from '../support/nginx';

describe.skipIf(!NGINX)('admin login behind deploy/nginx.conf', () => {
  const dir = tempDir('login-nginx');
  let cms: CmsProcess | undefined;
  let nginx: RunningNginx | undefined;

  beforeAll(async () => {
    cms = await startCms({ env: { IS_PROXIED: 'true' } });
    nginx = await startNginx(dir, Number(new URL(cms.url).port));
  }, 90_000);

  afterAll(async () => {
    await nginx?.stop();
    await cms?.stop();
    removeDir(dir);
  });

  const login = (from: string, email: string, password: string, headers: Record<string, string> = {}): Promise<RawResponse> =>
    rawRequest(nginx!.url, {
      method: 'POST',
      path: '/admin/login',
      localAddress: from,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    });

  it('locks out only the visitor who guessed wrong five times, not the owner elsewhere', async () => {
    for (let i = 0; i < 5; i++) expect((await login('127.0.0.2', OWNER.email, 'Wrong-Passw0rd')).status).toBe(400);
    expect((await login('127.0.0.2', OWNER.email, OWNER.password)).status).toBe(429);
    const owner = await login('127.0.0.3', OWNER.email, OWNER.password);
    expect(owner.status, owner.text.slice(0, 300)).toBe(200);
  });

  it('counts a visitor who sends a new X-Forwarded-For on each attempt as one visitor', async () => {
    const email = `${uniqueMarker('rotating')}@example.test`;
    const attempt = (i: number) => login('127.0.0.4', email, 'Wrong-Passw0rd', { 'x-forwarded-for': `203.0.113.${i + 1}` });
    for (let i = 0; i < 5; i++) expect((await attempt(i)).status).toBe(400);
    expect((await attempt(5)).status).toBe(429);
  });

  it('marks the admin refresh cookie Secure when the TLS proxy in front says the visitor used https', async () => {
    const refreshCookie = (response: RawResponse) => {
      expect(response.status, response.text.slice(0, 300)).toBe(200);
      const cookie = response.headers['set-cookie']?.find((line) => line.startsWith('strapi_admin_refresh='));
      expect(cookie).toBeDefined();
      return cookie!.toLowerCase();
    };
    expect(refreshCookie(await login('127.0.0.5', OWNER.email, OWNER.password, { 'x-forwarded-proto': 'https' }))).toMatch(/;\s*secure/);
    // Over plain http a Secure cookie would never come back: the admin could not stay logged in.
    expect(refreshCookie(await login('127.0.0.5', OWNER.email, OWNER.password))).not.toMatch(/;\s*secure/);
  });
});
