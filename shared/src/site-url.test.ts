import { describe, expect, it } from 'vitest';
import { checkSiteUrl, publicSiteUrl } from './site-url.js';

describe('site-url', () => {
  describe('publicSiteUrl', () => {
    it('takes SITE_URL without its trailing slash, before its older name', () => {
      expect(publicSiteUrl({ SITE_URL: 'https://example.org/', VITE_SITE_URL: 'https://old.example' }, 'start')).toBe('https://example.org');
      expect(publicSiteUrl({ VITE_SITE_URL: 'https://old.example' }, 'dev')).toBe('https://old.example');
    });

    it.each([
      [{}, 'start', 'http://localhost:4173'],
      [{ SITE_PORT: '8080' }, 'start', 'http://localhost:8080'],
      // The dev server's port is Vite's, whatever SITE_PORT says.
      [{ SITE_PORT: '8080' }, 'dev', 'http://localhost:5173'],
      [{ SITE_URL: '  ' }, 'start', 'http://localhost:4173'],
    ] as const)('falls back to the local address: %o under %s → %s', (settings, run, url) => {
      expect(publicSiteUrl(settings, run)).toBe(url);
    });

    it('names SITE_PORT and a good value when it is not a port', () => {
      expect(() => publicSiteUrl({ SITE_PORT: 'eighty' }, 'start')).toThrow('SITE_PORT "eighty" must be a port number, e.g. "4173"');
    });
  });

  describe('checkSiteUrl', () => {
    it.each([
      ['localhost:4173', 'must be an absolute URL with a scheme'],
      ['https://example.org/?x=1', 'must be a plain address without query, fragment or credentials'],
      ['https://user:pw@example.org', 'must be a plain address without query, fragment or credentials'],
      ['http://exa mple.org', 'is not a valid URL'],
    ])('refuses %j, naming the setting', (value, why) => {
      expect(() => checkSiteUrl('SITE_URL', value)).toThrow(`SITE_URL "${value}" ${why}`);
    });
  });
});
