// @vitest-environment node
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRequestTarget } from './request-target';
import { createStaticFiles, publicFileNames } from './static-files';

const PAGE = '<!doctype html><title>Blog</title>'.padEnd(2000, ' ');
let root: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'static-files-'));
  mkdirSync(path.join(root, 'blog'));
  writeFileSync(path.join(root, 'blog', 'index.html'), PAGE);
  writeFileSync(path.join(root, 'blog', 'index.html.br'), brotliCompressSync(PAGE));
  const files = createStaticFiles(root);
  server = createServer((req, res) => {
    const reading = readRequestTarget(req.url);
    const names = reading.ok ? publicFileNames(reading.target.segments) : [];
    void files.send(req, res, names, { status: 200, headers: { 'Cache-Control': 'no-cache' }, conditional: true }).then((sent) => {
      if (!sent) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('server/static-files', () => {
  describe('publicFileNames', () => {
    it.each([
      [[], ['index.html']],
      [['blog'], ['blog', 'blog.html', 'blog/index.html']],
      [['.vite', 'manifest.json'], []],
      [['blog', '..', '.shell.html'], []],
    ])('looks %j up as %j', (segments, names) => {
      expect(publicFileNames(segments)).toEqual(names);
    });
  });

  describe('send', () => {
    it.each([
      ['br', 'br'],
      ['gzip, br;q=0', null],
      ['identity', null],
    ])('answers Accept-Encoding %j with the %s copy of a folder’s index.html', async (accept, encoding) => {
      const response = await fetch(`${origin}/blog`, { headers: { 'Accept-Encoding': accept } });
      expect(await response.text()).toBe(PAGE);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    });

    it('answers 304 when any listed ETag matches', async () => {
      const first = await fetch(`${origin}/blog`, { headers: { 'Accept-Encoding': 'identity' } });
      await first.arrayBuffer();
      const etag = first.headers.get('etag') ?? '';
      const again = await fetch(`${origin}/blog`, { headers: { 'Accept-Encoding': 'identity', 'If-None-Match': `"other", ${etag}` } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('no-cache');
    });

    it('sends the whole file when If-Range comes with the Range', async () => {
      const response = await fetch(`${origin}/blog`, { headers: { 'Accept-Encoding': 'identity', Range: 'bytes=0-9', 'If-Range': 'W/"x"' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(PAGE);
    });

    // A rebuild removes pages and renames new ones over old ones while they are served
    // (server/files.ts). sirv, stat-then-open by path, crashed the server here within seconds.
    it('sends a page whole or not at all while a rebuild removes and rewrites it', async () => {
      const page = path.join(root, 'blog', 'index.html');
      rmSync(`${page}.br`);
      let rebuilding = true;
      const rebuild = (async () => {
        while (rebuilding) {
          rmSync(page, { force: true });
          await new Promise((resolve) => setImmediate(resolve));
          writeFileSync(`${page}.tmp`, PAGE);
          renameSync(`${page}.tmp`, page);
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      const agent = new Agent({ keepAlive: true, maxSockets: 4 });
      const answers = new Map<string, number>();
      const deadline = Date.now() + 1500;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (Date.now() < deadline) {
            const answer = await new Promise<string>((resolve) => {
              get(`${origin}/blog`, { agent }, (res) => {
                let body = '';
                res.setEncoding('utf8');
                res.on('data', (chunk: string) => (body += chunk));
                res.on('end', () => resolve(res.statusCode === 200 && body !== PAGE ? 'a cut or mixed page' : String(res.statusCode)));
                res.on('error', (error) => resolve(error.message));
              }).on('error', (error) => resolve(error.message));
            });
            answers.set(answer, (answers.get(answer) ?? 0) + 1);
          }
        }),
      );
      rebuilding = false;
      await rebuild;
      agent.destroy();
      // 404: the page was gone at the moment it was opened, which a rebuild may do.
      expect([...answers.keys()].filter((answer) => answer !== '200' && answer !== '404')).toEqual([]);
      expect(answers.get('200')).toBeGreaterThan(0);
    });

    it('answers an unsatisfiable range on a compressed copy as plain text, not labelled as compressed', async () => {
      mkdirSync(path.join(root, 'docs'));
      writeFileSync(path.join(root, 'docs', 'index.html'), PAGE);
      writeFileSync(path.join(root, 'docs', 'index.html.br'), brotliCompressSync(PAGE));
      const answer = await new Promise<{ status?: number; encoding?: string; body: string }>((resolve) => {
        get(`${origin}/docs`, { headers: { 'Accept-Encoding': 'br', Range: 'bytes=999999-' } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode, encoding: res.headers['content-encoding'], body }));
        });
      });
      expect(answer).toEqual({ status: 416, encoding: undefined, body: 'Range not satisfiable' });
    });

    it('reports a missing file without sending anything', async () => {
      const response = await fetch(`${origin}/no-such-page`);
      expect(response.status).toBe(404);
    });
  });
});
