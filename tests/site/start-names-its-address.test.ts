/**
 * `pnpm start` as crawlers and feed readers meet it: the site built the way quickstart builds it
 * (before any CMS answers, no SITE_URL given), then scripts/run-site.mjs starting the built CMS on
 * a fresh database and the site's server, which prerenders once the CMS is up. Every address the
 * pages, sitemap.xml, robots.txt and the CMS's sitemap and feeds name must be the one the site
 * listens on. Slow (a build, a CMS boot and a prerender): everything is checked on one run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACE_DIR } from '../support/builds';
import { OWNER, freePort, removeDir, tempDir } from '../support/cms-process';
import { randomCmsSecrets } from '../support/secrets';
import { serverDirOf } from '../support/spa';

const ORPHAN_GUARD = fileURLToPath(new URL('../support/orphan-guard.mjs', import.meta.url));
const READY_MS = 4 * 60_000;

let workDir = '';
let site = '';
let cms = '';
let runner: ChildProcess | undefined;
const output: string[] = [];

/** The environment of a shell that never set SITE_URL: only what the run chooses (ports, folders). */
function startEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ...extra };
  delete env.SITE_URL;
  delete env.VITE_SITE_URL;
  delete env.NODE_ENV; // vitest sets "test"; quickstart runs with the user's shell
  return env;
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(command, args, { cwd: WORKSPACE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`"${command} ${args.join(' ')}" failed (exit ${code}):\n${log.join('')}`);
}

async function text(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return body;
}

