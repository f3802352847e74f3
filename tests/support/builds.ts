/**
 * The integration tests run the *built* CMS. A build older than its sources would test yesterday's
 * code, so the run rebuilds what is stale first (about a minute for the CMS, seconds for shared/).
 * Set TESTS_SKIP_BUILD=1 to run against whatever is built.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE_DIR = fileURLToPath(new URL('../..', import.meta.url));

interface BuildTarget {
  filter: string;
  sources: string[];
  /** A file every build rewrites. */
  output: string;
}

const TARGETS: BuildTarget[] = [
  { filter: '@homepage/shared', sources: ['shared/src', 'shared/package.json'], output: 'shared/dist/esm/index.js' },
  // After shared/: the CMS compiles against shared/dist (and loads it at runtime).
  { filter: 'cms', sources: ['cms/src', 'cms/config', 'cms/scripts/import-bib.ts', 'cms/package.json', 'cms/tsconfig.json'], output: 'cms/dist/src/index.js' },
];

// Several runs on one checkout (two terminals, parallel CI steps) must not build into dist/ at once.
const LOCK_DIR = path.join(tmpdir(), `homepage-build-${Buffer.from(WORKSPACE_DIR).toString('hex').slice(-16)}.lock`);
const LOCK_WAIT_MS = 5 * 60_000;

/** Unit tests sit next to the code (`x.test.ts`) but are never built: editing one is no reason to rebuild. */
const isUnitTest = (name: string) => /\.test(-support)?\.ts$/.test(name);

function newestMtime(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (!isUnitTest(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** The targets whose output is missing or older than one of their sources, in build order. */
export function staleBuilds(): BuildTarget[] {
  return TARGETS.filter(({ sources, output }) => {
    const built = path.join(WORKSPACE_DIR, output);
    if (!existsSync(built)) return true;
    const builtAt = statSync(built).mtimeMs;
    return sources.some((source) => newestMtime(path.join(WORKSPACE_DIR, source)) > builtAt);
  });
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      // A lock older than the longest build is left over from a killed run.
      const held = statSync(LOCK_DIR, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > LOCK_WAIT_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Another test run has been building for 5 minutes (lock ${LOCK_DIR})`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

async function build(target: BuildTarget): Promise<void> {
  const child = spawn('pnpm', ['--filter', target.filter, 'build'], {
    cwd: WORKSPACE_DIR,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`"pnpm --filter ${target.filter} build" failed (exit ${code}):\n${output.join('')}`);
}

export async function ensureFreshBuilds(log: (line: string) => void): Promise<void> {
  if (process.env.TESTS_SKIP_BUILD === '1' || staleBuilds().length === 0) return;
  await withBuildLock(async () => {
    // Checked again under the lock: another run may have just built.
    for (const target of staleBuilds()) {
      log(`tests: ${target.output} is older than its sources; running "pnpm --filter ${target.filter} build"`);
      const started = Date.now();
      await build(target);
      log(`tests: built ${target.filter} in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  });
}
