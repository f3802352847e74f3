/**
 * Scale-out (cms/src/cluster/, cms/src/public-read/cache/, cms/src/security/): two CMS instances on one
 * PostgreSQL database, started at the same moment on an empty database, behave as one site.
 * Runs only when TEST_DATABASE_URL names a PostgreSQL server (.ci/run sets it).
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { ensureFreshBuilds } from '../support/builds';
import { OWNER, startCms, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';
import { createThrowAwayDatabase, type ThrowAwayDatabase } from '../support/postgres';
import { SEED, SEEDED_COLLECTIONS } from '../support/seed-file';
import { randomCmsSecrets as sharedSecrets } from '../support/secrets';

const SEEDED_LOG_LINE = "Seeded the owner's homepage";

async function total(cmsUrl: string, route: string): Promise<number> {
  const response = await request('GET', `${cmsUrl}${route}?pagination[pageSize]=1`);
  expect(response.status, `GET ${route}: ${response.text.slice(0, 300)}`).toBe(200);
  return (response.body as { meta: { pagination: { total: number } } }).meta.pagination.total;
}

describe('two CMS instances on one PostgreSQL database', () => {
  let database: ThrowAwayDatabase | undefined;
  let a: CmsProcess;
  let b: CmsProcess;
  const running: CmsProcess[] = [];

  beforeAll(async () => {
    await ensureFreshBuilds((line) => console.log(line));
    database = await createThrowAwayDatabase(process.env.TEST_DATABASE_URL ?? '');
    const env = { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url, ...sharedSecrets() };
    // Both at once, on an empty database: schema sync, roles, owner account and seed race.
    const started = await Promise.allSettled([startCms({ env, bootTimeoutMs: 180_000 }), startCms({ env, bootTimeoutMs: 180_000 })]);
    for (const result of started) if (result.status === 'fulfilled') running.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    [a, b] = running as [CmsProcess, CmsProcess];
  }, 240_000);

  afterAll(async () => {
    await Promise.all(running.map((cms) => cms.stop()));
    await database?.drop();
  });

  it('seeds once when both boot together on an empty database', async () => {
    const seededBy = [a, b].filter((cms) => cms.log().includes(SEEDED_LOG_LINE));
    expect(seededBy, 'instances that logged the seed import').toHaveLength(1);
    const expected = [SEED.publications.length, SEED.blogPosts.length, SEED.tags.length, SEED.series.length];
    for (const cms of [a, b]) {
      expect(await Promise.all(SEEDED_COLLECTIONS.map(({ route }) => total(cms.url, route)))).toEqual(expected);
    }
  });

  it('creates the owner account once', async () => {
    const token = await adminLogin(a.url, OWNER);
    const users = await request('GET', `${b.url}/admin/users?pageSize=100`, { token });
    expect(users.status).toBe(200);
    const emails = (users.body as { data: { results: { email: string }[] } }).data.results.map((user) => user.email);
    expect(emails).toEqual([OWNER.email]);
  });

  it('accepts an admin token issued by the other instance', async () => {
    const token = await adminLogin(a.url, OWNER);
    const me = await request('GET', `${b.url}/admin/users/me`, { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ data: { email: OWNER.email } });
    expect((await request('GET', `${b.url}/admin/users/me`, { token: `${token}x` })).status).toBe(401);
  });

  it('serves an edit published through one instance from the other within a second, cache included', async () => {
    const publication = SEED.publications[0]!;
    const route = `/api/publications?filters[slug][$eq]=${publication.slug}`;
    const bib = `/api/citations/publications/${publication.slug}.bib`;
    // Warm B's response cache, so a stale cached answer would show.
    for (const path of [route, bib]) {
      await request('GET', `${b.url}${path}`);
      expect((await request('GET', `${b.url}${path}`)).headers.get('x-cache'), `${path} cached on B`).toBe('HIT');
    }

    const admin = createAdminApi(a.url, await adminLogin(a.url, OWNER));
    const list = (await request('GET', `${a.url}${route}`)).body as { data: { documentId: string }[] };
    const documentId = list.data[0]!.documentId;
    const title = `Scale-out edit ${randomBytes(3).toString('hex')}`;
    await admin.updateDraft('api::publication.publication', documentId, { title });
    await admin.publish('api::publication.publication', documentId);
    const published = performance.now();

    const servedAfter = async (path: string, check: (text: string) => boolean): Promise<number> => {
      for (;;) {
        const elapsed = performance.now() - published;
        if (check((await request('GET', `${b.url}${path}`)).text)) return elapsed;
        if (elapsed > 5000) return Infinity;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    expect(await servedAfter(route, (text) => text.includes(title)), `ms until B served the new title on ${route}`).toBeLessThan(1000);
    expect(await servedAfter(bib, (text) => text.includes(title)), `ms until B served the new title on ${bib}`).toBeLessThan(1000);
  });

  it('answers a load spread over both instances without errors', async () => {
    const paths = ['/api/profile', '/api/publications', '/api/blog-posts', '/api/feeds/posts.rss', '/api/citations/publications.bib'];
    const results = await Promise.all(
      [a, b].flatMap((cms) => paths.map((path) => autocannon({ url: `${cms.url}${path}`, connections: 2, duration: 3, timeout: 10 }))),
    );
    const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
    const failures = results.flatMap((result, index) => {
      const count = result.errors + result.timeouts + result.non2xx;
      const path = paths[index % paths.length];
      return count === 0 ? [] : [`${index < paths.length ? 'A' : 'B'} ${path}: ${result.errors} errors, ${result.timeouts} timeouts, ${result['4xx']} 4xx, ${result['5xx']} 5xx`];
    });
    expect(requests).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 30_000);
});
