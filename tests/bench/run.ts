/**
 * `pnpm --filter tests bench`: how fast the built CMS serves a populated site, next to a bare Node
 * server sending the same bytes, and how heavy the built SPA is. One run, a few minutes, traffic
 * to 127.0.0.1 only:
 * 1. boot the CMS on a fresh database, add 200 publications and 300 posts through the admin API,
 *    stop it and copy the database, so the measured boot is a cold start on populated data;
 * 2. cold starts to the first 200, median of several, on copies of it and on empty databases
 *    (with the seed import; boot.ts); then the cold start of the CMS measured below and its memory;
 * 3. each public endpoint under load, a static mirror of the same bytes first, then the CMS;
 * 4. the 304 path; 5. the first request after an admin edit; 6. what a hostile query costs
 *    (refused over budget, answered within it, /_health during a burst); 7. SPA gzip sizes;
 * 8. publish → page served by the site, every page rendered vs only the changed ones (freshness.ts);
 * 9. one table on stdout (progress and a legend go to stderr) and the same as JSON.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { adminClient, mapWithLimit } from './admin';
import { BENCH_ADMIN, WORKSPACE_DIR, cmsBuildIsStale, cmsMemory, randomSecrets, startCms, strapiEntry, type Cms, type CmsSecrets } from './cms';
import { generateBlogPosts, generatePublications, seededRandom } from './content';
import {
  measureLoad,
  recordResponse,
  startStaticMirror,
  statusOf,
  waitUntilResponsive,
  type LoadFigures,
  type LoadSettings,
  type RecordedResponse,
  type StaticMirror,
  MIRROR_HEADERS,
} from './load';
import { processCpuMs, startCpuWindow } from './machine';
import { killAllChildren } from './processes';
import { TABLE_LEGEND, formatRatios, formatTable, writeResults, type BenchResult, type EndpointResult, type LatencySample } from './report';
import { measureHostile } from './hostile';
import { measureScaleOut } from './scale-out';
import { measureFreshness } from './freshness';
import { measureColdStarts } from './boot';
import { soak } from './soak';
import { measurePairs, medianPair, pairRatios } from './paired-rounds';
import { embedScriptVerdict, initialJsVerdict, measureSpa } from './spa';

/** BENCH_QUICK=1: a smoke run of the harness itself (a tenth of the content, short loads); not for comparing. */
const QUICK = process.env.BENCH_QUICK === '1';
/**
 * BENCH_ONLY=load: stop after the load rows (every cached public endpoint and the 304 path against
 * the static mirror) and print their ratios; for work on the read path on a shared machine.
 */
const ONLY_LOAD = process.env.BENCH_ONLY === 'load';
/** BENCH_ONLY=freshness: populate, then only the publish → page served runs (freshness.ts). */
const ONLY_FRESHNESS = process.env.BENCH_ONLY === 'freshness';
const PUBLICATIONS = QUICK ? 20 : 200;
const POSTS = QUICK ? 30 : 300;
/** Saves in flight while seeding: a post's save renders Markdown (KaTeX, Shiki) on the CMS's one thread. */
const SEED_CONCURRENCY = 4;
const EDIT_SAMPLES = QUICK ? 5 : 20;
/** Boots per cold-start figure (populated, empty with seed); the table shows their median. */
const BOOT_RUNS = QUICK ? 1 : 5;
const LOAD: LoadSettings = { connections: 50, warmupSeconds: 1, durationSeconds: QUICK ? 2 : 4 };
/** Back-to-back pairs per cached endpoint (CMS and static mirror); the row shows the median pair. */
const LOAD_ROUNDS = QUICK ? 1 : 3;
const SOAK = { connections: 200, durationSeconds: QUICK ? 5 : 60, settleLimitSeconds: 30 };
const SOAK_MAX_BODY_BYTES = 1024 * 1024;
/** How long to wait for the CMS to answer again after a load run; past it the row is flagged and the run goes on. */
const RECOVERY_LIMIT_MS = 30_000;
const RESULTS_DIR = path.join(WORKSPACE_DIR, 'bench-results');

const PUBLICATION = 'api::publication.publication';
const POST = 'api::blog-post.blog-post';

const log = (message: string) => console.error(`bench: ${message}`);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

type Endpoint = [name: string, path: string];

