/**
 * Load runs with autocannon (a fixed number of keep-alive connections for a fixed time, after a
 * short unmeasured warm-up) and the static baseline the CMS figures are compared with.
 */
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processCpuMs, startCpuWindow } from './machine';
import { spawnGroup, type Child } from './processes';
import type { StaticManifest } from './static-server';

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  /** Milliseconds (autocannon's histogram has 1 ms resolution). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Answers outside 2xx (304s included, which the 304 run expects). */
  non2xx: number;
  status3xx: number;
  status4xx: number;
  status5xx: number;
  /**
   * CPU time the server spent per answered request (ms). Unlike req/s it hardly moves when other
   * work shares the machine, so it is the figure to compare between noisy runs.
   */
  serverCpuMsPerRequest: number | null;
  /** Share of the machine's CPU that processes other than the benchmark's used during the run. */
  otherCpuShare: number;
}

export interface LoadTarget {
  url: string;
  /** The process serving `url`, for its CPU time. */
  serverPid: number;
  /** All of the benchmark's server processes, so their CPU time is not counted as other load. */
  ownPids: () => readonly number[];
  headers?: Record<string, string>;
}

export async function measureLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadFigures> {
  const common = { url: target.url, connections: settings.connections, headers: target.headers ?? {}, timeout: 10 };
  await autocannon({ ...common, duration: settings.warmupSeconds });
  const window = startCpuWindow(target.ownPids);
  const serverCpuBefore = processCpuMs(target.serverPid);
  const result = await autocannon({ ...common, duration: settings.durationSeconds });
  const serverCpuMs = processCpuMs(target.serverPid) - serverCpuBefore;
  const cpu = window.end();
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status3xx: result['3xx'],
    status4xx: result['4xx'],
    status5xx: result['5xx'],
    serverCpuMsPerRequest: result.requests.total > 0 ? serverCpuMs / result.requests.total : null,
    otherCpuShare: cpu.otherShare,
  };
}

/**
 * The status of one GET sent with exactly `headers` (fetch would add `Cache-Control: no-cache` to
 * a conditional request, as the Fetch standard says, and servers then rightly skip the 304).
 */
export async function statusOf(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers, timeout: 30_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`GET ${url} timed out`)));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/**
 * Node does not drop work for clients that hung up: after a run the server may still owe answers
 * to the last connections. Waits until `url` answers again, and returns how long that took (ms),
 * or null when it did not within `limitMs`.
 */
export async function waitUntilResponsive(url: string, limitMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status < 500) return performance.now() - started;
    } catch {
      // still busy
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

export interface RecordedResponse {
  status: number;
  contentType: string;
  etag: string | null;
  /**
   * The CMS's other headers (security, CORS, Cache-Control; not Date, Connection or lengths, which
   * Node sets), so the mirror can send the very same bytes: on a body of 1 kB, 900 bytes of
   * headers weigh on both ends of the connection as much as the body.
   */
  headers: Record<string, string>;
  body: Buffer;
}

/** Set by Node's HTTP server per answer, or describing the body rather than the answer. */
const PER_ANSWER_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-type', 'etag']);

/** One plain GET, the bytes kept (for the static mirror and for sizes). */
export async function recordResponse(url: string): Promise<RecordedResponse> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    etag: response.headers.get('etag'),
    headers: Object.fromEntries([...response.headers].filter(([name]) => !PER_ANSWER_HEADERS.has(name))),
    body,
  };
}

export interface StaticMirror {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const STATIC_SERVER = fileURLToPath(new URL('./static-server.ts', import.meta.url));

/**
 * BENCH_MIRROR=bare: the mirror sends only Content-Type, Content-Length and ETag, as it did
 * before it replayed the CMS's headers (for comparing with older runs).
 */
export const MIRROR_HEADERS = process.env.BENCH_MIRROR === 'bare' ? 'bare' : 'same';

/**
 * Starts static-server.ts in its own process with the same Node flags as this one (tsx's loader),
 * serving `responses` keyed by request path and query.
 */
export async function startStaticMirror(responses: ReadonlyMap<string, RecordedResponse>, workDir: string): Promise<StaticMirror> {
  const manifest: StaticManifest = {};
  for (const [requestUrl, response] of responses) {
    const headers = MIRROR_HEADERS === 'bare' ? {} : response.headers;
    manifest[requestUrl] = { contentType: response.contentType, etag: response.etag, headers, bodyBase64: response.body.toString('base64') };
  }
  const manifestFile = path.join(workDir, 'static-manifest.json');
  writeFileSync(manifestFile, JSON.stringify(manifest));

  const child: Child = spawnGroup(process.execPath, [...process.execArgv, STATIC_SERVER, manifestFile], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production' },
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const port = /^listening (\d+)$/m.exec(child.log())?.[1];
    if (port) return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => child.stop() };
    if (child.exited() || Date.now() > deadline) {
      await child.stop();
      throw new Error(`The static mirror (${STATIC_SERVER}) did not start:\n${child.log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
