/**
 * Runs deploy/nginx.conf for real, as a child process on a free local port: the Docker service
 * name becomes the given CMS port and the site root a folder of the test's. Everything nginx
 * writes (pid, error log, temp files) stays in that test's folder, so it runs unprivileged or as
 * root (its workers then drop to nobody: the folder must be world-readable).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './cms-process';

export const DEPLOY_DIR = fileURLToPath(new URL('../../deploy', import.meta.url));

/** The nginx binary of this machine, if there is one (tests that need it skip without). */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));

export interface RunningNginx {
  /** e.g. "http://127.0.0.1:41234" */
  url: string;
  stop(): Promise<void>;
}

/** deploy/nginx.conf made runnable here: the Docker service name and port 80 become local ones. */
function localNginxConfig(dir: string, port: number, cmsPort: number, edit: (site: string) => string): string {
  const site = edit(readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8'))
    .replace('cms-upstream:1337', `127.0.0.1:${cmsPort}`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /usr/share/nginx/html;', `root ${path.join(dir, 'html')};`);
  writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  const main = [
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')};`,
    'events {}',
    `http { include /etc/nginx/mime.types; access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')} include ${path.join(dir, 'site.conf')}; }`,
  ].join('\n');
  writeFileSync(path.join(dir, 'nginx.conf'), main);
  return path.join(dir, 'nginx.conf');
}

/**
 * Checks the config with `nginx -t`, starts nginx in front of 127.0.0.1:`cmsPort` with `dir`/html
 * as the site root, and resolves once it answers. `edit` changes deploy/nginx.conf first, as an
 * operator would (e.g. uncommenting the settings for a TLS proxy in front).
 */
export async function startNginx(dir: string, cmsPort: number, edit: (site: string) => string = (site) => site): Promise<RunningNginx> {
  if (!NGINX) throw new Error('nginx is not installed (looked for /usr/sbin/nginx and /usr/bin/nginx)');
  // nginx's workers drop root: they must be able to read the site.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'html'), { recursive: true });
  const port = await freePort();
  const config = localNginxConfig(dir, port, cmsPort, edit);
  const errorLog = path.join(dir, 'error.log');
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-e', errorLog, '-c', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t rejected deploy/nginx.conf:\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-e', errorLog, '-c', config, '-g', 'daemon off;'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then(() => true, () => false)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`nginx did not answer on ${url}: ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : 'no error log'}`);
}
