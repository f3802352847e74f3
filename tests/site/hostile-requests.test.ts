/**
 * web/server/serve.ts against requests a browser never sends: each gets a plain answer, and the
 * server still serves the home page after it. Once, `GET //%` or `Range: bytes=10-5` stopped the
 * server (and `pnpm start` stopped the CMS with it), and `/%2evite/manifest.json` slipped past the
 * dot-file guard.
 */
import { describe, expect, it } from 'vitest';
import { socketRequest, type SocketAnswer, type SocketRequest } from '../support/raw-socket';
import { useServedSite } from '../support/spa';

const site = useServedSite();
const send = (request: SocketRequest): Promise<SocketAnswer> => socketRequest(site.server.origin, request);

interface HostileCase extends SocketRequest {
  name: string;
  status: number;
  /** Node's HTTP parser refuses it before the server's handler runs, with an answer of its own. */
  refusedByNode?: true;
}

const MALFORMED: HostileCase[] = [
  // Request targets that `new URL(target, base)` throws on, or that are no path at all.
  { name: 'an authority that is a lone "%"', target: '//%', status: 400 },
  { name: 'an authority that opens an IPv6 literal', target: '//[', status: 404 },
  { name: 'a lone "%"', target: '/%', status: 400 },
  { name: 'a "%" not followed by hex digits', target: '/%zz', status: 400 },
  { name: 'percent-encoded bytes that are not UTF-8', target: '/%c3%28', status: 400 },
  { name: 'an encoded NUL', target: '/%00', status: 400 },
  { name: 'an encoded line feed', target: '/a%0ab', status: 400 },
  { name: 'an encoded slash that climbs out of a folder', target: '/assets%2f..%2f.vite%2fmanifest.json', status: 400 },
  { name: 'the asterisk form', target: '*', status: 400 },
  { name: 'an absolute-form target, which servers must accept', target: 'http://x/', status: 200 },
  { name: 'an absolute-form target with a bad host', target: 'http://[x/', status: 400 },
  { name: 'an absolute-form target naming a dot file', target: 'http://x/%2evite/manifest.json', status: 404 },
  { name: 'a target of 5,000 characters', target: `/${'a'.repeat(5000)}`, status: 414 },
  { name: 'a path segment longer than any file name', target: `/${'a'.repeat(300)}`, status: 404 },
  { name: 'a request line beyond the header limit', target: `/${'a'.repeat(20_000)}`, status: 431, refusedByNode: true },
  // Dot files, decoded the way the file lookup decodes them.
  { name: 'an encoded dot before vite', target: '/%2evite/manifest.json', status: 404 },
  { name: 'an encoded dot before prerendered.json', target: '/%2eprerendered.json', status: 404 },
  { name: 'an encoded letter after the dot', target: '/.%76ite/manifest.json', status: 404 },
  { name: 'an upper-case encoded dot before shell.html', target: '/%2Eshell.html', status: 404 },
  { name: 'an encoded dot-dot', target: '/.%2e/', status: 404 },
  { name: 'an encoded dot-dot before a dot file', target: '/.%2e/.vite/manifest.json', status: 404 },
  { name: 'a double-encoded dot (decoded once, it names no file)', target: '/%252evite/manifest.json', status: 404 },
  // Methods other than GET and HEAD; an unknown one never reaches the handler (Node answers).
  { name: 'OPTIONS', method: 'OPTIONS', target: '/', status: 405 },
  { name: 'DELETE', method: 'DELETE', target: '/index.html', status: 405 },
  { name: 'PROPFIND', method: 'PROPFIND', target: '/', status: 405 },
  { name: 'an unknown method', method: 'FROB', target: '/', status: 400, refusedByNode: true },
  // Ranges: one well-formed range is served, one starting past the end is refused, the rest ignored.
  { name: 'a reversed range', target: '/', headers: { Range: 'bytes=10-5' }, status: 200 },
  { name: 'a range ending past any file', target: '/', headers: { Range: 'bytes=0-99999999999999999999' }, status: 206 },
  { name: 'a range starting past any file', target: '/', headers: { Range: 'bytes=99999999999999999999-' }, status: 416 },
  { name: 'a suffix range', target: '/', headers: { Range: 'bytes=-5' }, status: 206 },
  { name: 'a suffix range longer than any file', target: '/', headers: { Range: 'bytes=-99999999999999999999' }, status: 206 },
  { name: 'an empty suffix range', target: '/', headers: { Range: 'bytes=-0' }, status: 416 },
  { name: 'several ranges', target: '/', headers: { Range: 'bytes=0-1,5-9' }, status: 200 },
  { name: 'a range that is not numbers', target: '/', headers: { Range: 'bytes=abc' }, status: 200 },
  { name: 'a range in exponent notation', target: '/', headers: { Range: 'bytes=1e3-' }, status: 200 },
  { name: 'an empty range set', target: '/', headers: { Range: 'bytes=' }, status: 200 },
  { name: 'a unit other than bytes', target: '/', headers: { Range: 'items=0-5' }, status: 200 },
  { name: 'a reversed range on an asset', target: '/favicon.svg', headers: { Range: 'bytes=10-5' }, status: 200 },
  { name: 'a range on the 404 page', target: '/no-such-page', headers: { Range: 'bytes=10-5' }, status: 404 },
];

describe('web/server/serve', () => {
  describe('hostile requests', () => {
    it.each(MALFORMED)('answers $name with $status and keeps serving', async ({ status, refusedByNode, ...request }) => {
      const answer = await send(request);
      expect(answer.status, answer.body.toString('utf8').slice(0, 200)).toBe(status);
      if (status >= 400 && status !== 404 && !refusedByNode) expect(answer.headers['cache-control']).toBe('no-store');
      const home = await send({ target: '/' });
      expect(home.status, `GET / after ${request.target.slice(0, 40)}\n${site.server.log()}`).toBe(200);
    });
  });

  describe('byte ranges', () => {
    it.each(['/publications', '/favicon.svg'])('serves one range of %s with 206 and its exact bytes', async (target) => {
      const whole = await send({ target });
      expect(whole.status).toBe(200);
      const size = whole.body.length;
      const part = await send({ target, headers: { Range: 'bytes=3-102' } });
      expect(part.status).toBe(206);
      expect(part.headers['content-range']).toBe(`bytes 3-102/${size}`);
      expect(part.headers['content-length']).toBe('100');
      expect(part.body.equals(whole.body.subarray(3, 103))).toBe(true);
    });

    it('serves a suffix range as the last bytes', async () => {
      const whole = await send({ target: '/' });
      const tail = await send({ target: '/', headers: { Range: 'bytes=-5' } });
      expect(tail.headers['content-range']).toBe(`bytes ${whole.body.length - 5}-${whole.body.length - 1}/${whole.body.length}`);
      expect(tail.body.equals(whole.body.subarray(-5))).toBe(true);
    });

    it('refuses a range past the end with 416 and the length', async () => {
      const whole = await send({ target: '/' });
      const refused = await send({ target: '/', headers: { Range: `bytes=${whole.body.length}-` } });
      expect(refused.status).toBe(416);
      expect(refused.headers['content-range']).toBe(`bytes */${whole.body.length}`);
    });

    it('sends the whole page to a HEAD with a range', async () => {
      const answer = await send({ method: 'HEAD', target: '/', headers: { Range: 'bytes=0-9' } });
      expect(answer.status).toBe(200);
    });
  });
});
