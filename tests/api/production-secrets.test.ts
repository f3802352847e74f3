/**
 * cms/src/utils/required-env.ts: in production the CMS refuses to boot when a secret is missing,
 * empty or a published sample value, and says which one; cms/scripts/ensure-env.mjs generates
 * secrets for development only, so it cannot hide a missing one in production.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CMS_DIR, freePort, productionCmsEnv, removeDir, tempDir } from '../support/cms-process';
import { CMS_SECRET_NAMES as SECRETS, randomCmsSecrets as goodSecrets, randomSecret as secret, type CmsSecretName as Secret } from '../support/secrets';


const dir = tempDir('secrets');
afterAll(() => removeDir(dir));


/** Strapi's scaffolded .env.example values. */
const sampleOf = (name: Secret) => (name === 'APP_KEYS' ? 'toBeModified1,toBeModified2' : 'tobemodified');

interface Outcome {
  /** The exit code, or 'booted' when the CMS answered /_health instead of exiting. */
  result: number | 'booted';
  output: string;
}

/**
 * Runs the built CMS in production with the given secrets, without cms/.env (ENV_PATH points
 * nowhere), until it exits or answers.
 */
async function bootWith(secrets: Partial<Record<Secret, string>>): Promise<Outcome> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(path.join(CMS_DIR, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: CMS_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...productionCmsEnv(port, path.join(dir, `${port}.db`)),
      ENV_PATH: path.join(dir, 'no-such.env'),
      SEED_ON_BOOT: 'false',
      ...secrets,
    },
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  const booted = (async () => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      try {
        await fetch(`http://127.0.0.1:${port}/_health`, { signal: AbortSignal.timeout(1000) });
        return 'booted' as const;
      } catch {
        if (child.exitCode !== null) return child.exitCode;
      }
    }
  })();
  const result = await Promise.race([exited, booted]);
  if (child.exitCode === null && child.pid !== undefined) {
    process.kill(-child.pid, 'SIGKILL');
    await exited;
  }
  return { result, output: output.join('') };
}

describe('production secrets (required-env.ts)', () => {
  it.each(SECRETS)('refuses to boot when %s is missing, empty or a sample value, and names it', async (name) => {
    const variants: [string, Partial<Record<Secret, string>>][] = [
      ['missing', (({ [name]: _dropped, ...rest }) => rest)(goodSecrets())],
      ['empty', { ...goodSecrets(), [name]: '' }],
      ['sample', { ...goodSecrets(), [name]: sampleOf(name) }],
    ];
    const outcomes = await Promise.all(variants.map(async ([variant, secrets]) => [variant, await bootWith(secrets)] as const));
    for (const [variant, { result, output }] of outcomes) {
      expect(result, `${name} ${variant}: ${output.slice(-800)}`).not.toBe('booted');
      expect(result, `${name} ${variant}`).not.toBe(0);
      expect(output, `${name} ${variant}`).toMatch(new RegExp(`\\b${name}\\b`));
    }
    // The sample key is refused even next to a good one.
    if (name === 'APP_KEYS') {
      const mixed = await bootWith({ ...goodSecrets(), APP_KEYS: `${secret()},toBeModified2` });
      expect(mixed.result).not.toBe('booted');
      expect(mixed.output).toMatch(/APP_KEYS is the sample value "toBeModified2"/);
    }
  }, 120_000);
});

describe('ensure-env.mjs', () => {
  const run = (nodeEnv: string, envFile: string) =>
    spawnSync(process.execPath, [path.join(CMS_DIR, 'scripts', 'ensure-env.mjs')], {
      cwd: CMS_DIR,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NODE_ENV: nodeEnv, ENV_PATH: envFile },
    });

  it('generates every missing secret into the env file in development', () => {
    const envFile = path.join(dir, 'development.env');
    expect(run('development', envFile).status).toBe(0);
    const written = readFileSync(envFile, 'utf8');
    for (const name of SECRETS) expect(written).toMatch(new RegExp(`^${name}=\\S{16,}`, 'm'));
  });

  it('generates nothing in production, so the CMS cannot boot on secrets nobody set', () => {
    const envFile = path.join(dir, 'production.env');
    const result = run('production', envFile);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('not generating');
    expect(existsSync(envFile)).toBe(false);
  });
});
