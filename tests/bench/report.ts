/** The benchmark's one table on stdout, and the same figures as JSON in bench-results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HostileFigures } from './hostile';
import type { FreshnessFigures } from './freshness';
import type { LoadFigures, LoadSettings } from './load';
import type { Memory } from './cms';
import type { BootSample, BootFigures } from './boot';
import type { ScaleOutResult } from './scale-out';
import type { SoakResult } from './soak';
import type { PairRatios } from './paired-rounds';
import { embedScriptVerdict, initialJsVerdict, type SpaSizes } from './spa';

export interface EndpointResult {
  name: string;
  path: string;
  contentType: string;
  bytes: number;
  /** The first GET of this path after boot (nothing cached yet), ms. */
  firstRequestMs: number;
  /** `X-Cache` of the second GET: HIT when the CMS's response cache kept the first answer. */
  repeatCache: string | null;
  cms: LoadFigures;
  /** After the CMS run: how long until the CMS answered /_health again (null: not within the limit). */
  cmsRecoveryMs: number | null;
  static: LoadFigures;
  /** Of the median pair (paired-rounds.ts), like `cms` and `static`. */
  ratios: PairRatios;
  /** Every round's ratios, in the order measured. */
  rounds: PairRatios[];
}

export interface LatencySample {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface BenchResult {
  meta: {
    date: string;
    commit: string;
    /** Uncommitted changes in the work tree when the benchmark ran. */
    dirty: boolean;
    node: string;
    cpu: string;
    cores: number;
    memoryBytes: number;
    /** BENCH_QUICK=1 smoke run: less content and shorter loads, not comparable with full runs. */
    quick: boolean;
    /** A CMS source was newer than cms/dist: the figures describe the older build. */
    cmsBuildStale: boolean;
    /** 1, 5 and 15 minute load averages before the benchmark started anything. */
    loadAverageAtStart: number[];
    /** Share of the machine's CPU used by other processes from cold start to the last edit (0..1). */
    otherCpuShare: number;
    load: LoadSettings;
    /** What the static mirror sends besides the body: the CMS's own headers, or only the basic three (BENCH_MIRROR=bare). */
    mirrorHeaders: 'same' | 'bare';
    /** How long the benchmark waits for the CMS to answer again after a load run. */
    recoveryLimitMs: number;
    runSeconds: number;
  };
  prepare: {
    /** First boot on an empty database: migrations and the owner's seed content included. */
    bootMs: number;
    publicationsCreated: number;
    postsCreated: number;
    publicationsTotal: number;
    postsTotal: number;
    /** Admin saves in flight while seeding; the save latencies below include that queueing. */
    concurrency: number;
    publicationCreate: LatencySample;
    publicationPublish: LatencySample;
    /** CMS CPU time per publication, create and publish together (ms). */
    publicationCpuMs: number;
    /** A post's create renders its Markdown (KaTeX, Shiki) before saving. */
    postCreate: LatencySample;
    postPublish: LatencySample;
    /** CMS CPU time per post, create (with rendering) and publish together (ms). */
    postCpuMs: number;
    seconds: number;
    databaseBytes: number;
  };
  coldStart: {
    /** Spawn of `node cms/server.js` to the first 200 of /api/publications. */
    bootMs: number;
    /** CPU time the CMS used until then. */
    bootCpuMs: number;
    idle: Memory;
    afterLoad: Memory;
  };
  /** Cold start to first 200, median of several runs: populated and empty-with-seed, and a stock Strapi's two boots beside them (boot.ts). */
  boot: BootFigures;
  endpoints: EndpointResult[];
  notModified: EndpointResult & { etag: string };
  /** Each sample: an admin edit and publish, then one timed GET of the list (the first after the edit). */
  uncachedAfterEdit: LatencySample & {
    path: string;
    /** Samples whose response differed from the one before the edit (the edit was visible). */
    bodyChanged: number;
    /** Samples the CMS answered with `X-Cache: MISS`. */
    cacheMisses: number;
  };
  /** The same GET again right after, for contrast (served from the response cache if there is one). */
  repeatAfterEdit: LatencySample & { cacheHits: number };
  /** What one hostile query costs: refused over the query budget, answered within it, /_health meanwhile. */
  hostile: HostileFigures;
  /** Publish → the edited page served by the site, per site size (web/server/render-plan.ts). */
  freshness: Record<string, FreshnessFigures>;
  soak: SoakResult;
  /** One CMS instance against two on PostgreSQL (only with BENCH_DATABASE_URL). */
  scaleOut?: ScaleOutResult;
  spa: SpaSizes;
}

/**
 * What a cached public answer must reach next to the static mirror of the same bytes (issue 18):
 * the response cache's front door should cost little more than sending the bytes.
 */
export const CACHED_READ_TARGET = { minRequestsRatio: 0.8, maxP99Ratio: 2 } as const;

/** Why an endpoint misses the target ('' when it meets it). */
export function targetMiss(result: EndpointResult): string {
  const misses: string[] = [];
  if (result.ratios.requestsPerSecond < CACHED_READ_TARGET.minRequestsRatio) misses.push(`req/s ${percent(result.ratios.requestsPerSecond)} of static`);
  if (result.ratios.p99 !== null && result.ratios.p99 > CACHED_READ_TARGET.maxP99Ratio) misses.push(`p99 x${result.ratios.p99.toFixed(1)}`);
  return misses.join(', ');
}

/** The spread of the rounds' req/s ratios, e.g. "78-91%". */
function roundsRange(rounds: readonly PairRatios[]): string {
  const values = rounds.map((round) => round.requestsPerSecond);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? percent(low) : `${percent(low).replace('%', '')}-${percent(high)}`;
}

/** One line per endpoint: its ratios to the static mirror (median pair), flagged when under the target. */
export function formatRatios(endpoints: readonly EndpointResult[]): string {
  const width = Math.max(...endpoints.map((endpoint) => endpoint.name.length));
  return endpoints
    .map((endpoint) => {
      const miss = targetMiss(endpoint);
      const p99 = endpoint.ratios.p99 === null ? 'n/a' : `x${endpoint.ratios.p99.toFixed(2)}`;
      return `${endpoint.name.padEnd(width)}  req/s ${percent(endpoint.ratios.requestsPerSecond).padStart(4)} of static, p99 ${p99.padStart(5)} (rounds ${roundsRange(endpoint.rounds)})  ${miss ? `UNDER TARGET (${miss})` : 'ok'}`;
    })
    .join('\n');
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (value: number | null) => (value === null ? 'n/a' : value >= 10 ? value.toFixed(1) : value.toPrecision(2));
const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

const COLUMNS = {
  section: 'section',
  measure: 'measure',
  value: 'value',
  rps: 'req/s',
  p50: 'p50 ms',
  p99: 'p99 ms',
  errors: 'err/non2xx',
  cpu: 'CPU ms/req',
  staticRps: 'static req/s',
  staticP99: 'static p99',
  rpsRatio: 'req/s ÷ static',
  p99Ratio: 'p99 ÷ static',
  bytes: 'bytes',
  drain: 'drain s',
  otherCpu: 'other CPU',
} as const;
type Column = keyof typeof COLUMNS;
type Row = Partial<Record<Column, string>>;
/** Text columns align left, figures right. */
const TEXT_COLUMNS: ReadonlySet<Column> = new Set(['section', 'measure', 'value']);

/** Printed to stderr under the table: what the less obvious columns mean. */
export const TABLE_LEGEND = [
  'CPU ms/req: CPU time the CMS spent per answered request (steadier than req/s on a busy machine); on the publish rows, per document saved (create + publish).',
  'drain s: after its run, how long the CMS took to answer /_health again (Node finishes the requests of clients that left).',
  "other CPU: share of the machine's CPU used by processes not started by the benchmark during that row's runs.",
  "value of load rows: the first GET after boot (uncached), the CMS's X-Cache on the second, and what the static mirror moved",
  "  (for bodies of megabytes that is the ceiling of autocannon's HTTP parser, not a server's).",
  '!: a cached endpoint under the target (80% of the static req/s, p99 at most twice the static one).',
].join('\n');

function loadRow(section: string, result: EndpointResult, recoveryLimitMs: number, value?: string): Row {
  const { cms } = result;
  const answered = cms.requests > 0;
  const staticMBps = (result.static.requestsPerSecond * result.bytes) / 1024 / 1024;
  return {
    section,
    measure: result.name,
    value: value ?? `1st ${ms(result.firstRequestMs)} ms, then ${result.repeatCache ?? 'no X-Cache'}; static ${staticMBps.toFixed(staticMBps >= 10 ? 0 : 1)} MB/s; rounds ${roundsRange(result.rounds)}`,
    rps: cms.requestsPerSecond.toFixed(0),
    p50: answered ? ms(cms.p50Ms) : '-',
    p99: answered ? ms(cms.p99Ms) : '-',
    errors: `${cms.errors}/${cms.non2xx}`,
    cpu: cms.serverCpuMsPerRequest === null ? '-' : cms.serverCpuMsPerRequest.toFixed(2),
    staticRps: result.static.requestsPerSecond.toFixed(0),
    staticP99: ms(result.static.p99Ms),
    // `!` marks a ratio that misses CACHED_READ_TARGET.
    rpsRatio: `${ratio(result.ratios.requestsPerSecond)}${result.ratios.requestsPerSecond < CACHED_READ_TARGET.minRequestsRatio ? '!' : ''}`,
    p99Ratio: answered ? `${ratio(result.ratios.p99)}${(result.ratios.p99 ?? 0) > CACHED_READ_TARGET.maxP99Ratio ? '!' : ''}` : '-',
    bytes: String(result.bytes),
    drain: result.cmsRecoveryMs === null ? `>${recoveryLimitMs / 1000}` : (result.cmsRecoveryMs / 1000).toFixed(1),
    otherCpu: percent(Math.max(cms.otherCpuShare, result.static.otherCpuShare)),
  };
}

function latencyRow(section: string, measure: string, sample: LatencySample, value = `n=${sample.samples}`): Row {
  return { section, measure, value, p50: ms(sample.p50Ms), p99: ms(sample.p99Ms) };
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
function bootRow(measure: string, sample: BootSample): Row {
  return {
    section: 'boot',
    measure: `${measure} (median of ${sample.runs})`,
    value: `${seconds(sample.medianMs)} (${seconds(sample.minMs)}-${seconds(sample.maxMs)}; ${seconds(sample.medianCpuMs)} CPU; load ${sample.loadAverages.map((load) => load.toFixed(1)).join(' ')})`,
  };
}

export function formatTable(result: BenchResult): string {
  const { meta, prepare, coldStart, notModified } = result;
  const jsVerdict = initialJsVerdict(result.spa);
  const embedVerdict = embedScriptVerdict(result.spa);
  const warnings: Row[] = [];
  if (meta.quick) warnings.push({ section: 'run', measure: 'WARNING', value: 'BENCH_QUICK=1 smoke run: not comparable with full runs' });
  if (meta.cmsBuildStale) warnings.push({ section: 'run', measure: 'WARNING', value: 'cms/dist is older than cms/src: run "pnpm build"' });
  if (!jsVerdict.within) {
    warnings.push({ section: 'run', measure: 'WARNING', value: `the home route loads ${kB(jsVerdict.overBytes)} of JavaScript (gzip) over its ${kB(jsVerdict.budgetBytes)} budget` });
  }
  if (!embedVerdict.within) {
    warnings.push({ section: 'run', measure: 'WARNING', value: `the embed script is ${kB(embedVerdict.overBytes)} (gzip) over its ${kB(embedVerdict.budgetBytes)} budget` });
  }
  if (meta.otherCpuShare > 0.1) {
    warnings.push({ section: 'run', measure: 'WARNING', value: `other processes used ${percent(meta.otherCpuShare)} of the CPU: req/s and latencies are low and noisy` });
  }
  const underTarget = result.endpoints.filter((endpoint) => targetMiss(endpoint) !== '');
  if (underTarget.length > 0) {
    const target = `${percent(CACHED_READ_TARGET.minRequestsRatio)} of static req/s, p99 ≤ x${CACHED_READ_TARGET.maxP99Ratio}`;
    warnings.push({ section: 'run', measure: 'UNDER TARGET', value: `${underTarget.map((endpoint) => endpoint.name).join('; ')} (target ${target})` });
  }
  const prepareRow = (measure: string, sample: LatencySample, cpuMs?: number): Row => ({
    ...latencyRow('prepare', `${measure} (${prepare.concurrency} in flight)`, sample),
    ...(cpuMs === undefined ? {} : { cpu: cpuMs.toFixed(0) }),
  });
  const notModifiedShare = notModified.cms.requests ? notModified.cms.status3xx / notModified.cms.requests : 0;

  const rows: Row[] = [
    { section: 'run', measure: 'commit / node / cpu', value: `${meta.commit.slice(0, 10)}${meta.dirty ? '+dirty' : ''} / ${meta.node} / ${meta.cpu} x${meta.cores}` },
    ...warnings,
    { section: 'run', measure: 'load settings', value: `${meta.load.connections} connections, ${meta.load.warmupSeconds} s warm-up + ${meta.load.durationSeconds} s; mirror sends ${meta.mirrorHeaders === 'same' ? "the CMS's headers" : 'bare headers'}` },
    { section: 'run', measure: 'load average at start', value: meta.loadAverageAtStart.map((value) => value.toFixed(2)).join(' '), otherCpu: percent(meta.otherCpuShare) },
    {
      section: 'prepare',
      measure: 'content (publications / posts)',
      value: `${prepare.publicationsTotal} / ${prepare.postsTotal} (+${prepare.publicationsCreated} / +${prepare.postsCreated} in ${prepare.seconds.toFixed(0)} s)`,
      bytes: String(prepare.databaseBytes),
    },
    { section: 'prepare', measure: 'first boot, empty database', value: `${(prepare.bootMs / 1000).toFixed(2)} s` },
    prepareRow('publication create', prepare.publicationCreate),
    prepareRow('publication publish', prepare.publicationPublish, prepare.publicationCpuMs),
    prepareRow('post create, renders Markdown', prepare.postCreate),
    prepareRow('post publish', prepare.postPublish, prepare.postCpuMs),
    { section: 'boot', measure: 'cold start to first 200', value: `${(coldStart.bootMs / 1000).toFixed(2)} s (${(coldStart.bootCpuMs / 1000).toFixed(2)} s CPU)` },
    bootRow('cold start, populated database', result.boot.populated),
    bootRow('cold start, empty database with seed', result.boot.emptyWithSeed),
    bootRow('stock Strapi, database booted before', result.boot.stock.booted),
    bootRow('stock Strapi, empty database', result.boot.stock.empty),
    { section: 'memory', measure: 'CMS RSS idle after start', value: MB(coldStart.idle.rss) },
    { section: 'memory', measure: 'CMS RSS after load', value: `${MB(coldStart.afterLoad.rss)} (peak ${MB(coldStart.afterLoad.peakRss)})` },
    ...result.endpoints.map((endpoint) => loadRow('load', endpoint, meta.recoveryLimitMs)),
    loadRow('304', notModified, meta.recoveryLimitMs, `${percent(notModifiedShare)} answered 304`),
    latencyRow(
      'edit',
      'uncached after edit (list of 25)',
      result.uncachedAfterEdit,
      `n=${result.uncachedAfterEdit.samples}, ${result.uncachedAfterEdit.cacheMisses} MISS, ${result.uncachedAfterEdit.bodyChanged} changed`,
    ),
    latencyRow('edit', 'repeat right after (list of 25)', result.repeatAfterEdit, `n=${result.repeatAfterEdit.samples}, ${result.repeatAfterEdit.cacheHits} HIT`),
    latencyRow('hostile', '30 relation branches (refused)', result.hostile.refusedBudget, `n=${result.hostile.refusedBudget.samples}, status ${result.hostile.refusedBudget.statuses.join('/')}`),
    latencyRow('hostile', '3 relation branches (answered)', result.hostile.withinBudget, `n=${result.hostile.withinBudget.samples}, status ${result.hostile.withinBudget.statuses.join('/')}`),
    latencyRow('hostile', `/_health during ${result.hostile.healthDuringBurst.burst} refused`, result.hostile.healthDuringBurst, `n=${result.hostile.healthDuringBurst.samples}`),
    ...Object.entries(result.freshness).flatMap(([label, figures]): Row[] => [
      { section: 'freshness', measure: `${label}: publish → page served, all ${figures.pages} pages rendered`, value: `${(figures.everyPageMs / 1000).toFixed(2)} s` },
      {
        section: 'freshness',
        measure: `${label}: publish → page served, changed pages rendered`,
        value: `${(figures.changedPagesMs / 1000).toFixed(2)} s (${figures.changedPagesRendered} pages)`,
      },
    ]),
    {
      section: 'soak',
      measure: `${result.soak.connections} connections, ${result.soak.durationSeconds} s, ${result.soak.paths.length} paths`,
      value: `${result.soak.requests} requests, ${result.soak.status5xx} 5xx`,
      rps: result.soak.requestsPerSecond.toFixed(0),
      p50: ms(result.soak.p50Ms),
      p99: ms(result.soak.p99Ms),
      errors: `${result.soak.errors}/${result.soak.non2xx}`,
    },
    {
      section: 'soak',
      measure: 'CMS RSS before / peak / after',
      value: `${MB(result.soak.before.rss)} / ${MB(result.soak.duringPeakRss)} / ${MB(result.soak.after.rss)} (x${result.soak.memoryRatio.toFixed(2)}, ${
        result.soak.settledAfterSeconds === null ? `not within 20% after ${result.soak.settleLimitSeconds} s` : `within 20% after ${result.soak.settledAfterSeconds} s`
      })`,
    },
    ...(result.scaleOut?.rows ?? []).map((row): Row => {
      const twoRps = row.two[0].requestsPerSecond + row.two[1].requestsPerSecond;
      return {
        section: 'scale-out',
        measure: `${row.name}: 1 instance | 2 instances`,
        value: `2 instances: ${twoRps.toFixed(0)} req/s, p99 ${ms(Math.max(row.two[0].p99Ms, row.two[1].p99Ms))} ms (x${row.ratio.toFixed(2)})`,
        rps: row.one.requestsPerSecond.toFixed(0),
        p50: ms(row.one.p50Ms),
        p99: ms(row.one.p99Ms),
        errors: `${row.one.errors + row.two[0].errors + row.two[1].errors}/${row.one.non2xx + row.two[0].non2xx + row.two[1].non2xx}`,
      };
    }),
    {
      section: 'spa',
      measure: 'home route initial JS (gzip)',
      value: `${kB(result.spa.initialJs.gzipBytes)}, target ≤ ${kB(jsVerdict.budgetBytes)}: ${jsVerdict.within ? 'within' : `OVER by ${kB(jsVerdict.overBytes)}`}`,
      bytes: String(result.spa.initialJs.bytes),
    },
    {
      section: 'spa',
      measure: 'embed script /embed/v1.js (gzip)',
      value: `${kB(result.spa.embedScript.gzipBytes)}, target ≤ ${kB(embedVerdict.budgetBytes)}: ${embedVerdict.within ? 'within' : `OVER by ${kB(embedVerdict.overBytes)}`}`,
      bytes: String(result.spa.embedScript.bytes),
    },
    { section: 'spa', measure: 'home route initial CSS (gzip)', value: kB(result.spa.initialCss.gzipBytes), bytes: String(result.spa.initialCss.bytes) },
    ...result.spa.chunks.map((chunk): Row => ({ section: 'spa', measure: chunk.file, value: kB(chunk.gzipBytes), bytes: String(chunk.bytes) })),
  ];

  const columns = Object.keys(COLUMNS) as Column[];
  const header: Row = COLUMNS;
  const width = (column: Column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length));
  const widths = new Map(columns.map((column) => [column, width(column)]));
  const line = (row: Row) =>
    columns
      .map((column) => {
        const cell = row[column] ?? '';
        const columnWidth = widths.get(column) ?? 0;
        return TEXT_COLUMNS.has(column) ? cell.padEnd(columnWidth) : cell.padStart(columnWidth);
      })
      .join('  ')
      .trimEnd();
  const rule = columns.map((column) => '-'.repeat(widths.get(column) ?? 0)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Writes bench-<timestamp>.json and latest.json; returns the timestamped file. */
export function writeResults(result: BenchResult, resultsDir: string): string {
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const file = path.join(resultsDir, `bench-${result.meta.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(path.join(resultsDir, 'latest.json'), json);
  return file;
}
