// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_TARGET_LENGTH, readRequestTarget } from './request-target';

describe('server/request-target', () => {
  describe('readRequestTarget', () => {
    it.each([
      ['/', '/', []],
      ['/blog/a-post', '/blog/a-post', ['blog', 'a-post']],
      ['/blog/', '/blog', ['blog']],
      ['//blog//a-post', '/blog/a-post', ['blog', 'a-post']],
      ['//[', '/[', ['[']],
      ['/%2evite/manifest.json', '/.vite/manifest.json', ['.vite', 'manifest.json']],
      ['/.%76ite', '/.vite', ['.vite']],
      ['/.%2e/x', '/../x', ['..', 'x']],
      // Decoded once: a double-encoded dot stays "%2e", the name the disk is asked for.
      ['/%252evite', '/%2evite', ['%2evite']],
      ['/zh/%E5%8D%9A%E5%AE%A2', '/zh/博客', ['zh', '博客']],
      ['http://x/blog?wait=1', '/blog', ['blog']],
      ['HTTPS://x/%2eshell.html', '/.shell.html', ['.shell.html']],
    ])('reads %s as %s', (raw, pathname, segments) => {
      const reading = readRequestTarget(raw);
      expect(reading).toMatchObject({ ok: true, target: { pathname, segments } });
    });

    it('keeps the query apart from the path', () => {
      const reading = readRequestTarget('/_rebuild?wait=1&x=%');
      expect(reading.ok && reading.target.pathname).toBe('/_rebuild');
      expect(reading.ok && reading.target.query.get('wait')).toBe('1');
    });

    it.each([
      ['', 400],
      [undefined, 400],
      ['//%', 400],
      ['/%', 400],
      ['/%zz', 400],
      ['/%c3%28', 400],
      ['/%00', 400],
      ['/a%0Ab', 400],
      ['/assets%2f..%2f.vite%2fmanifest.json', 400],
      ['*', 400],
      ['x:1', 400],
      ['http://[x/', 400],
      [`/${'a'.repeat(MAX_TARGET_LENGTH)}`, 414],
    ])('refuses %j with %i and a reason', (raw, status) => {
      const reading = readRequestTarget(raw);
      expect(reading).toMatchObject({ ok: false, status, reason: expect.any(String) });
    });
  });
});
