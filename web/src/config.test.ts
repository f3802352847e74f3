import { describe, expect, it } from 'vitest';
import { checkHttpUrl, readSiteConfig } from './config';

describe('config', () => {
  describe('checkHttpUrl', () => {
    it.each([
      ['http://localhost:1337', 'http://localhost:1337'],
      ['https://cms.example.org/', 'https://cms.example.org'],
      ['  https://example.org/cms//  ', 'https://example.org/cms'],
    ])('accepts %j as %j', (value, expected) => {
      expect(checkHttpUrl('VITE_CMS_URL', value, 'http://localhost:1337')).toBe(expected);
    });

    it.each(['localhost:1337', '//cms.example.org', 'ftp://cms.example.org', ''])('rejects %j naming the setting and a good value', (value) => {
      expect(() => checkHttpUrl('VITE_CMS_URL', value, 'http://localhost:1337')).toThrow(
        `VITE_CMS_URL "${value}" must include a scheme, e.g. "http://localhost:1337"`,
      );
    });

    it('rejects a URL that has a scheme but cannot be parsed', () => {
      expect(() => checkHttpUrl('VITE_CMS_URL', 'http://exa mple.org', 'http://localhost:1337')).toThrow(/not a valid URL/);
    });
  });

  describe('readSiteConfig', () => {
    it('falls back to the local defaults when nothing is set', () => {
      expect(readSiteConfig({})).toEqual({ cmsUrl: 'http://localhost:1337', siteUrl: 'http://localhost:5173' });
    });

    it('reports the bad setting by name', () => {
      expect(() => readSiteConfig({ VITE_SITE_URL: 'example.org' })).toThrow('VITE_SITE_URL "example.org" must include a scheme');
    });
  });
});
