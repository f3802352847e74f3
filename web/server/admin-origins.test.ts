// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adminOrigins } from './admin-origins';
import { contentSecurityPolicy } from './csp';

describe('server/admin-origins', () => {
  describe('adminOrigins', () => {
    it.each([
      // A local CMS answers under every name of the machine.
      [undefined, 'http://localhost:1337', ['http://localhost:1337', 'http://127.0.0.1:1337']],
      ['', 'http://127.0.0.1:41000/', ['http://localhost:41000', 'http://127.0.0.1:41000']],
      [undefined, 'https://cms.example.org', ['https://cms.example.org']],
      ['https://example.org, https://cms.example.org/', 'http://localhost:1337', ['https://example.org', 'https://cms.example.org']],
      ['http://127.0.0.1:1337,http://127.0.0.1:1337', 'http://localhost:1337', ['http://127.0.0.1:1337']],
    ])('ADMIN_ORIGINS=%j with the CMS at %s gives %j', (setting, cmsUrl, expected) => {
      expect(adminOrigins(setting, cmsUrl)).toEqual(expected);
    });

    it.each(['cms.example.org', 'https://cms.example.org/admin', 'ftp://cms.example.org', "'self'", 'http://[::1]:1337'])('refuses the entry %j, naming it', (entry) => {
      expect(() => adminOrigins(entry, 'http://localhost:1337')).toThrow(`ADMIN_ORIGINS entry "${entry}" must be an origin`);
    });
  });

  describe('contentSecurityPolicy', () => {
    it('lets the admin origins frame a preview, and no one frame the other pages', () => {
      const origins = adminOrigins(undefined, 'http://localhost:1337');
      expect(contentSecurityPolicy([], 'http://localhost:1337', origins)).toContain(
        "frame-ancestors 'self' http://localhost:1337 http://127.0.0.1:1337",
      );
      expect(contentSecurityPolicy([], 'http://localhost:1337')).toContain("frame-ancestors 'none'");
    });
  });
});