interface ListAnswer {
  data: { documentId: string; slug: string; hasMath?: boolean | null; language?: string; authors?: unknown[]; tags?: unknown[] }[];
  meta: { pagination: { total: number } };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

type PreparedDatabase = Omit<BenchResult['prepare'], 'seconds' | 'databaseBytes'> & { databaseFile: string };

/**
 * The seeding CMS writes to tmpfs when there is one: every commit is an fsync, and preparing the
 * data is not what we measure. The measured CMS runs on a copy on the ordinary temp disk.
 */
function seedDirectory(workDir: string): string {
  if (!existsSync('/dev/shm')) return workDir;
  return mkdtempSync(path.join('/dev/shm', 'homepage-bench-'));
}

/** Step 1: a populated database file, written by a CMS that is stopped again. */
async function prepareDatabase(seedDir: string, secrets: CmsSecrets): Promise<PreparedDatabase> {
  const started = performance.now();
  const seedFile = path.join(seedDir, 'seed.db');
  log("booting the CMS on an empty database (it seeds the owner's content)");
  const cms = await startCms({ databaseFile: seedFile, secrets });
  log(`first 200 after ${cms.bootMs.toFixed(0)} ms`);
  try {
    const admin = await adminClient(cms.url, BENCH_ADMIN);
    const tags = (await getJson<ListAnswer>(`${cms.url}/api/tags?pagination[pageSize]=100`)).data.map((tag) => tag.documentId);
    const random = seededRandom(3);
    const someTags = () => ({ connect: tags.filter(() => random.chance(0.3)).slice(0, 3).map((documentId) => ({ documentId })) });

    /** Creates then publishes, timing each call; logs progress every 50 documents. */
    const saveAll = async (uid: typeof PUBLICATION | typeof POST, documents: readonly object[], what: string) => {
      const creates: number[] = [];
      const publishes: number[] = [];
      const cpuBefore = processCpuMs(cms.pid);
      let done = 0;
      const saveOne = async (fields: object) => {
        let timer = performance.now();
        const { documentId } = await admin.create(uid, fields);
        creates.push(performance.now() - timer);
        timer = performance.now();
        const published = await admin.publish(uid, documentId);
        publishes.push(performance.now() - timer);
        done += 1;
        if (done % 50 === 0) log(`  ${what}: ${done}/${documents.length} created and published (${seconds(started)} s)`);
        return published;
      };
      // The first alone: the first post's save loads the Markdown renderers (Shiki, KaTeX), seconds
      // on a busy machine, and Node then closes keep-alive connections idle that long under the
      // requests the other workers just sent on them (ECONNRESET).
      const [first, ...rest] = documents;
      const saved = first === undefined ? [] : [await saveOne(first), ...(await mapWithLimit(rest, SEED_CONCURRENCY, saveOne))];
      const cpuMsPerDocument = (processCpuMs(cms.pid) - cpuBefore) / documents.length;
      return { saved, create: latencySample(creates), publish: latencySample(publishes), cpuMsPerDocument };
    };

    const publications = await saveAll(
      PUBLICATION,
      generatePublications(PUBLICATIONS).map((draft) => ({ ...draft, tags: someTags() })),
      'publications',
    );
    const posts = await saveAll(
      POST,
      generateBlogPosts(POSTS).map((draft) => ({
        ...draft,
        tags: someTags(),
        relatedPublications: {
          connect: publications.saved.filter(() => random.chance(0.01)).slice(0, 2).map(({ documentId }) => ({ documentId })),
        },
      })),
      'posts',
    );

    const firstPage = await getJson<ListAnswer>(`${cms.url}/api/publications?pagination[pageSize]=100`);
    if (tags.length > 0 && !firstPage.data.some((entry) => (entry.tags?.length ?? 0) > 0)) {
      log('WARNING: no publication came back with tags: the content manager did not connect the relations');
    }
    const publicationsTotal = firstPage.meta.pagination.total;
    const postsTotal = (await getJson<ListAnswer>(`${cms.url}/api/blog-posts?pagination[pageSize]=1`)).meta.pagination.total;
    if (publicationsTotal < PUBLICATIONS || postsTotal < POSTS) {
      throw new Error(`After seeding the public API lists ${publicationsTotal} publications and ${postsTotal} posts, expected at least ${PUBLICATIONS} and ${POSTS}`);
    }
    return {
      bootMs: cms.bootMs,
      publicationsCreated: PUBLICATIONS,
      postsCreated: POSTS,
      publicationsTotal,
      postsTotal,
      concurrency: SEED_CONCURRENCY,
      publicationCreate: publications.create,
      publicationPublish: publications.publish,
      publicationCpuMs: publications.cpuMsPerDocument,
      postCreate: posts.create,
      postPublish: posts.publish,
      postCpuMs: posts.cpuMsPerDocument,
      databaseFile: seedFile,
    };
  } catch (error) {
    throw cms.explain(error);
  } finally {
    await cms.stop();
  }
}

/** SQLite in WAL mode: a stopped CMS has checkpointed, but copy the side files if any are left. */
function copyDatabase(from: string, to: string): number {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
  return statSync(to).size;
}

function describe(figures: LoadFigures): string {
  const { requestsPerSecond, p50Ms, p99Ms, errors, non2xx, serverCpuMsPerRequest, otherCpuShare } = figures;
  const cpu = serverCpuMsPerRequest === null ? 'no answers' : `${serverCpuMsPerRequest.toFixed(2)} ms CPU/request`;
  return `${requestsPerSecond.toFixed(0)} req/s, p50 ${p50Ms} ms, p99 ${p99Ms} ms, ${errors} errors, ${non2xx} non-2xx, ${cpu}, others ${(otherCpuShare * 100).toFixed(0)}% CPU`;
}

function percentile(sorted: readonly number[], fraction: number): number {
  // Nearest rank: with 20 samples, p99 is the slowest one.
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function latencySample(durations: readonly number[]): LatencySample {
  const sorted = [...durations].sort((a, b) => a - b);
  return { samples: sorted.length, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted.at(-1) ?? Number.NaN };
}

async function timedGet(url: string): Promise<{ ms: number; cache: string | null; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return { ms: elapsed, cache: response.headers.get('x-cache'), body };
}

/** Step 5: each sample edits and publishes the list's first publication, then times the next GET. */
async function measureAfterEdits(cms: Cms, listPath: string): Promise<Pick<BenchResult, 'uncachedAfterEdit' | 'repeatAfterEdit'>> {
  const admin = await adminClient(cms.url, BENCH_ADMIN);
  const first: number[] = [];
  const repeat: number[] = [];
  let bodyChanged = 0;
  let firstMisses = 0;
  let repeatHits = 0;
  let previous = await timedGet(cms.url + listPath);
  for (let sample = 0; sample < EDIT_SAMPLES; sample++) {
    const target = (JSON.parse(previous.body) as ListAnswer).data[0];
    if (!target) throw new Error(`${listPath} listed no publication to edit`);
    await admin.update(PUBLICATION, target.documentId, { note: `Benchmark edit ${sample} at ${new Date().toISOString()}` });
    await admin.publish(PUBLICATION, target.documentId);

    const after = await timedGet(cms.url + listPath);
    const again = await timedGet(cms.url + listPath);
    first.push(after.ms);
    repeat.push(again.ms);
    if (after.cache === 'MISS') firstMisses += 1;
    if (again.cache === 'HIT') repeatHits += 1;
    if (after.body !== previous.body) bodyChanged += 1;
    const edited = (JSON.parse(after.body) as ListAnswer).data.find((entry) => entry.documentId === target.documentId);
    if (edited && (edited.authors?.length ?? 0) === 0) {
      throw new Error(`Editing only "note" of publication ${target.documentId} dropped its authors: the edit step would corrupt data`);
    }
    previous = after;
  }
  return {
    uncachedAfterEdit: { ...latencySample(first), path: listPath, bodyChanged, cacheMisses: firstMisses },
    repeatAfterEdit: { ...latencySample(repeat), cacheHits: repeatHits },
  };
}

function gitCommit(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: WORKSPACE_DIR, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: WORKSPACE_DIR, encoding: 'utf8' });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

async function main(): Promise<void> {
  const runStarted = performance.now();
  const date = new Date().toISOString();
  strapiEntry(); // fails early with "run pnpm build first"
  const spa = measureSpa(path.join(WORKSPACE_DIR, 'web', 'dist'));
  const cmsBuildStale = cmsBuildIsStale();
  if (cmsBuildStale) log('WARNING: a file in cms/src or cms/config is newer than cms/dist; the figures describe the older build (run "pnpm build")');

  const loadAverageAtStart = loadavg();
  if (loadAverageAtStart[0] !== undefined && loadAverageAtStart[0] > cpus().length * 0.5) {
    log(`WARNING: the machine is busy before we start (load average ${loadAverageAtStart.map((value) => value.toFixed(2)).join(' ')}); figures will be lower and noisier`);
  }

  const workDir = mkdtempSync(path.join(tmpdir(), 'homepage-bench-'));
  const seedDir = seedDirectory(workDir);
  const removeTempDirs = () => {
    rmSync(workDir, { recursive: true, force: true });
    rmSync(seedDir, { recursive: true, force: true });
  };
  process.once('exit', removeTempDirs); // also after Ctrl-C, which exits without unwinding
  try {
    const secrets = randomSecrets();
    const prepareStarted = performance.now();
    const { databaseFile, ...counts } = await prepareDatabase(seedDir, secrets);
    const measuredFile = path.join(workDir, 'measured.db');
    const prepare: BenchResult['prepare'] = {
      ...counts,
      seconds: (performance.now() - prepareStarted) / 1000,
      databaseBytes: copyDatabase(databaseFile, measuredFile),
    };
    log(`database ready: ${prepare.publicationsTotal} publications, ${prepare.postsTotal} posts, ${(prepare.databaseBytes / 1024 / 1024).toFixed(1)} MB (${prepare.seconds.toFixed(0)} s)`);

    // A second copy for the freshness runs at the end, which publish edits of their own.
    const freshnessFile = path.join(workDir, 'freshness.db');
    copyDatabase(databaseFile, freshnessFile);
    rmSync(seedDir, { recursive: true, force: true });
    const freshnessSites = [
      { label: 'seed site', databaseFile: path.join(workDir, 'seed-site.db') },
      { label: `${prepare.postsTotal} posts`, databaseFile: freshnessFile },
    ];
    if (ONLY_FRESHNESS) {
      console.log(JSON.stringify(await measureFreshness(freshnessSites, secrets, log), null, 2));
      log(`BENCH_ONLY=freshness: done (${seconds(runStarted)} s)`);
      return;
    }
    log(`cold starts: ${BOOT_RUNS} on copies of the populated database, ${BOOT_RUNS} on empty ones (with the seed import), and as many of a stock Strapi app`);
    const boot = await measureColdStarts({ populatedDatabase: measuredFile, workDir, secrets, runs: BOOT_RUNS, log });
    log('cold start on the populated copy');
    const cms = await startCms({ databaseFile: measuredFile, secrets });
    let mirror: StaticMirror | undefined;
    const ownPids = () => (mirror ? [cms.pid, mirror.pid] : [cms.pid]);
    const measuredPhase = startCpuWindow(ownPids);
    try {
      log(`first 200 after ${cms.bootMs.toFixed(0)} ms, ${cms.bootCpuMs.toFixed(0)} ms of CPU (pid ${cms.pid})`);
      await new Promise((resolve) => setTimeout(resolve, 2000)); // let start-up work settle before "idle"
      const idle = cmsMemory(cms.pid);

      // Picked with queries of their own, so every benchmarked path is still uncached when recorded.
      const conferencePapers = '/api/publications?filters[kind][$eq]=conference-paper&sort=date:desc';
      const publication = (await getJson<ListAnswer>(`${cms.url}${conferencePapers}&pagination[pageSize]=1`)).data[0];
      const posts = (await getJson<ListAnswer>(`${cms.url}/api/blog-posts?pagination[pageSize]=20&sort=date:desc`)).data;
      const post = posts.find((entry) => entry.hasMath && entry.language === 'en') ?? posts[0];
      if (!publication || !post) throw new Error('The populated CMS lists no conference paper or no post');

      // Small bodies first, then the 304 path and the edits, then the long bodies (full posts, the
      // posts feed): a run that leaves the CMS working off a backlog then delays nothing after it.
      const lightEndpoints: Endpoint[] = [
        ['profile', '/api/profile'],
        ['one publication', `/api/publications/${publication.documentId}`],
        ['publications kind=conference-paper', conferencePapers],
        ['publications pageSize=25', '/api/publications?pagination[pageSize]=25'],
        ['citations publications.bib', '/api/citations/publications.bib'],
        ['feed publications.rss', '/api/feeds/publications.rss'],
      ];
      const heavyEndpoints: Endpoint[] = [
        ['one post by slug', `/api/blog-posts?filters[slug][$eq]=${post.slug}`],
        ['blog-posts pageSize=25', '/api/blog-posts?pagination[pageSize]=25'],
        ['feed posts.rss', '/api/feeds/posts.rss'],
      ];
      // The first request of each path after boot is uncached; the second shows whether the CMS kept it.
      const recorded = new Map<string, RecordedResponse>();
      const firstRequests = new Map<string, { ms: number; repeatCache: string | null }>();
      for (const [name, endpointPath] of [...lightEndpoints, ...heavyEndpoints]) {
        const started = performance.now();
        const response = await recordResponse(cms.url + endpointPath);
        const firstMs = performance.now() - started;
        if (response.status !== 200 || response.body.length === 0) {
          throw new Error(`${name}: GET ${endpointPath} answered ${response.status} with ${response.body.length} bytes: ${response.body.toString().slice(0, 300)}`);
        }
        recorded.set(endpointPath, response);
        firstRequests.set(endpointPath, { ms: firstMs, repeatCache: (await timedGet(cms.url + endpointPath)).cache });
      }
      const staticMirror = await startStaticMirror(recorded, workDir);
      mirror = staticMirror;

      /**
       * The static mirror and the CMS on the same path in LOAD_ROUNDS back-to-back pairs
       * (paired-rounds.ts), each CMS run followed by the wait until it answers again; the row shows
       * the median pair and keeps every round's ratios.
       */
      const compare = async (name: string, endpointPath: string, headers: Record<string, string> = {}): Promise<EndpointResult> => {
        const response = recorded.get(endpointPath) as RecordedResponse;
        log(`load: ${name} (${response.body.length} bytes), ${LOAD_ROUNDS} rounds`);
        const recoveries: (number | null)[] = [];
        const pairs = await measurePairs(LOAD_ROUNDS, {
          static: async () => {
            const figures = await measureLoad({ url: staticMirror.url + endpointPath, serverPid: staticMirror.pid, ownPids, headers }, LOAD);
            log(`  static ${describe(figures)}`);
            return figures;
          },
          cms: async () => {
            const figures = await measureLoad({ url: cms.url + endpointPath, serverPid: cms.pid, ownPids, headers }, LOAD);
            const recoveryMs = await waitUntilResponsive(`${cms.url}/_health`, RECOVERY_LIMIT_MS);
            recoveries.push(recoveryMs);
            log(`  CMS ${describe(figures)}; answering again after ${recoveryMs === null ? `more than ${RECOVERY_LIMIT_MS / 1000}` : (recoveryMs / 1000).toFixed(1)} s`);
            if (recoveryMs === null) log(`WARNING: the CMS was still busy ${RECOVERY_LIMIT_MS / 1000} s after this run; what follows is disturbed`);
            return figures;
          },
        });
        const median = medianPair(pairs);
        const first = firstRequests.get(endpointPath);
        return {
          name,
          path: endpointPath,
          contentType: response.contentType,
          bytes: response.body.length,
          firstRequestMs: first?.ms ?? Number.NaN,
          repeatCache: first?.repeatCache ?? null,
          cms: median.cms,
          // The slowest recovery of the rounds; null when any round did not recover in time.
          cmsRecoveryMs: recoveries.includes(null) ? null : Math.max(...(recoveries as number[])),
          static: median.static,
          ratios: pairRatios(median),
          rounds: pairs.map(pairRatios),
        };
      };

      const endpoints: EndpointResult[] = [];
      for (const [name, endpointPath] of lightEndpoints) endpoints.push(await compare(name, endpointPath));

      const etag = recorded.get(conferencePapers)?.etag;
      if (!etag) throw new Error(`GET ${conferencePapers} sent no ETag: the 304 path cannot be measured`);
      const conditional = { 'If-None-Match': etag };
      const probeStatus = await statusOf(cms.url + conferencePapers, conditional);
      if (probeStatus !== 304) log(`WARNING: GET ${conferencePapers} with If-None-Match ${etag} answered ${probeStatus}, expected 304`);
      const notModified = { ...(await compare('publications kind=… If-None-Match', conferencePapers, conditional)), bytes: 0, etag };
      if (ONLY_LOAD) {
        for (const [name, endpointPath] of heavyEndpoints) endpoints.push(await compare(name, endpointPath));
        console.log(formatRatios([...endpoints, notModified]));
        log(`BENCH_ONLY=load: stopped after the load rows (mirror sends ${MIRROR_HEADERS === 'same' ? "the CMS's headers" : 'bare headers'}); load average now ${loadavg().map((value) => value.toFixed(2)).join(' ')} (${seconds(runStarted)} s)`);
        return;
      }

      log(`${EDIT_SAMPLES} admin edits, each followed by a timed GET`);
      const edits = await measureAfterEdits(cms, '/api/publications?pagination[pageSize]=25');

      log(`hostile queries: ${EDIT_SAMPLES} samples of a 30-branch relation filter, a 3-branch one, and /_health during a burst`);
      const hostile = await measureHostile(cms.url, EDIT_SAMPLES, latencySample);

      for (const [name, endpointPath] of heavyEndpoints) endpoints.push(await compare(name, endpointPath));
      const afterLoad = cmsMemory(cms.pid);

      // Bodies of megabytes (the full-text posts feed) leave the mix: 200 connections downloading
      // 2.5 MB each saturate autocannon's parser on this machine, for the static mirror as much as
      // for the CMS (see that row), and time out client-side; they have their own row above.
      const soakPaths = [...lightEndpoints, ...heavyEndpoints]
        .map(([, endpointPath]) => endpointPath)
        .filter((endpointPath) => (recorded.get(endpointPath)?.body.length ?? 0) < SOAK_MAX_BODY_BYTES);
      log(`soak: ${SOAK.connections} connections for ${SOAK.durationSeconds} s over ${soakPaths.length} public endpoints (bodies under 1 MB)`);
      const soaked = await soak(cms, soakPaths, SOAK);
      log(
        `  ${soaked.requestsPerSecond.toFixed(0)} req/s, p99 ${soaked.p99Ms} ms, ${soaked.errors} errors, ${soaked.non2xx} non-2xx; ` +
          `RSS ${(soaked.before.rss / 2 ** 20).toFixed(0)} -> ${(soaked.after.rss / 2 ** 20).toFixed(0)} MB`,
      );
      const { otherShare } = measuredPhase.end();

      // One instance against two on PostgreSQL, when a server is given (BENCH_DATABASE_URL).
      const scaleOutServer = process.env.BENCH_DATABASE_URL;
      const scaleOut = scaleOutServer
        ? await measureScaleOut(scaleOutServer, secrets, { ...LOAD, publications: QUICK ? 20 : 100, posts: QUICK ? 20 : 100 }, log)
        : undefined;
      if (!scaleOutServer) log('scale-out: skipped (set BENCH_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/postgres to compare one and two instances)');
      if (otherShare > 0.1) log(`WARNING: other processes used ${(otherShare * 100).toFixed(0)}% of the machine's CPU while we measured`);

      log('freshness: publish → page served, rendering every page and only the changed ones, on the seed site and the populated one');
      const freshness = await measureFreshness(freshnessSites, secrets, log);

      const cpu = cpus();
      const result: BenchResult = {
        meta: {
          date,
          ...gitCommit(),
          node: process.version,
          cpu: cpu[0]?.model.trim() ?? 'unknown',
          cores: cpu.length,
          memoryBytes: totalmem(),
          quick: QUICK,
          cmsBuildStale,
          loadAverageAtStart,
          otherCpuShare: otherShare,
          load: LOAD,
          mirrorHeaders: MIRROR_HEADERS,
          recoveryLimitMs: RECOVERY_LIMIT_MS,
          runSeconds: (performance.now() - runStarted) / 1000,
        },
        prepare,
        coldStart: { bootMs: cms.bootMs, bootCpuMs: cms.bootCpuMs, idle, afterLoad },
        boot,
        endpoints,
        notModified,
        ...edits,
        hostile,
        soak: soaked,
        ...(scaleOut ? { scaleOut } : {}),
        freshness,
        spa,
      };
      console.log(formatTable(result));
      console.error(TABLE_LEGEND);
      console.error(`ratios to the static mirror:\n${formatRatios([...endpoints, notModified])}`);
      const file = writeResults(result, RESULTS_DIR);
      log(`results in ${path.relative(WORKSPACE_DIR, file)} and bench-results/latest.json (${seconds(runStarted)} s)`);
      const jsVerdict = initialJsVerdict(spa);
      if (!jsVerdict.within) {
        // Every figure is still written above; the run's status says the budget was broken.
        log(`FAILED: the home route's initial JavaScript is ${(jsVerdict.overBytes / 1024).toFixed(1)} kB (gzip) over its ${jsVerdict.budgetBytes / 1024} kB budget (tests/bench/spa.ts)`);
        process.exitCode = 1;
      }
      const embedVerdict = embedScriptVerdict(spa);
      if (!embedVerdict.within) {
        log(`FAILED: the embed script is ${(embedVerdict.overBytes / 1024).toFixed(1)} kB (gzip) over its ${embedVerdict.budgetBytes / 1024} kB budget (tests/bench/spa.ts)`);
        process.exitCode = 1;
      }
    } catch (error) {
      throw cms.explain(error);
    } finally {
      await mirror?.stop();
      await cms.stop();
    }
  } finally {
    removeTempDirs();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  killAllChildren();
  process.exit(1);
});
