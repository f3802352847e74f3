/**
 * The multipart limit (UPLOAD_MAX_FILE_SIZE_MB, default 50, config/middlewares.ts and plugins.ts):
 * an upload over it gets a 413 JSON error while it streams, instead of formidable's 200 MB default,
 * a 500, or a file in the media library.
 */
import { describe, expect, inject, it } from 'vitest';
import { request } from '../support/http';

const DEFAULT_LIMIT_MB = 50;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('upload size limit', () => {
  it(`answers an owner's upload over ${DEFAULT_LIMIT_MB} MB with 413 JSON and stores nothing`, async () => {
    const cmsUrl = inject('cmsUrl');
    const token = inject('adminToken');
    const countFiles = async () => {
      const response = await request('GET', `${cmsUrl}/upload/files?pageSize=1`, { token });
      expect(response.status, response.text.slice(0, 300)).toBe(200);
      return (response.body as { pagination: { total: number } }).pagination.total;
    };
    const before = await countFiles();

    // PNG-looking bytes, so only the size can be the reason for refusing it.
    const bytes = new Uint8Array((DEFAULT_LIMIT_MB + 1) * 1024 * 1024);
    bytes.set(PNG_SIGNATURE);
    const form = new FormData();
    form.append('files', new Blob([bytes], { type: 'image/png' }), 'too-large.png');
    const response = await request('POST', `${cmsUrl}/upload`, { token, form });

    expect(response.status, response.text.slice(0, 300)).toBe(413);
    expect(response.body).toMatchObject({ data: null, error: { status: 413 } });
    expect(await countFiles()).toBe(before);
  }, 60_000);
});
