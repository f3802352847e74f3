/** The benchmark's one table on stdout, and the same figures as JSON in bench-results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadFigures, LoadSettings } from './load';
import type { Memory } from './cms';
import type { SpaSizes } from './spa';

export interface EndpointResult {
  name: string;
  path: string;
  contentType: string;
  bytes: number;
  cms: LoadFigures;
  static: LoadFigures;
  /** CMS req/s ÷ static req/s, and CMS p99 ÷ static p99 (null when the static p99 rounds to 0 ms). */
  ratios: { requestsPerSecond: number; p99: number | null };
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
    /** A post's create renders its Markdown (KaTeX, Shiki) before saving. */
    postCreate: LatencySample;
    postPublish: LatencySample;
    seconds: number;
    databaseBytes: number;
  };
  coldStart: {
    /** Spawn of `node strapi.js start` to the first 200 of /api/publications. */
    bootMs: number;
    idle: Memory;
    afterLoad: Memory;
  };
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
  spa: SpaSizes;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (value: number | null) => (value === null ? 'n/a' : value >= 10 ? value.toFixed(1) : value.toPrecision(2));

type Row = [
  section: string,
  measure: string,
  value: string,
  rps: string,
  p50: string,
  p99: string,
  errors: string,
  staticRps: string,
  staticP99: string,
  rpsRatio: string,
  p99Ratio: string,
  bytes: string,
  otherCpu: string,
];

const HEADER: Row = ['section', 'measure', 'value', 'req/s', 'p50 ms', 'p99 ms', 'err/non2xx', 'static req/s', 'static p99', 'req/s ÷ static', 'p99 ÷ static', 'bytes', 'other CPU'];
/** Columns up to this one hold text and align left; the figures after it align right. */
const LAST_TEXT_COLUMN = 2;

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

function loadRow(section: string, result: EndpointResult, value = ''): Row {
  const { cms } = result;
  return [
    section,
    result.name,
    value,
    cms.requestsPerSecond.toFixed(0),
    ms(cms.p50Ms),
    ms(cms.p99Ms),
    `${cms.errors}/${cms.non2xx}`,
    result.static.requestsPerSecond.toFixed(0),
    ms(result.static.p99Ms),
    ratio(result.ratios.requestsPerSecond),
    ratio(result.ratios.p99),
    String(result.bytes),
    percent(Math.max(cms.otherCpuShare, result.static.otherCpuShare)),
  ];
}

function valueRow(section: string, measure: string, value: string, bytes = ''): Row {
  return [section, measure, value, '', '', '', '', '', '', '', '', bytes, ''];
}

function latencyRow(section: string, measure: string, sample: LatencySample, value = `n=${sample.samples}`): Row {
  return [section, measure, value, '', ms(sample.p50Ms), ms(sample.p99Ms), '', '', '', '', '', '', ''];
}

export function formatTable(result: BenchResult): string {
  const { meta, prepare, coldStart } = result;
  const rows: Row[] = [
    valueRow('run', 'commit / node / cpu', `${meta.commit.slice(0, 10)}${meta.dirty ? '+dirty' : ''} / ${meta.node} / ${meta.cpu} x${meta.cores}`),
    valueRow('run', 'load settings', `${meta.load.connections} connections, ${meta.load.warmupSeconds} s warm-up + ${meta.load.durationSeconds} s`),
    valueRow('run', 'load average at start / other CPU', `${meta.loadAverageAtStart.map((value) => value.toFixed(2)).join(' ')} / ${percent(meta.otherCpuShare)} while measuring`),
    valueRow('prepare', 'content (publications / posts)', `${prepare.publicationsTotal} / ${prepare.postsTotal} (+${prepare.publicationsCreated} / +${prepare.postsCreated} in ${prepare.seconds.toFixed(0)} s)`, String(prepare.databaseBytes)),
    valueRow('prepare', 'first boot, empty database', `${(prepare.bootMs / 1000).toFixed(2)} s`),
    latencyRow('prepare', `publication create (${prepare.concurrency} in flight)`, prepare.publicationCreate),
    latencyRow('prepare', `publication publish (${prepare.concurrency} in flight)`, prepare.publicationPublish),
    latencyRow('prepare', `post create, renders Markdown (${prepare.concurrency} in flight)`, prepare.postCreate),
    latencyRow('prepare', `post publish (${prepare.concurrency} in flight)`, prepare.postPublish),
    valueRow('boot', 'cold start to first 200', `${(coldStart.bootMs / 1000).toFixed(2)} s`),
    valueRow('memory', 'CMS RSS idle after start', MB(coldStart.idle.rss)),
    valueRow('memory', 'CMS RSS after load', `${MB(coldStart.afterLoad.rss)} (peak ${MB(coldStart.afterLoad.peakRss)})`),
    ...result.endpoints.map((endpoint) => loadRow('load', endpoint)),
    loadRow('304', result.notModified, `${percent(result.notModified.cms.requests ? result.notModified.cms.status3xx / result.notModified.cms.requests : 0)} 304s`),
    latencyRow('edit', 'uncached after edit (list of 25)', result.uncachedAfterEdit, `n=${result.uncachedAfterEdit.samples}, ${result.uncachedAfterEdit.cacheMisses} MISS, ${result.uncachedAfterEdit.bodyChanged} changed`),
    latencyRow('edit', 'repeat right after (list of 25)', result.repeatAfterEdit, `n=${result.repeatAfterEdit.samples}, ${result.repeatAfterEdit.cacheHits} HIT`),
    valueRow('spa', 'home route initial JS (gzip)', kB(result.spa.initialJs.gzipBytes), String(result.spa.initialJs.bytes)),
    valueRow('spa', 'home route initial CSS (gzip)', kB(result.spa.initialCss.gzipBytes), String(result.spa.initialCss.bytes)),
    ...result.spa.chunks.map((chunk) => valueRow('spa', chunk.file, kB(chunk.gzipBytes), String(chunk.bytes))),
  ];
  if (meta.cmsBuildStale) rows.splice(1, 0, valueRow('run', 'WARNING', 'cms/dist is older than cms/src: run "pnpm build"'));
  if (meta.quick) rows.splice(1, 0, valueRow('run', 'WARNING', 'BENCH_QUICK=1 smoke run: not comparable with full runs'));

  const widths = HEADER.map((_, column) => Math.max(...[HEADER, ...rows].map((row) => row[column].length)));
  const line = (row: Row) =>
    row
      .map((cell, column) => (column <= LAST_TEXT_COLUMN ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADER), rule, ...rows.map(line)].join('\n');
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
