/**
 * Starts the built CMS (cms/server.js, as `pnpm start` does) as a child process on a free port and its own
 * SQLite file, black-box: tests only speak HTTP to it. Strapi stays out of vitest's transform.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomCmsSecrets } from './secrets';

export const CMS_DIR = fileURLToPath(new URL('../../cms', import.meta.url));
/** What `pnpm start` runs in cms/ (Strapi's start without its CLI): tests boot what production boots. */
export const CMS_SERVER = path.join(CMS_DIR, 'server.js');
const ORPHAN_GUARD = fileURLToPath(new URL('./orphan-guard.mjs', import.meta.url));

/** The owner account every test CMS is created with (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const OWNER = { email: 'owner@example.test', password: 'Owner-Passw0rd!' } as const;

/** Every test CMS's PREVIEW_SECRET, fixed so tests can sign links the admin would not (an expired one). */
export const TEST_PREVIEW_SECRET = 'test-preview-secret-for-throwaway-cmses';

export interface CmsProcess {
  url: string;
  databaseFile: string;
  /** Everything the CMS wrote to stdout and stderr so far. */
  log(): string;
  /** Stops the CMS and its process group; resolves once it has exited (and its own database is gone). */
  stop(): Promise<void>;
  /** SIGKILLs the CMS's whole process group, as a crash would (no shutdown code runs); resolves once it has exited. */
  crash(): Promise<void>;
}

export interface StartCmsOptions {
  /**
   * Reuse a database (e.g. to restart on it); by default a fresh file in a temp folder, which is
   * deleted when the CMS stops.
   */
  databaseFile?: string;
  /** Extra environment, e.g. SITE_URL; `undefined` leaves a variable of the defaults out. */
  env?: Record<string, string | undefined>;
  bootTimeoutMs?: number;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A fresh, empty temp folder for one run's database, logs or build output. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `homepage-${prefix}-`));
}


// Children still running when the worker or vitest exits early (Ctrl-C, a crash) die with it,
// and their throw-away databases go too.
/**
 * What every CMS a test or benchmark starts runs with: production mode on 127.0.0.1 with its own
 * SQLite file, no telemetry, and only PATH and HOME from this process (no cms/.env secrets leak in).
 */
export function productionCmsEnv(port: number, databaseFile: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_FILENAME: databaseFile,
    // X-Cache: HIT|MISS, which the cache tests read (off in production: it tells who asked what).
    RESPONSE_CACHE_STATUS_HEADER: 'true',
    // The run logs in once; a full run outlasts Strapi's 30-minute admin access token.
    ADMIN_ACCESS_TOKEN_LIFESPAN: String(3 * 60 * 60),
  };
}

const running = new Set<ChildProcess>();
const ownDirs = new Set<string>();
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
  for (const dir of ownDirs) removeDir(dir);
});

/** Signals the child's whole process group (it was spawned detached, as the group's leader). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

export async function startCms(options: StartCmsOptions = {}): Promise<CmsProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { databaseFile, ownDir } = options.databaseFile
    ? { databaseFile: options.databaseFile, ownDir: undefined }
    : freshDatabase();
  const output: string[] = [];

  const child = spawn(process.execPath, [ORPHAN_GUARD, String(process.pid), process.execPath, CMS_SERVER], {
    cwd: CMS_DIR,
    detached: true, // its own process group, so stop() can end everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...productionCmsEnv(port, databaseFile),
      ADMIN_EMAIL: OWNER.email,
      ADMIN_PASSWORD: OWNER.password,
      ...randomCmsSecrets(),
      PREVIEW_SECRET: TEST_PREVIEW_SECRET,
      ...options.env,
    },
  });
  running.add(child);
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => running.delete(child));

  const cms: CmsProcess = {
    url,
    databaseFile,
    log: () => output.join(''),
    async stop() {
      child.kill('SIGTERM'); // the guard passes it on and exits when Strapi has
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      if (ownDir) {
        removeDir(ownDir);
        ownDirs.delete(ownDir);
      }
    },
    async crash() {
      killGroup(child, 'SIGKILL');
      await exited;
    },
  };

  try {
    await waitUntilReady(url, child, options.bootTimeoutMs ?? 60_000);
  } catch (error) {
    await cms.stop();
    throw new Error(`${(error as Error).message}\n--- CMS log (${databaseFile}) ---\n${cms.log()}--- end of CMS log ---`);
  }
  return cms;
}

function freshDatabase(): { databaseFile: string; ownDir: string } {
  const ownDir = tempDir('cms-db');
  ownDirs.add(ownDir);
  return { databaseFile: path.join(ownDir, 'data.db'), ownDir };
}

/** Ready means /_health answers 204 and the seeded profile is served (bootstrap has finished). */
async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const probes: [string, number][] = [
    [`${url}/_health`, 204],
    [`${url}/api/profile`, 200],
  ];
  for (const [probe, expected] of probes) {
    let last = 'no answer';
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The CMS exited (${child.exitCode ?? child.signalCode}) before ${probe} answered ${expected}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`The CMS did not answer ${expected} on ${probe} within ${timeoutMs} ms (last: ${last})`);
      }
      try {
        const response = await fetch(probe, { signal: AbortSignal.timeout(2000) });
        await response.arrayBuffer();
        if (response.status === expected) break;
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Removes a temp folder made by tempDir (best effort: a test's result never depends on it). */
export function removeDir(dir: string): void {
  try {
    // Retries cover a straggling child that is still writing into the folder as it is removed.
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    console.warn(`could not remove ${dir}: ${(error as Error).message}`);
  }
}
