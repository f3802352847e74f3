/**
 * Hardening, a short bounded soak: the hostile tables (support/hostile-http.ts) fired in a loop,
 * 10 at a time, for about 20 seconds, while the other test files use the same CMS. No answer may be
 * a 5xx, and the CMS must still be up afterwards. Prints the figures for the run's report.
 */
import { describe, expect, inject, it } from 'vitest';
import { HOSTILE_INPUT, PRIVATE_PROBES, rawRequest, type HostileCase } from '../support/hostile-http';

const cmsUrl = inject('cmsUrl');
const DURATION_MS = 20_000;
const CONCURRENCY = 10;

const TABLE: HostileCase[] = [
  ...HOSTILE_INPUT,
  ...PRIVATE_PROBES.map(({ route, query }) => ({ name: `${route}?${query}`, path: `${route}?${query}`, expect: [200, 400] })),
];

describe('hardening: soak', () => {
  it(
    `answers ${TABLE.length} hostile requests in a loop, ${CONCURRENCY} at a time, for ${DURATION_MS / 1000} s, without a 5xx`,
    async () => {
      const statuses = new Map<number, number>();
      const serverErrors: string[] = [];
      const unexpected: string[] = [];
      const clientErrors: string[] = [];
      let next = 0;
      const started = Date.now();

      async function worker(): Promise<void> {
        while (Date.now() - started < DURATION_MS) {
          const { name, expect: expected, ...req } = TABLE[next++ % TABLE.length];
          try {
            const { status } = await rawRequest(cmsUrl, req);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status >= 500) serverErrors.push(`${status} ${name}`);
            else if (!expected.includes(status)) unexpected.push(`${status} ${name}`);
          } catch (error) {
            clientErrors.push(`${name}: ${(error as Error).message}`);
          }
        }
      }
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));

      const seconds = (Date.now() - started) / 1000;
      const requests = [...statuses.values()].reduce((sum, count) => sum + count, 0);
      const perStatus = Object.fromEntries([...statuses].sort(([a], [b]) => a - b));
      console.log(
        `hardening soak: ${requests} requests in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)} req/s), ` +
          `${CONCURRENCY} concurrent, ${TABLE.length} distinct; statuses ${JSON.stringify(perStatus)}; ` +
          `5xx ${serverErrors.length}, unexpected ${unexpected.length}, connection errors ${clientErrors.length}`,
      );

      expect(serverErrors).toEqual([]);
      expect(unexpected.slice(0, 10)).toEqual([]);
      expect(clientErrors.slice(0, 10)).toEqual([]);
      expect(requests).toBeGreaterThan(TABLE.length);
      const health = await rawRequest(cmsUrl, { path: '/_health' });
      expect(health.status).toBe(204);
    },
    DURATION_MS + 30_000,
  );
});
