/**
 * The CMS against the static mirror in rounds, back to back. This machine's speed drifts by up to
 * twice within minutes (the same static server answered /api/profile at 24,000 req/s, then 16,000,
 * then 29,000 in three runs a minute apart), and nothing in /proc shows it (no steal time). Two
 * figures taken one after the other, once, compare the machine's moments as much as the servers;
 * several short pairs, alternating which server goes first, and the median pair compare the servers.
 */

/** The figures both servers are compared on. */
export interface PairFigures {
  requestsPerSecond: number;
  p99Ms: number;
}

export interface PairedRound<Figures extends PairFigures> {
  cms: Figures;
  static: Figures;
}

/** CMS req/s ÷ static req/s, and CMS p99 ÷ static p99 (null when the static p99 rounds to 0 ms). */
export interface PairRatios {
  requestsPerSecond: number;
  p99: number | null;
}

export function pairRatios(pair: PairedRound<PairFigures>): PairRatios {
  return {
    requestsPerSecond: pair.static.requestsPerSecond > 0 ? pair.cms.requestsPerSecond / pair.static.requestsPerSecond : 0,
    p99: pair.static.p99Ms > 0 ? pair.cms.p99Ms / pair.static.p99Ms : null,
  };
}

/**
 * Runs `rounds` pairs; even rounds measure the static mirror first, odd rounds the CMS first, so
 * whatever the first run of a pair leaves behind (a warm cache, a busy core) falls on both sides.
 */
export async function measurePairs<Figures extends PairFigures>(
  rounds: number,
  measure: { cms: () => Promise<Figures>; static: () => Promise<Figures> },
): Promise<PairedRound<Figures>[]> {
  const pairs: PairedRound<Figures>[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      const staticFigures = await measure.static();
      pairs.push({ static: staticFigures, cms: await measure.cms() });
    } else {
      const cmsFigures = await measure.cms();
      pairs.push({ cms: cmsFigures, static: await measure.static() });
    }
  }
  return pairs;
}

/** The pair whose req/s ratio is the median (the lower middle one for an even count). */
export function medianPair<Pair extends PairedRound<PairFigures>>(pairs: readonly Pair[]): Pair {
  if (pairs.length === 0) throw new Error('medianPair: no rounds were measured');
  const byRatio = [...pairs].sort((a, b) => pairRatios(a).requestsPerSecond - pairRatios(b).requestsPerSecond);
  return byRatio[Math.floor((byRatio.length - 1) / 2)] as Pair;
}