/** Until the site serves what its server prerendered from the CMS (sitemap.xml exists only then). */
async function waitForPrerender(): Promise<void> {
  const deadline = Date.now() + READY_MS;
  for (;;) {
    if (runner?.exitCode !== null) throw new Error(`scripts/run-site.mjs exited (${runner?.exitCode}):\n${output.join('')}`);
    try {
      const response = await fetch(`${site}/sitemap.xml`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${site}/sitemap.xml was not served within ${READY_MS / 1000} s:\n${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

beforeAll(async () => {
  const [cmsPort, sitePort] = [await freePort(), await freePort()];
  workDir = tempDir('start');
  const outDir = path.join(workDir, 'site');
  // Where run-site.mjs says the site is; 127.0.0.1 only, so nothing else on the machine reaches it.
  site = `http://localhost:${sitePort}`;
  cms = `http://127.0.0.1:${cmsPort}`;
  const chosen = {
    PORT: String(cmsPort),
    HOST: '127.0.0.1',
    SITE_PORT: String(sitePort),
    SITE_HOST: '127.0.0.1',
    // The CMS's address is baked into the build; a port other than 1337 needs it said (README).
    VITE_CMS_URL: cms,
    SITE_OUT_DIR: outDir,
    SITE_SERVER_DIR: serverDirOf(outDir),
  };
  // What quickstart's build step does for the site (`pnpm build` runs before any CMS is up).
  await run('pnpm', ['--filter', 'web', 'build'], startEnv(chosen));
  // Under `sh -c`, as npm runs a package script.
  runner = spawn(process.execPath, [ORPHAN_GUARD, String(process.pid), 'sh', '-c', `'${process.execPath}' scripts/run-site.mjs start`], {
    cwd: WORKSPACE_DIR,
    detached: true, // its own process group, which afterAll signals if a test failed before the last one
    stdio: ['ignore', 'pipe', 'pipe'],
    env: startEnv({
      ...chosen,
      DATABASE_FILENAME: path.join(workDir, 'data.db'),
      ADMIN_EMAIL: OWNER.email,
      ADMIN_PASSWORD: OWNER.password,
      ...randomCmsSecrets(),
    }),
  });
  runner.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  runner.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  await waitForPrerender();
}, READY_MS + 4 * 60_000);

afterAll(async () => {
  // Normally the last test has stopped the runner already; a failed run may have left its group.
  if (runner?.pid !== undefined && runner.exitCode === null) {
    const exited = new Promise((resolve) => runner?.once('exit', resolve));
    process.kill(-runner.pid, 'SIGTERM');
    const timer = setTimeout(() => runner?.pid !== undefined && process.kill(-runner.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    // The runner is gone; a rebuild it started may not be. End the whole group before removing its folder.
    try {
      process.kill(-runner.pid, 'SIGKILL');
    } catch {
      // the group is already empty
    }
  }
  if (workDir) removeDir(workDir);
});

const window = new Window();
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

describe('pnpm start', () => {
  describe('the prerendered home page', () => {
    it('names the address the site listens on in its canonical URL, Open Graph and JSON-LD', async () => {
      const html = await text(`${site}/`);
      const doc = parse(html);
      const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}/`);
      expect(meta('og:url')).toBe(`${site}/`);
      // The default social card is the site's; an avatar would be the CMS's media.
      expect(meta('og:image')).toMatch(new RegExp(`^(${site}|${cms})/`));
      const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
        const data = JSON.parse(script.textContent ?? 'null') as Record<string, unknown> | Record<string, unknown>[];
        return Array.isArray(data) ? data : [data];
      });
      expect(jsonLd.find((entry) => entry['@type'] === 'Person')).toMatchObject({ url: `${site}/` });
      // Neither default port, unless the site really listens there.
      for (const port of ['5173', '4173'].filter((port) => !site.endsWith(`:${port}`))) expect(html).not.toContain(`localhost:${port}`);
    });
  });

  describe('sitemap.xml and robots.txt', () => {
    it('list only pages at that address and point to that sitemap', async () => {
      const listed = locs(await text(`${site}/sitemap.xml`));
      expect(listed).toContain(`${site}/`);
      expect(listed.filter((loc) => !loc.startsWith(`${site}/`))).toEqual([]);
      expect(await text(`${site}/robots.txt`)).toContain(`Sitemap: ${site}/sitemap.xml\n`);
    });
  });

  describe("the CMS's sitemap and feeds", () => {
    it('link to the same address', async () => {
      const listed = locs(await text(`${cms}/api/sitemap.xml`));
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((loc) => !loc.startsWith(`${site}/`))).toEqual([]);

      const rss = await text(`${cms}/api/feeds/posts.rss`);
      const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1] ?? '');
      expect(links.length).toBeGreaterThan(1);
      expect(links.filter((link) => !link.startsWith(`${site}/`))).toEqual([]);

      const feed = JSON.parse(await text(`${cms}/api/feeds/posts.json`)) as { home_page_url: string; items: { url: string }[] };
      expect(feed.home_page_url.startsWith(`${site}/`) || feed.home_page_url === site).toBe(true);
      expect(feed.items.map((item) => item.url).filter((url) => !url.startsWith(`${site}/`))).toEqual([]);
    });
  });
});

/**
 * True while something accepts TCP connections at the URL's port. A bare connection, no request:
 * a server orphaned by its runner dies on the first line it logs to the closed pipe, so asking it
 * anything would hide that it outlived the runner.
 */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname === 'localhost' ? '127.0.0.1' : hostname, port: Number(port) });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// Last, as it ends the run: how a service manager or `kill <pid of npm>` stops `npm start`. npm
// passes SIGTERM to the shell it runs the script in, the shell dies of it and passes nothing on.
describe('stopping pnpm start', () => {
  it("stops the CMS and the site when npm's shell dies of SIGTERM, leaving neither port open", async () => {
    if (!runner || runner.exitCode !== null) throw new Error(`the runner is not running:\n${output.join('')}`);
    const exited = new Promise<number | null>((resolve) => runner?.once('exit', (code) => resolve(code)));
    // To the orphan guard alone, which passes it on to the shell alone: not to the process group.
    runner.kill('SIGTERM');
    await exited;
    await expect.poll(() => listening(site), { timeout: 20_000, interval: 250 }).toBe(false);
    await expect.poll(() => listening(cms), { timeout: 20_000, interval: 250 }).toBe(false);
  }, 60_000);
});
