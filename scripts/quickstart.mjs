// The README's two commands (`npm start`, `npm test`) land here, as do `pnpm start|dev|test|bench`.
// On a fresh machine with only Node 20 and npm it fetches the pinned pnpm, installs the frozen
// lockfile (compiling native modules against the local Node headers when there is no internet),
// then hands over to the real work. Re-running is cheap: an up-to-date install takes seconds.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '12.4.2';
const phases = {
  start: [['build'], ['exec', 'node', 'scripts/run-site.mjs', 'start']],
  dev: [['build:shared'], ['exec', 'node', 'scripts/run-site.mjs', 'dev']],
  test: [['typecheck'], ['lint'], ['build'], ['--filter', 'tests', 'test']],
  bench: [['build'], ['--filter', 'tests', 'bench']],
};

const phase = process.argv[2];
if (!(phase in phases)) {
  console.error(`quickstart: unknown phase "${phase}", expected one of ${Object.keys(phases).join(', ')}`);
  process.exit(2);
}

const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
const pnpm = findPnpm();
// node-gyp downloads Node's headers unless told where they are; Debian ships them in /usr/include/node.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

run([...pnpm, 'install', '--frozen-lockfile', '--reporter=append-only']);
if (phase === 'test' || phase === 'bench') ensureChromium();
for (const args of phases[phase]) run([...pnpm, ...(args[0] === 'exec' ? args : ['run', ...args])]);

// Uses the pinned pnpm if it is on PATH; otherwise installs it into .cache/pnpm (no root needed)
// and puts it first on PATH, so scripts that call `pnpm` inside find the same version.
function findPnpm() {
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
    run(['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `pnpm@${PNPM_VERSION}`]);
  }
  return ['pnpm'];
}

function run(command) {
  const result = spawnSync(command[0], command.slice(1), { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`quickstart: "${command.join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

// Browser tests drive Debian's Chromium (no browser download is possible here).
function ensureChromium() {
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    run(['apt-get', 'install', '-y', '-q', 'chromium']);
    return;
  }
  console.error(`quickstart: browser tests need Chromium at ${chromium}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}
