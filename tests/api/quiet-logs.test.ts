/**
 * A stranger's malformed request is answered, not logged as a server fault: paths that cannot be
 * decoded and bodies nested too deep get a 400 in the API's JSON shape, and the CMS's log shows one
 * access line each, no stack (cms/src/security/client-errors.ts, body-shape.ts). Each `/%` used to
 * write a 12-line stack, 2 kB of log per request. Boots its own CMS to read its log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type CmsProcess } from '../support/cms-process';
import { expectSafeAnswer, rawRequest, STATUS } from '../support/hostile-http';

let cms: CmsProcess;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

const json = { 'content-type': 'application/json' };
const MALFORMED = [
  { name: 'GET /%', path: '/%' },
  { name: 'GET /api/%', path: '/api/%' },
  { name: 'GET /%E0%A4%A', path: '/%E0%A4%A' },
  { name: 'GET /uploads/%', path: '/uploads/%' },
  { name: 'brackets nested 4,000 deep to POST /admin/login', method: 'POST', path: '/admin/login', headers: json, body: `${'['.repeat(4000)}${']'.repeat(4000)}` },
];

describe('malformed requests in the log', () => {
  it('are answered with a 400 JSON error and leave one access line each, no stack', async () => {
    const logBefore = cms.log().length;
    for (const { name, ...request } of MALFORMED) expectSafeAnswer(await rawRequest(cms.url, request), STATUS.badRequest, name);
    // The access lines are written once the answers are sent; wait for the last one.
    const deadline = Date.now() + 5000;
    while (!/POST \/admin\/login .* 400/.test(cms.log().slice(logBefore)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const written = cms.log().slice(logBefore);
    expect(written, written).toMatch(/POST \/admin\/login .* 400/);
    expect(written, written).not.toMatch(/^\s+at /m);
    // The level, colour codes and all ("\x1b[31merror\x1b[39m:").
    // eslint-disable-next-line no-control-regex
    expect(written, written).not.toMatch(/error(\x1b\[\d+m)?:/i);
    // Other lines may come meanwhile (a scheduled job); the requests' own are one access line each.
    expect(written.split('\n').filter((line) => / (GET|POST) \S+ .* 400$/.test(line.trim())).length, written).toBe(MALFORMED.length);
  });
});
