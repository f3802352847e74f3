/**
 * The soak (issue "Hardening", point 8): many connections for a minute on a mix of public
 * endpoints, then whether the CMS gives its memory back. Zero errors and zero non-2xx is the bar;
 * memory must come back to within 20% of what the CMS held right before the soak.
 */
import autocannon, { type Result } from 'autocannon';
import { cmsMemory, type Memory } from './cms';

export interface SoakSettings {
  connections: number;
  durationSeconds: number;
  /** How long to wait for the memory to come back after the run. */
  settleLimitSeconds: number;
}

export interface SoakResult extends SoakSettings {
  paths: string[];
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
  status5xx: number;
  before: Memory;
  /** The highest RSS seen while the soak ran (sampled each second). */
  duringPeakRss: number;
  after: Memory;
  /** Seconds after the run until RSS was within 20% of `before` (null: not within the limit). */
  settledAfterSeconds: number | null;
  /** after.rss ÷ before.rss */
  memoryRatio: number;
}

export const MEMORY_TOLERANCE = 0.2;

export async function soak(cms: { url: string; pid: number }, paths: readonly string[], settings: SoakSettings): Promise<SoakResult> {
  const before = cmsMemory(cms.pid);
  let duringPeakRss = before.rss;
  const sampler = setInterval(() => {
    duringPeakRss = Math.max(duringPeakRss, cmsMemory(cms.pid).rss);
  }, 1000);
  let result: Result;
  try {
    result = await autocannon({
      url: cms.url,
      connections: settings.connections,
      duration: settings.durationSeconds,
      timeout: 10,
      // Each connection cycles through the paths in order.
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
  } finally {
    clearInterval(sampler);
  }

  const limit = before.rss * (1 + MEMORY_TOLERANCE);
  let after = cmsMemory(cms.pid);
  let settledAfterSeconds: number | null = after.rss <= limit ? 0 : null;
  for (let second = 1; settledAfterSeconds === null && second <= settings.settleLimitSeconds; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    after = cmsMemory(cms.pid);
    if (after.rss <= limit) settledAfterSeconds = second;
  }
  return {
    ...settings,
    paths: [...paths],
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    before,
    duringPeakRss,
    after,
    settledAfterSeconds,
    memoryRatio: after.rss / before.rss,
  };
}
