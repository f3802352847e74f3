// The README's two commands (`npm start`, `npm test`) land here, as do `pnpm start|dev|test|bench`.
// On a fresh machine with only Node 20 and npm it fetches the pinned pnpm, installs the frozen
// lockfile (compiling native modules against the local Node headers when there is no internet),
// then hands over to the real work. Re-running is cheap: an up-to-date install takes seconds.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onParentGone } from './on-parent-gone.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '12.4.2';
// A step is a pnpm script, or `node` and a script run by this Node directly, so the site runner is
// this process's child: a stop (a signal passed on, or npm's shell gone) reaches it, and it stops
// the CMS and the site (run-site.mjs).
const phases = {
  start: [['build'], ['node', 'scripts/run-site.mjs', 'start']],
  dev: [['build:shared'], ['node', 'scripts/run-site.mjs', 'dev']],
  test: [['typecheck'], ['lint'], ['build'], ['--filter', 'tests', 'test']],
  bench: [['build'], ['--filter', 'tests', 'bench']],
};

const phase = process.argv[2];
if (!(phase in phases)) {
  console.error(`quickstart: unknown phase "${phase}", expected one of ${Object.keys(phases).join(', ')}`);
  process.exit(2);
}

const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
/** The step running now, which a signal to this process is passed on to. */
let current = null;
/** Set once this process was asked to stop: a step that ends then has not failed. */
let stopping = false;
/** @param {NodeJS.Signals} signal */
function passOn(signal) {
  stopping = true;
  if (current) current.kill(signal);
  else process.exit(130);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => passOn(signal));
// npm passes SIGTERM to the shell it runs this in, and the shell does not pass it on.
onParentGone(() => passOn('SIGTERM'));
const pnpm = await findPnpm();
// node-gyp downloads Node's headers unless told where they are; Debian ships them in /usr/include/node.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

await run([...pnpm, 'install', '--frozen-lockfile', '--reporter=append-only']);
if (phase === 'test' || phase === 'bench') await ensureChromium();
for (const args of phases[phase]) await run(args[0] === 'node' ? [process.execPath, ...args.slice(1)] : [...pnpm, 'run', ...args]);

// Uses the pinned pnpm if it is on PATH; otherwise installs it into .cache/pnpm (no root needed)
// and puts it first on PATH, so scripts that call `pnpm` inside find the same version.
async function findPnpm() {
  const pnpmVersion = () => {
    try {
      return execFileSync('pnpm', ['--version'], { encoding: 'utf8', env }).trim();
    } catch {
      return undefined;
    }
  };
  if (pnpmVersion() === PNPM_VERSION) return ['pnpm'];
  const prefix = join(root, '.cache', 'pnpm');
  env.PATH = `${join(prefix, 'node_modules', '.bin')}${delimiter}${env.PATH}`;
  if (pnpmVersion() !== PNPM_VERSION) {
    console.log(`quickstart: installing pnpm ${PNPM_VERSION} into ${prefix}`);
    await run(['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `pnpm@${PNPM_VERSION}`]);
  }
  return ['pnpm'];
}

/** Runs one step to its end; a failed step ends quickstart with its status. */
async function run(command) {
  const child = spawn(command[0], command.slice(1), { cwd: root, env, stdio: 'inherit' });
  current = child;
  const [code, signal] = await new Promise((resolve) => {
    child.once('error', (error) => resolve([null, error.message]));
    child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  current = null;
  // Stopped on request (Ctrl-C, SIGTERM): the conventional status of an interrupted command, no failure message.
  if (stopping) process.exit(code === 0 ? 0 : 130);
  if (code !== 0) {
    console.error(`quickstart: "${command.join(' ')}" failed (exit ${code ?? signal})`);
    process.exit(code || 1);
  }
}

// Browser tests drive Debian's Chromium (no browser download is possible here).
async function ensureChromium() {
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    await run(['apt-get', 'install', '-y', '-q', 'chromium']);
    return;
  }
  console.error(`quickstart: browser tests need Chromium at ${chromium}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}
