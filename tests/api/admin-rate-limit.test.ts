/**
 * cms/src/security/database-rate-limit-store.ts: the admin login limiter (5 attempts per 5 minutes
 * per email, path and IP) counts in the database, so a second CMS instance on the same database
 * refuses the sixth attempt too, and a restart does not reset it.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { uniqueMarker } from '../support/drafts';
import { request } from '../support/http';
import { removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';

describe('admin login limiter', () => {
  const dir = tempDir('rate-limit');
  const running: CmsProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((cms) => cms.stop()));
    removeDir(dir);
  });

  const attempt = (cmsUrl: string, email: string) =>
    request('POST', `${cmsUrl}/admin/login`, { json: { email, password: 'Wrong-Passw0rd' } });

  it('is shared by two instances on one database', async () => {
    const databaseFile = path.join(dir, 'data.db');
    const first = await startCms({ databaseFile });
    running.push(first);
    const second = await startCms({ databaseFile });
    running.push(second);

    const email = `${uniqueMarker('limit')}@example.test`;
    for (let i = 0; i < 5; i++) expect((await attempt(first.url, email)).status).toBe(400);
    const sixth = await attempt(second.url, email);
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({ data: null, error: { status: 429 } });
    // Another email is not affected.
    expect((await attempt(second.url, `${uniqueMarker('other')}@example.test`)).status).toBe(400);
  }, 180_000);
});
