/**
 * The built site as processes: `pnpm --filter web build` into a folder (client, prerenderer and
 * every page prerendered from a CMS), and the site's own static server (web/server/serve.ts)
 * serving it. No test-runner imports, so the benchmark uses it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
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

