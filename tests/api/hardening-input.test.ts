/**
 * Hardening, bad input (cms/src/public-read/query/query-guard.ts, middlewares/public-read.ts,
 * api-not-found.ts, config/middlewares.ts): malformed, abusive and oversized requests get a 4xx
 * JSON error (or a harmless 200), never a 5xx, a stack trace, SQL or a server path, and the CMS
 * stays up.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectSafeAnswer, HOSTILE_INPUT, OPEN_500S, rawRequest, STATUS } from '../support/hostile-http';

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

  // Validators quoted a refused value in full, indented by its depth: 4 kB of brackets overflowed
  // yup's stack (a 500) or came back as 16 MB (cms/src/security/body-shape.ts, short-errors.ts).
  const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const json = { 'content-type': 'application/json' };
  it.each([
    { name: 'brackets nested 4,000 deep to POST /admin/login', path: '/admin/login', body: nested(4000) },
    { name: 'brackets nested 2,000 deep to POST /admin/register-admin', path: '/admin/register-admin', body: nested(2000) },
    { name: 'brackets nested 2,000 deep to POST /admin/forgot-password', path: '/admin/forgot-password', body: nested(2000) },
    { name: '300,000 zeros 30 levels deep to POST /admin/forgot-password', path: '/admin/forgot-password', body: `${'['.repeat(30)}${Array(300_000).fill(0).join(',')}${']'.repeat(30)}` },
    { name: 'an email of 200,000 strings to POST /admin/forgot-password', path: '/admin/forgot-password', body: JSON.stringify({ email: Array(200_000).fill('a') }) },
  ])('answers $name with a 400 of kilobytes, not megabytes', async ({ name, path, body }) => {
    const response = await rawRequest(cmsUrl, { method: 'POST', path, headers: json, body });
    expectSafeAnswer(response, STATUS.badRequest, name);
    expect(response.text.length, `${name}: ${response.text.length} bytes`).toBeLessThan(40_000);
  });

  it('is still up after the table', async () => {
    const response = await rawRequest(cmsUrl, { path: '/_health' });
    expect(response.status).toBe(204);
    expect((await rawRequest(cmsUrl, { path: '/api/profile' })).status).toBe(200);
  });
});
