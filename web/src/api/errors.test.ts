import { describe, expect, it } from 'vitest';
import { cmsErrorCode, type CmsErrorCode, type CmsErrorKind } from './errors';

describe('api/errors', () => {
  describe('cmsErrorCode', () => {
    it.each<[CmsErrorKind, number | null, CmsErrorCode]>([
      ['network', null, 'network'],
      ['timeout', null, 'timeout'],
      ['not-found', 404, 'not-found'],
      ['http', 400, 'refused'],
      ['http', 403, 'refused'],
      // An answer that is not JSON (VITE_CMS_URL at a web server) is the CMS saying no, not breaking.
      ['http', 200, 'refused'],
      ['http', 500, 'server'],
      ['http', 503, 'server'],
    ])('calls a %s failure with status %s "%s"', (kind, status, code) => {
      expect(cmsErrorCode({ kind, status })).toBe(code);
    });
  });
});
