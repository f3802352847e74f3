/**
 * A CMS and a built site of their own, joined by the rebuild webhook as `npm start` joins them
 * (cms/src/site-rebuild → web/server/serve.ts's /_rebuild): for the suites that test what a
 * publish does to the served site. Each suite gets its own pair, so no other file's content or
 * rebuilds interfere with what it waits for.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { adminLogin, createAdminApi, type AdminApi } from './admin-api';
import { OWNER, freePort, removeDir, startCms, tempDir, type CmsProcess } from './cms-process';
import { SITE_URL, buildSite, serverDirOf, startSiteServer, type SiteServer } from './spa';

/** How long a publish may take to reach the served pages before a suite calls it stale. */
export const FRESH_WITHIN_MS = 60_000;

export interface SiteWithCms {
  cms: CmsProcess;
  site: SiteServer;
  /** The owner, logged in to the admin API. */
  admin: AdminApi;
  adminToken: string;
  /** Polls the served page until `done` holds for it; returns how long that took, or throws with the site's log. */
  servedWithin(pathname: string, done: (status: number, html: string) => boolean): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Boots the CMS, runs `beforeBuild` (content the first build must already show), builds the site
 * from it and serves the build on the port the CMS's webhook calls.
 */
export async function startSiteWithCms(name: string, beforeBuild?: (admin: AdminApi) => Promise<void>): Promise<SiteWithCms> {
  const sitePort = await freePort();
  const secret = randomBytes(16).toString('hex');
  const cms = await startCms({ env: { SITE_REBUILD_WEBHOOK_URL: `http://127.0.0.1:${sitePort}/_rebuild`, SITE_REBUILD_SECRET: secret } });
  const buildDir = tempDir(name);
  const outDir = path.join(buildDir, 'site');
  let site: SiteServer | undefined;
  const stop = async () => {
    await site?.stop();
    await cms.stop();
    removeDir(buildDir);
    removeDir(serverDirOf(outDir));
  };
  try {
    const adminToken = await adminLogin(cms.url, OWNER);
    const admin = createAdminApi(cms.url, adminToken);
    await beforeBuild?.(admin);
    await buildSite({ cmsUrl: cms.url, siteUrl: SITE_URL, outDir });
    const served = await startSiteServer(outDir, { port: sitePort, rebuildSecret: secret });
    site = served;
    const servedWithin = async (pathname: string, done: (status: number, html: string) => boolean) => {
      const started = Date.now();
      let last = '';
      while (Date.now() - started < FRESH_WITHIN_MS) {
        const response = await fetch(`${served.origin}${pathname}`);
        const html = await response.text();
        if (done(response.status, html)) return Date.now() - started;
        last = `${response.status}: ${html.slice(0, 200)}`;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`${pathname} was not fresh within ${FRESH_WITHIN_MS / 1000} s; last answer ${last}\n${served.log()}`);
    };
    return { cms, site: served, admin, adminToken, servedWithin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
