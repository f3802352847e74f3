/**
 * The built site as production serves it: `pnpm --filter web build` (client, prerenderer, and
 * every page prerendered from the run's CMS) into a temp folder, served by the site's own static
 * server (web/server/serve.ts) with its headers, 404 handling and rebuild webhook.
 * The CMS URL is baked in at build time (VITE_CMS_URL), so each run builds its own copy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { WORKSPACE_DIR } from './builds';
import { freePort } from './cms-process';

export interface SiteBuild {
  cmsUrl: string;
  siteUrl: string;
  outDir: string;
}

/** Where the prerenderer and the static server of a build to `outDir` are bundled. */
export const serverDirOf = (outDir: string) => `${outDir}-server`;

/** Builds web/ into outDir; rejects with the build's output when it fails or prerenders nothing. */
export async function buildSite({ cmsUrl, siteUrl, outDir }: SiteBuild): Promise<void> {
  const child = spawn('pnpm', ['--filter', 'web', 'build'], {
    cwd: WORKSPACE_DIR,
    env: {
      ...process.env,
      // As `pnpm start` builds it (scripts/run-site.mjs); vitest's NODE_ENV=test made Vite bundle
      // Vue's development build, whose devtools hook reads localStorage as it loads and so stopped
      // the app wherever storage is denied (a page framed by another site, in a private window).
      NODE_ENV: 'production',
      VITE_CMS_URL: cmsUrl,
      SITE_URL: siteUrl,
      SITE_OUT_DIR: outDir,
      SITE_SERVER_DIR: serverDirOf(outDir),
      // A test build whose pages were not prerendered would test the plain SPA instead.
      PRERENDER_STRICT: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`"pnpm --filter web build" failed (exit ${code}):\n${output.join('')}`);
}

export interface SiteServer {
  /** e.g. "http://127.0.0.1:40123" */
  origin: string;
  /** The secret its POST /_rebuild wants in X-Site-Rebuild-Secret. */
  rebuildSecret: string;
  /** Prerenders the pages again from the CMS and resolves once they are served. */
  prerender(): Promise<void>;
  log(): string;
  stop(): Promise<void>;
}

/** Starts web/server/serve.ts of a build on `port` (a free one by default), with `env` added to its environment. */
export async function startSiteServer(
  outDir: string,
  { port, rebuildSecret = randomBytes(16).toString('hex'), env = {} }: { port?: number; rebuildSecret?: string; env?: Record<string, string> } = {},
): Promise<SiteServer> {
  const chosen = port ?? (await freePort());
  const origin = `http://127.0.0.1:${chosen}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(serverDirOf(outDir), 'serve.js'), '--port', String(chosen), '--host', '127.0.0.1'],
    { env: { ...process.env, ...env, SITE_OUT_DIR: outDir, SITE_REBUILD_SECRET: rebuildSecret }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: SiteServer = {
    origin,
    rebuildSecret,
    log: () => output.join(''),
    async prerender() {
      const response = await fetch(`${origin}/_rebuild?wait=1`, {
        method: 'POST',
        headers: { 'X-Site-Rebuild-Secret': rebuildSecret },
        signal: AbortSignal.timeout(120_000),
      });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`POST /_rebuild?wait=1 answered ${response.status}: ${text}`);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The site server exited (${child.exitCode}):\n${server.log()}`);
    try {
      await (await fetch(`${origin}/robots.txt`)).arrayBuffer();
      return server;
    } catch {
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`The site server did not answer on ${origin} within 15 s:\n${server.log()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Where the built site believes it lives (SITE_URL): canonical URLs and JSON-LD use it. It is
 * not where a test serves the build, so one build serves every file, each on a port of its own.
 */
export const SITE_URL = 'https://ruizhe-wang.test';

const BUILD_PREFIX = 'homepage-site-';
// A run's build is left behind for the other files of the run; a later run removes it once it is
// older than any one file's use of it (a run that still needs a removed build builds it again).
const STALE_BUILD_MS = 60 * 60_000;
export const BUILD_WAIT_MS = 4 * 60_000;

function removeStaleBuilds(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(BUILD_PREFIX)) continue;
    const full = path.join(tmpdir(), entry);
    const stats = statSync(full, { throwIfNoEntry: false });
    if (stats && Date.now() - stats.mtimeMs > STALE_BUILD_MS) rmSync(full, { recursive: true, force: true });
  }
}

/**
 * The site built against this run's CMS, built by whichever file asks first. A run is known by its
 * CMS URL and admin token, so a later run on a reused port never gets yesterday's build.
 */
export async function sharedSiteBuild(): Promise<string> {
  const cmsUrl = inject('cmsUrl');
  const runKey = createHash('sha256').update(`${cmsUrl}\n${inject('adminToken')}`).digest('hex').slice(0, 16);
  const outDir = path.join(tmpdir(), `${BUILD_PREFIX}${runKey}`);
  const built = `${outDir}.built`;
  const lock = `${outDir}.lock`;
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(built)) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error(`Waited ${BUILD_WAIT_MS / 1000} s for another file's site build (lock ${lock})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!existsSync(built)) {
        removeStaleBuilds();
        await buildSite({ cmsUrl, siteUrl: SITE_URL, outDir });
        writeFileSync(built, cmsUrl);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return outDir;
}

/**
 * Registers hooks that build (once per run) and serve the site for one test file; read the
 * returned server inside tests and hooks.
 */
export function useServedSite(): { readonly server: SiteServer } {
  let server: SiteServer | undefined;
  beforeAll(async () => {
    server = await startSiteServer(await sharedSiteBuild());
  }, BUILD_WAIT_MS + 30_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('The site is served from beforeAll; read it inside hooks and tests');
      return server;
    },
  };
}
