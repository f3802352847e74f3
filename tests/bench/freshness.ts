/**
 * Time from publishing an edit to the edited page being served by the site's own server, when the
 * site renders every page again (what each save cost before the rebuild notification said what
 * changed) and when it renders only the pages that show the change (web/server/render-plan.ts).
 * Measured on the owner's seed site and on the populated one (200 publications and 300 posts more), with one site
 * build for both (the CMS runs on the same port each time).
 *
 * The rebuild is requested by this harness right after the publish returns (POST /_rebuild?wait=1,
 * with the change or without), instead of by the CMS's webhook, so both scopes are timed the same
 * way; the webhook's 1 s debounce comes on top of both figures in production.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../support/cms-process';
import { SITE_URL, buildSite, serverDirOf, startSiteServer, type SiteServer } from '../support/site-process';
import { adminClient } from './admin';
import { BENCH_ADMIN, startCms, type CmsSecrets } from './cms';

const POST = 'api::blog-post.blog-post';
/** A bound on one rebuild, so a stuck render fails the run instead of hanging it. */
const REBUILD_LIMIT_MS = 20 * 60_000;

export interface FreshnessFigures {
  /** Pages the site has (both languages). */
  pages: number;
  /** Publish returned → the edited post page served, every page rendered again. */
  everyPageMs: number;
  /** The same, only the pages that show the post rendered again. */
  changedPagesMs: number;
  /** Pages the second run rendered. */
  changedPagesRendered: number;
}

export interface FreshnessSite {
  label: string;
  databaseFile: string;
}

interface RebuildAnswer {
  pages?: number;
  rendered?: number;
}

/**
 * node:http, not fetch: a full render of the populated site can take minutes before its answer's
 * headers, past the 300 s that fetch (undici) waits for them.
 */
function rebuild(site: SiteServer, body: unknown): Promise<RebuildAnswer> {
  const payload = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${site.origin}/_rebuild?wait=1`,
      {
        method: 'POST',
        headers: { 'X-Site-Rebuild-Secret': site.rebuildSecret, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) return reject(new Error(`POST /_rebuild?wait=1 answered ${response.statusCode}: ${text.slice(0, 300)}`));
          try {
            resolve(JSON.parse(text) as RebuildAnswer);
          } catch {
            reject(new Error(`POST /_rebuild?wait=1 answered 200 with a body that is not JSON: ${text.slice(0, 300)}`));
          }
        });
      },
    );
    request.setTimeout(REBUILD_LIMIT_MS, () => request.destroy(new Error(`POST /_rebuild?wait=1 took more than ${REBUILD_LIMIT_MS / 60_000} minutes`)));
    request.on('error', reject);
    request.end(payload);
  });
}

async function served(site: SiteServer, pathname: string, title: string): Promise<void> {
  const html = await (await fetch(`${site.origin}${pathname}`)).text();
  if (!html.includes(title)) throw new Error(`${pathname} did not show "${title}" after the rebuild`);
}

export async function measureFreshness(sites: FreshnessSite[], secrets: CmsSecrets, log: (line: string) => void): Promise<Record<string, FreshnessFigures>> {
  const cmsPort = await freePort();
  const workDir = mkdtempSync(path.join(tmpdir(), 'bench-freshness-'));
  const outDir = path.join(workDir, 'site');
  const results: Record<string, FreshnessFigures> = {};
  try {
    let built = false;
    for (const { label, databaseFile } of sites) {
      const cms = await startCms({ databaseFile, secrets, port: cmsPort, bootTimeoutMs: 300_000 });
      let site: SiteServer | undefined;
      try {
        if (!built) {
          log('freshness: building the site for the CMS on a fixed port');
          await buildSite({ cmsUrl: cms.url, siteUrl: SITE_URL, outDir });
          built = true;
        }
        site = await startSiteServer(outDir, { rebuildSecret: randomBytes(16).toString('hex') });
        // This site's pages from scratch, so both timed runs start from a record of them.
        const first = await rebuild(site, undefined);
        const admin = await adminClient(cms.url, BENCH_ADMIN);
        const list = (await (await fetch(`${cms.url}/api/blog-posts?pagination[pageSize]=1&sort=date:desc`)).json()) as { data: { documentId: string; slug: string }[] };
        const post = list.data[0];
        if (!post) throw new Error(`${label}: no published post to edit`);

        const timedEdit = async (title: string, body: unknown): Promise<{ ms: number; answer: RebuildAnswer }> => {
          await admin.update(POST, post.documentId, { title });
          await admin.publish(POST, post.documentId);
          const started = performance.now();
          const answer = await rebuild(site as SiteServer, body);
          await served(site as SiteServer, `/blog/${post.slug}`, title);
          return { ms: performance.now() - started, answer };
        };
        const everything = await timedEdit(`Freshness every page ${Date.now()}`, undefined);
        const change = { type: 'blog-post', documentId: post.documentId, locale: 'en', action: 'publish' };
        const changed = await timedEdit(`Freshness changed pages ${Date.now()}`, { changes: [change] });
        results[label] = {
          pages: first.pages ?? 0,
          everyPageMs: everything.ms,
          changedPagesMs: changed.ms,
          changedPagesRendered: changed.answer.rendered ?? 0,
        };
        log(`freshness (${label}): ${first.pages} pages; every page ${everything.ms.toFixed(0)} ms, changed pages (${changed.answer.rendered}) ${changed.ms.toFixed(0)} ms`);
      } finally {
        await site?.stop();
        await cms.stop();
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    rmSync(serverDirOf(outDir), { recursive: true, force: true });
  }
  return results;
}
