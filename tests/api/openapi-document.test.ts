/**
 * The OpenAPI document as served (/api/openapi.json; its validity against OpenAPI 3.1 is checked in
 * discovery.test.ts): clean under Spectral's OpenAPI ruleset (no error, no warning), and the source of the committed types that
 * the README's queries are compiled against (tests/openapi/).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublic } from '../support/http';
import { publicApiTypes } from '../openapi/public-api-types';

const run = promisify(execFile);
const spectral = fileURLToPath(new URL('../node_modules/.bin/spectral', import.meta.url));
const ruleset = fileURLToPath(new URL('../openapi/.spectral.yaml', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'openapi-'));
let document: Record<string, unknown>;
let file: string;

beforeAll(async () => {
  document = (await getPublic('/api/openapi.json')).body as Record<string, unknown>;
  file = join(folder, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

describe('/api/openapi.json', () => {
  it('passes Spectral’s spectral:oas ruleset with no error and no warning', { timeout: 60_000 }, async () => {
    // Spectral exits non-zero when it finds anything; its JSON report is on stdout either way.
    const output = await run(spectral, ['lint', file, '--ruleset', ruleset, '--format', 'json', '--fail-severity', 'hint'], { maxBuffer: 20_000_000 }).then(
      (done) => done.stdout,
      (failed: { stdout?: string }) => failed.stdout ?? '',
    );
    const results = (JSON.parse(output.slice(output.indexOf('['), output.lastIndexOf(']') + 1)) as SpectralResult[])
      .filter((result) => result.severity <= 1)
      .map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
    expect(results).toEqual([]);
  });

  it('gives an operationId, a tag and a description to every operation', () => {
    const operations = Object.values(document.paths as Record<string, Record<string, { operationId?: string; tags?: string[]; description?: string }>>).flatMap(Object.values);
    for (const operation of operations) {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags?.length).toBeGreaterThan(0);
      expect(operation.description?.length).toBeGreaterThan(20);
    }
  });

  it('is what tests/openapi/public-api.d.ts was generated from (pnpm --filter tests openapi:types)', async () => {
    const committed = readFileSync(new URL('../openapi/public-api.d.ts', import.meta.url), 'utf8');
    expect(await publicApiTypes(document)).toBe(committed);
  });
});
