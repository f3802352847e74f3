/**
 * The built CMS as the benchmark runs it: `node cms/server.js`, what `pnpm start` runs, spawned
 * directly (no pnpm or shell shim in between), so the pid we watch is the process serving
 * requests and its memory is Strapi's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuilds } from '../support/builds';
import { CMS_SERVER, freePort, productionCmsEnv } from '../support/cms-process';
import type { CmsSecrets } from '../support/secrets';
import { processCpuMs } from './machine';
import { spawnGroup } from './processes';

export const WORKSPACE_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const CMS_DIR = path.join(WORKSPACE_DIR, 'cms');

export const BENCH_ADMIN = { email: 'bench@example.test', password: 'Bench-Passw0rd!' } as const;

/** Files `strapi build` writes for the server (the benchmark needs no admin panel, only its API). */
const BUILD_OUTPUTS = ['dist/src/index.js', 'dist/config/server.js'];

/** The CMS's start file, or an error that says what to do. */
export function strapiEntry(): string {
  const missing = BUILD_OUTPUTS.filter((file) => !existsSync(path.join(CMS_DIR, file)));
  if (missing.length > 0) {
    throw new Error(`The CMS is not built (missing cms/${missing.join(', cms/')}): run "pnpm build" first`);
  }
  if (!existsSync(path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi'))) {
    throw new Error('Strapi is not installed (no cms/node_modules/@strapi/strapi): run "pnpm install" first');
  }
  return CMS_SERVER;
}

/** True when a CMS source is newer than the build: the numbers would describe older code. */
export function cmsBuildIsStale(): boolean {
  return staleBuilds().some((target) => target.filter === 'cms');
}

export type { CmsSecrets };
/** Fresh secrets for one benchmark run, shared by every boot so the admin account keeps working. */
export { randomCmsSecrets as randomSecrets } from '../support/secrets';

export interface Cms {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first 2xx of `readyPath` (a 200 for ours, the stock app's /_health 204). */
  bootMs: number;
  /** CPU time the CMS used until then (ms): the boot's cost, whatever else ran on the machine. */
  bootCpuMs: number;
  log(): string;
  /** Adds the CMS's exit status and last log lines to `error` when the CMS has died. */
  explain(error: unknown): Error;
  stop(): Promise<void>;
}

export interface StartCmsOptions {
  /** SQLite file; ignored when `env` names another database (DATABASE_CLIENT=postgres). */
  databaseFile: string;
  env?: Record<string, string>;
  secrets: CmsSecrets;
  /** The first 2xx on this path means the CMS is up (bootstrap and seeding finish before it listens). */
  readyPath?: string;
  bootTimeoutMs?: number;
  /** A fixed port (a site built for this CMS's address); a free one otherwise. */
  port?: number;
  /** Another Strapi app to start instead of ours (the stock yardstick, stock-strapi.ts). */
  app?: { dir: string; entry: string };
}

export async function startCms(options: StartCmsOptions): Promise<Cms> {
  const entry = options.app?.entry ?? strapiEntry();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const readyPath = options.readyPath ?? '/api/publications';
  const timeoutMs = options.bootTimeoutMs ?? 90_000;

  const started = performance.now();
  const child = spawnGroup(process.execPath, [entry], {
    cwd: options.app?.dir ?? CMS_DIR,
    env: {
      ...productionCmsEnv(port, options.databaseFile),
      DATABASE_CLIENT: 'sqlite',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      ...options.secrets,
      ...options.env,
    },
  });

  const fail = async (reason: string): Promise<never> => {
    await child.stop();
    throw new Error(`${reason}\n--- CMS log (${options.databaseFile}) ---\n${child.log().slice(-6000)}--- end of CMS log ---`);
  };

  let last = 'no answer';
  for (;;) {
    if (child.exited()) return fail(`The CMS exited (${child.process.exitCode ?? child.process.signalCode}) before ${readyPath} answered 200`);
    if (performance.now() - started > timeoutMs) return fail(`The CMS did not answer 200 on ${readyPath} within ${timeoutMs} ms (last: ${last})`);
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      // A 2xx: the stock app's /_health answers 204.
      if (response.status >= 200 && response.status < 300) break;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const bootMs = performance.now() - started;
  const bootCpuMs = processCpuMs(child.pid);

  const explain = (error: unknown): Error => {
    const failure = error instanceof Error ? error : new Error(String(error));
    if (!child.exited()) return failure;
    const status = child.process.exitCode ?? child.process.signalCode;
    return new Error(`${failure.message}\nThe CMS had exited (${status}). Was cms/dist rebuilt meanwhile?\n--- CMS log ---\n${child.log().slice(-4000)}--- end of CMS log ---`);
  };

  return { url, pid: child.pid, bootMs, bootCpuMs, log: child.log, explain, stop: () => child.stop(10_000) };
}

export interface Memory {
  /** Resident set size now, bytes. */
  rss: number;
  /** Peak resident set size since start, bytes. */
  peakRss: number;
  /** Processes counted: the CMS and any it started. */
  processes: number;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`/proc/${pid}/status has no ${field} line`);
  return Number(match[1]);
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Memory of the CMS process tree from /proc (Linux only). */
export function cmsMemory(pid: number): Memory {
  const pids = [pid, ...descendants(pid)];
  let rss = 0;
  let peakRss = 0;
  for (const member of pids) {
    rss += statusKb(member, 'VmRSS') * 1024;
    peakRss += statusKb(member, 'VmHWM') * 1024;
  }
  return { rss, peakRss, processes: pids.length };
}
