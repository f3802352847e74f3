/**
 * What one hostile query costs the populated CMS (the hardening issue's query budget): how fast a
 * 30-branch relation filter is refused, how fast one within the budget is answered, and how fast
 * /_health answers while a burst of refused requests runs. Figures only: the tests assert the
 * refusals themselves (tests/api/query-limits.test.ts).
 */
import type { LatencySample } from './report';

export interface HostileFigures {
  /** `filters[$or][0..29][tags][slug][$eq]=…`: refused (400) before the database. */
  refusedBudget: LatencySample & { statuses: number[] };
  /** Three tag branches, the most the budget allows, each a distinct uncached query. */
  withinBudget: LatencySample & { statuses: number[] };
  /** /_health answered while `burst` refused requests were in flight. */
  healthDuringBurst: LatencySample & { burst: number };
}

const tagBranches = (count: number, value: string) =>
  `/api/publications?${Array.from({ length: count }, (_, i) => `filters[$or][${i}][tags][slug][$eq]=${value}-${i}`).join('&')}`;

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

export async function measureHostile(cmsUrl: string, samples: number, summarize: (durations: number[]) => LatencySample): Promise<HostileFigures> {
  const refused: { ms: number; status: number }[] = [];
  const within: { ms: number; status: number }[] = [];
  const health: number[] = [];
  const burst = 50;
  for (let sample = 0; sample < samples; sample++) {
    // A different value each time, so no answer comes from the response cache.
    refused.push(await timed(cmsUrl + tagBranches(30, `refused${sample}`)));
    within.push(await timed(cmsUrl + tagBranches(3, `within${sample}`)));
    const flood = Promise.all(Array.from({ length: burst }, (_, i) => timed(cmsUrl + tagBranches(30, `burst${sample}x${i}`))));
    health.push((await timed(`${cmsUrl}/_health`)).ms);
    await flood;
  }
  const statuses = (answers: { status: number }[]) => [...new Set(answers.map((answer) => answer.status))];
  return {
    refusedBudget: { ...summarize(refused.map((answer) => answer.ms)), statuses: statuses(refused) },
    withinBudget: { ...summarize(within.map((answer) => answer.ms)), statuses: statuses(within) },
    healthDuringBurst: { ...summarize(health), burst },
  };
}
