/**
 * The built site as production serves it: `pnpm --filter web build` (client, prerenderer, and
 * every page prerendered from the run's CMS) into a temp folder, served by the site's own static
 * server (web/server/serve.ts) with its headers, 404 handling and rebuild webhook.
 * The CMS URL is baked in at build time (VITE_CMS_URL), so each run builds its own copy.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { SITE_URL, buildSite, startSiteServer, type SiteServer } from './site-process';

export { SITE_URL, buildSite, serverDirOf, startSiteServer, type SiteBuild, type SiteServer } from './site-process';

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
