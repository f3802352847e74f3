/**
 * Anonymous multipart bodies cannot fill the disk (cms/src/middlewares/multipart-uploads.ts):
 * refused routes answer 415 before reading them, and on the upload routes every part written to
 * the temp folder is gone when the request ends, whatever its outcome. Runs its own CMS with a
 * private TMPDIR (the OS temp folder formidable writes to), so the test can count what is left.
 * Also checks what a CMS left at its defaults tells strangers: no X-Cache.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin } from '../support/admin-api';
import { OWNER, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(megabytes: number): Blob {
  const bytes = new Uint8Array(Math.round(megabytes * 1024 * 1024));
  bytes.set(PNG_SIGNATURE);
  return new Blob([bytes], { type: 'image/png' });
}

function form(fields: string[], megabytes: number): FormData {
  const body = new FormData();
  for (const field of fields) body.append(field, png(megabytes), `${field}.png`);
  return body;
}

/** Every file below `dir`, as paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Files formidable removes on a parse error are unlinked asynchronously: wait a moment for them. */
async function newFilesAfterSettling(dir: string, before: Set<string>): Promise<string[]> {
  let left: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    left = filesBelow(dir).filter((file) => !before.has(file));
    if (left.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return left;
}

let cms: CmsProcess;
let tmp: string;
let token: string;

beforeAll(async () => {
  tmp = path.join(tempDir('tmpdir'), 'tmp');
  mkdirSync(tmp);
  cms = await startCms({ env: { TMPDIR: tmp, UPLOAD_MAX_FILE_SIZE_MB: '3', RESPONSE_CACHE_STATUS_HEADER: undefined } });
  token = await adminLogin(cms.url, OWNER);
}, 120_000);

afterAll(() => cms?.stop());

describe('multipart bodies', () => {
  const refused: Array<{ path: string; expect: number[] }> = [
    // Public read routes refuse the method itself before any body is read (read-only-methods.ts).
    { path: '/api/tags', expect: [405] },
    { path: '/api/publications', expect: [405] },
    { path: '/admin/login', expect: [415] },
    { path: '/api/auth/local', expect: [415] },
    { path: '/content-manager/collection-types/api::tag.tag', expect: [415] },
    // Upload routes read the body, then refuse the stranger.
    { path: '/api/upload', expect: [401, 403] },
    { path: '/upload', expect: [401, 403] },
  ];

  it('leave no file in the temp folder after 20 refused requests', async () => {
    const before = new Set(filesBelow(tmp));
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const target = refused[i % refused.length];
      const response = await request('POST', `${cms.url}${target.path}`, { form: form(['files', 'other'], 1) });
      expect(target.expect, `${target.path}: ${response.status} ${response.text.slice(0, 200)}`).toContain(response.status);
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 415).length).toBeGreaterThan(0);
    expect(await newFilesAfterSettling(tmp, before)).toEqual([]);
  }, 60_000);

  it('answer a refused route with a JSON 415 that names the upload routes', async () => {
    const response = await request('POST', `${cms.url}/content-manager/collection-types/api::tag.tag`, { form: form(['files'], 0.01) });
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ data: null, error: { status: 415, name: 'UnsupportedMediaTypeError' } });
    expect(response.text).toMatch(/api\/upload/);
  });

  it("leave nothing behind after the owner's upload, under any part name", async () => {
    const before = new Set(filesBelow(tmp));
    const response = await request('POST', `${cms.url}/upload`, { token, form: form(['files', 'extra'], 0.5) });
    expect(response.status, response.text.slice(0, 300)).toBe(201);
    expect(await newFilesAfterSettling(tmp, before)).toEqual([]);
  });

  it("still reach the admin's project settings (the menu logo), leaving nothing behind", async () => {
    // A real 1×1 PNG: the admin checks a logo's dimensions.
    const onePixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const body = new FormData();
    body.append('menuLogo', new Blob([onePixel], { type: 'image/png' }), 'logo.png');
    const before = new Set(filesBelow(tmp));
    const response = await request('POST', `${cms.url}/admin/project-settings`, { token, form: body });
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    expect(await newFilesAfterSettling(tmp, before)).toEqual([]);
  });

  it('leave nothing behind when an upload is over the size limit', async () => {
    const before = new Set(filesBelow(tmp));
    const response = await request('POST', `${cms.url}/upload`, { token, form: form(['files'], 4) });
    expect(response.status).toBe(413);
    expect(await newFilesAfterSettling(tmp, before)).toEqual([]);
  }, 30_000);
});

describe('a CMS at its defaults', () => {
  it('does not tell strangers whether a URL was asked for before (no X-Cache)', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await request('GET', `${cms.url}/api/profile`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cache')).toBeNull();
    }
  });
});
