// Runs the CMS and the SPA side by side with prefixed output and prints both URLs once they answer.
// A child that exits on its own is started again after a short pause (scripts/supervise.mjs), so a
// crash of one never stops the other; one that keeps crashing (more than 5 exits in a minute)
// stops both on purpose, with a message. Ctrl-C, SIGTERM or SIGHUP stops both, as does the death of
// the process that started this one (npm's shell). Each child runs in a process group of its own
// (process-group.mjs), signalled as a whole and waited for until its last process has exited, so
// no server keeps its port after the runner has gone.
//   start: production (built admin, CMS on :1337, the prerendered site on :4173 by
//          web/server/serve.ts, which prerenders again whenever the CMS reports a content write)
//   dev:   hot reload (strapi develop on :1337, Vite on :5173)
// PORT moves the CMS and SITE_PORT the site of `start`; SITE_URL (default: the local address the
// site listens on) is handed to both, so the CMS's links and the site's pages name one address.
// The build that `pnpm start` runs first derives the same address from the same settings.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
// A relative import: the root package does not depend on shared/, whose build runs first.
import { SITE_PORTS, publicSiteUrl } from '../shared/dist/esm/site-url.js';
import { onParentGone } from './on-parent-gone.mjs';
import { spawnGroup } from './process-group.mjs';
import { supervise } from './supervise.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const cmsPort = Number(process.env.PORT || 1337);
// Vite's port is fixed in web/package.json (`vite --port 5173 --strictPort`).
const webPort = mode === 'dev' ? SITE_PORTS.dev : Number(process.env.SITE_PORT || SITE_PORTS.start);
const cmsUrl = process.env.VITE_CMS_URL || `http://localhost:${cmsPort}`;
const siteUrl = publicSiteUrl({ ...process.env, SITE_PORT: String(webPort) }, mode);

// The CMS calls the site's rebuild webhook after each content write, with a secret of this run.
const rebuildSecret = process.env.SITE_REBUILD_SECRET ?? randomBytes(24).toString('base64url');

const env = {
  ...process.env,
  NODE_ENV: mode === 'dev' ? 'development' : 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SITE_URL: siteUrl,
  VITE_CMS_URL: cmsUrl,
  // A CMS address given for the site is the CMS's own public address too (feeds' self links,
  // uploads linked from posts). Not set otherwise: a PUBLIC_URL of localhost would send an admin
  // opened from another machine to its own localhost.
  ...(process.env.VITE_CMS_URL && !process.env.PUBLIC_URL ? { PUBLIC_URL: process.env.VITE_CMS_URL } : {}),
  ...(mode === 'start'
    ? {
        SITE_REBUILD_SECRET: rebuildSecret,
        SITE_REBUILD_WEBHOOK_URL: process.env.SITE_REBUILD_WEBHOOK_URL ?? `http://127.0.0.1:${webPort}/_rebuild`,
      }
    : {}),
};

const commands = {
  cms: ['--filter', 'cms', mode === 'dev' ? 'dev' : 'start'],
  // start: pages prerendered at build time are refreshed once the CMS answers (it may have been
  // down during the build, or content changed since).
  web: mode === 'dev' ? ['--filter', 'web', 'dev'] : ['--filter', 'web', 'serve', '--port', String(webPort), '--prerender-on-start'],
};

const supervisor = supervise({
  names: Object.keys(commands),
  spawn: (name) => start(name, commands[name]),
  exit: (code) => process.exit(code),
});

function start(name, args) {
  const group = spawnGroup('pnpm', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const child = group.process;
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout?.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.on('error', (error) => console.error(`[${name}] could not run "pnpm ${args.join(' ')}": ${error.message}`));
  return group;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => supervisor.stop(0));
onParentGone(() => supervisor.stop(0));
// npm's pipe may close before the servers have stopped (npm exits with its shell): a server's last
// log line written to it must not end this process while it still has servers to stop and wait for.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

async function waitFor(url) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

if ((await waitFor(`${cmsUrl}/_health`)) && (await waitFor(`http://localhost:${webPort}/`))) {
  console.log(
    `\n  Site ready (${mode}):\n` +
      `    Site      http://localhost:${webPort}\n` +
      `    CMS API   ${cmsUrl}/api/profile\n` +
      `    Admin UI  ${cmsUrl}/admin\n`,
  );
}
