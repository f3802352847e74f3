import { describe, expect, it } from 'vitest';
import { measurePairs, medianPair, pairRatios, type PairFigures } from './paired-rounds';

const figures = (requestsPerSecond: number, p99Ms = 10): PairFigures => ({ requestsPerSecond, p99Ms });

describe('paired rounds against the static mirror', () => {
  it('alternates which server is measured first, so neither always runs on the warmer machine', async () => {
    const order: string[] = [];
    const pairs = await measurePairs(3, {
      cms: async () => (order.push('cms'), figures(900)),
      static: async () => (order.push('static'), figures(1000)),
    });
    expect(order).toEqual(['static', 'cms', 'cms', 'static', 'static', 'cms']);
    expect(pairs.map((pair) => pairRatios(pair).requestsPerSecond)).toEqual([0.9, 0.9, 0.9]);
  });

  it('reports the median pair, so one round on a slowed machine moves nothing', () => {
    const slowedCms = { cms: figures(300), static: figures(1000) };
    const middle = { cms: figures(850), static: figures(1000) };
    const slowedStatic = { cms: figures(1000), static: figures(500) };
    expect(medianPair([slowedCms, slowedStatic, middle])).toBe(middle);
    expect(medianPair([middle])).toBe(middle);
    expect(() => medianPair([])).toThrow(/no rounds/);
  });

  it('takes both ratios from the same pair, and no p99 ratio when the static p99 rounds to 0 ms', () => {
    expect(pairRatios({ cms: figures(800, 30), static: figures(1000, 15) })).toEqual({ requestsPerSecond: 0.8, p99: 2 });
    expect(pairRatios({ cms: figures(800, 3), static: figures(1000, 0) }).p99).toBeNull();
    expect(pairRatios({ cms: figures(800), static: figures(0) }).requestsPerSecond).toBe(0);
  });
});
