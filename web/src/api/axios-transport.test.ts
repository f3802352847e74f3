// @vitest-environment node
/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axiosTransport } from './axios-transport';

let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow') return; // never answers
    const status = req.url === '/missing' ? 404 : 200;
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ path: req.url, accept: req.headers.accept }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const init = (ms = 2000) => ({ headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(ms) });

describe('axiosTransport', () => {
  it('hands over the status and the body as text, unparsed, with the headers asked for', async () => {
    const answer = await axiosTransport(`${origin}/api/profile?locale=zh`, init());
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ path: '/api/profile?locale=zh', accept: 'application/json' });
  });

  it('answers an error status instead of throwing, so the client can read the CMS’s error body', async () => {
    const answer = await axiosTransport(`${origin}/missing`, init());
    expect(answer.status).toBe(404);
    expect(answer.text).toContain('/missing');
  });

  it('rejects with the signal’s TimeoutError when the CMS does not answer in time', async () => {
    await expect(axiosTransport(`${origin}/slow`, init(200))).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects when nothing listens', async () => {
    await expect(axiosTransport('http://127.0.0.1:9/api/profile', init())).rejects.toBeInstanceOf(Error);
  });
});
