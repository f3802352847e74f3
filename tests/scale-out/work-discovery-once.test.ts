/**
 * Scheduled discovery (DISCOVERY_CRON) with two CMS instances on one PostgreSQL database: both
 * fire the rule at the same second; one runs it (cms/src/work-discovery/schedule.ts: the advisory
 * lock, then the slot it ran for), so the sources are asked once per slot and the candidates are
 * created once. Runs only when TEST_DATABASE_URL names a PostgreSQL server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_IDENTIFIERS, startFakeSources, type FakeSources } from '../fakes/discovery/server';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { ensureFreshBuilds } from '../support/builds';
import { OWNER, startCms, type CmsProcess } from '../support/cms-process';
import { createThrowAwayDatabase, type ThrowAwayDatabase } from '../support/postgres';
import { randomCmsSecrets } from '../support/secrets';
import { discoveryAdmin } from '../support/work-discovery';

const RAN = /Discovery: (\d+) new candidate/g;
const SKIPPED = 'Discovery: another instance runs it for this slot; skipped';

describe('scheduled discovery on two instances sharing one PostgreSQL database', () => {
  let database: ThrowAwayDatabase | undefined;
  let fake: FakeSources;
  const running: CmsProcess[] = [];

  beforeAll(async () => {
    await ensureFreshBuilds((line) => console.log(line));
    fake = await startFakeSources();
    database = await createThrowAwayDatabase(process.env.TEST_DATABASE_URL ?? '');
    const base = { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url, ...randomCmsSecrets(), ...fake.env, OPENALEX_API_KEY: 'fixture-key', ARXIV_MIN_INTERVAL_MS: '0' };
    // The first boots, and the owner's identifiers go in before the rule is on anywhere.
    const first = await startCms({ env: base, bootTimeoutMs: 180_000 });
    const token = await adminLogin(first.url, OWNER);
    await createAdminApi(first.url, token).profile.updateDraft({ ...FIXTURE_IDENTIFIERS });
    await first.stop();
    const env = { ...base, DISCOVERY_CRON: '*/4 * * * * *' };
    running.push(...(await Promise.all([startCms({ env, bootTimeoutMs: 180_000 }), startCms({ env, bootTimeoutMs: 180_000 })])));
  }, 300_000);

  afterAll(async () => {
    await Promise.all(running.map((cms) => cms.stop()));
    await fake?.close();
    await database?.drop();
  });

  it('runs once per slot, and creates each candidate once', async () => {
    // One instance may boot seconds before the other and run alone meanwhile: count from when both are up.
    const from = running.map((cms) => cms.log().length);
    const asked = fake.requests.length;
    const since = () => running.map((cms, i) => cms.log().slice(from[i])).join('\n');
    const deadline = Date.now() + 40_000;
    while ((since().match(RAN) ?? []).length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const runs = since().match(RAN) ?? [];
    const skips = since().split(SKIPPED).length - 1;
    expect(runs.length, since().slice(-3000)).toBeGreaterThanOrEqual(3);
    // Both instances fire every slot: one runs it, the other skips it.
    expect(skips, since().slice(-3000)).toBeGreaterThanOrEqual(runs.length - 1);
    // OpenAlex's first page is asked once per run, never twice in one slot.
    const firstPages = fake.requests.slice(asked).filter((r) => r.source === 'openalex' && r.url.searchParams.get('cursor') === '*');
    expect(firstPages.length).toBeLessThanOrEqual(runs.length + 1);
    // Over the whole test, the first run proposed the seeded page's missing work; every later one, nothing new.
    const all = running.map((cms) => cms.log()).join('\n').match(RAN) ?? [];
    expect(all.map((line) => Number(line.replace(RAN, '$1'))).sort()).toEqual([...all.slice(1).map(() => 0), 1]);

    const token = await adminLogin(running[0].url, OWNER);
    const candidates = await discoveryAdmin(running[1].url, token).candidates();
    expect(candidates.map((c) => [c.proposal, c.state])).toEqual([['upgrade', 'new']]);
  });
});
