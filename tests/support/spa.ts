/**
 * The built SPA, served the way a static host serves it. The CMS URL is baked in at build time
 * (VITE_CMS_URL), so each run builds its own copy pointing at the run's CMS.
 */
import { spawn } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { WORKSPACE_DIR } from './builds';

export interface SpaBuild {
  cmsUrl: string;
  siteUrl: string;
  outDir: string;
}

/** `vite build` of web/ into outDir; rejects with the build's output when it fails. */
export async function buildSpa({ cmsUrl, siteUrl, outDir }: SpaBuild): Promise<void> {
  const child = spawn('pnpm', ['--filter', 'web', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: WORKSPACE_DIR,
    env: { ...process.env, VITE_CMS_URL: cmsUrl, VITE_SITE_URL: siteUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`vite build of web/ failed (exit ${code}):\n${output.join('')}`);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * Serves `root` on 127.0.0.1:port; paths that are not files get index.html (history-mode routes),
 * except paths with an extension, which get a 404 as a static host would.
 */
export async function serveSpa(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://spa').pathname);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) file = path.join(root, 'index.html');
    const isFile = (candidate: string) => {
      try {
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    };
    if (!isFile(file)) {
      if (path.extname(pathname)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      file = path.join(root, 'index.html');
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
