/**
 * Hardening, bad input (cms/src/public-read/query/query-guard.ts, middlewares/public-read.ts,
 * api-not-found.ts, config/middlewares.ts): malformed, abusive and oversized requests get a 4xx
 * JSON error (or a harmless 200), never a 5xx, a stack trace, SQL or a server path, and the CMS
 * stays up.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectSafeAnswer, HOSTILE_INPUT, OPEN_500S, rawRequest } from '../support/hostile-http';

const cmsUrl = inject('cmsUrl');

describe('hardening: bad input', () => {
  it.each(HOSTILE_INPUT)('answers $name safely', async ({ name, expect: expected, ...req }) => {
    expectSafeAnswer(await rawRequest(cmsUrl, req), expected, name);
  });

  // Once 500s: misplaced operators and media fields (query-guard.ts now checks both).
  it.each(OPEN_500S)('answers $name safely', async ({ name, expect: expected, ...req }) => {
    expectSafeAnswer(await rawRequest(cmsUrl, req), expected, name);
  });

  it('answers 405 with the JSON error shape and an Allow header', async () => {
    const response = await rawRequest(cmsUrl, { method: 'PATCH', path: '/api/publications' });
    expectSafeAnswer(response, [405], 'PATCH /api/publications');
    expect(response.headers.allow).toMatch(/GET/);
  });

  it('is still up after the table', async () => {
    const response = await rawRequest(cmsUrl, { path: '/_health' });
    expect(response.status).toBe(204);
    expect((await rawRequest(cmsUrl, { path: '/api/profile' })).status).toBe(200);
  });
});
