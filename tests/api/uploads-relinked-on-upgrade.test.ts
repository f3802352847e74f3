/**
 * A post saved by an earlier version stored its Media Library image as `src="/uploads/…"`, which
 * the site (another host) answers with 404. The first boot of this version renders such bodies
 * again (cms/src/rendering/relink-stored-uploads.ts), so the owner's old posts show their images
 * without a re-save. The older body is made by writing the stored HTML as that version did, with
 * the CMS stopped, then booting it again on the same database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BlogPost } from '@homepage/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { CMS_DIR, OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';
import { postFields, uniqueMarker } from '../support/published';
import { withSqliteFile } from '../support/sqlite-file';

const POST = 'api::blog-post.blog-post';
const dir = tempDir('relink-uploads');
let cms: CmsProcess | undefined;

afterAll(async () => {
  await cms?.stop();
  removeDir(dir);
});

async function publicPost(base: string, slug: string): Promise<BlogPost> {
  const response = await request('GET', `${base}/api/blog-posts?filters[slug][$eq]=${slug}&fields=*`);
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  const [post] = (response.body as { data: BlogPost[] }).data;
  expect(post, `no public post "${slug}"`).toBeDefined();
  return post;
}

describe('uploads in posts saved by an earlier version', () => {
  it('are linked to the CMS after the next boot, and the image is served there', async () => {
    const databaseFile = path.join(dir, 'data.db');
    cms = await startCms({ databaseFile });
    const token = await adminLogin(cms.url, OWNER);
    const form = new FormData();
    const marker = uniqueMarker('relink');
    form.append('files', new Blob([new Uint8Array(readFileSync(path.join(CMS_DIR, 'favicon.png')))], { type: 'image/png' }), `${marker}.png`);
    const uploaded = await request('POST', `${cms.url}/upload`, { token, form });
    expect(uploaded.status, uploaded.text.slice(0, 300)).toBe(201);
    const [file] = uploaded.body as { url: string }[];
    const admin = createAdminApi(cms.url, token);
    const draft = await admin.createDraft(POST, postFields(marker, { body: `![Loss curve](${file.url})` }));
    await admin.publish(POST, draft.documentId);
    await cms.stop();
    cms = undefined;

    // As the earlier version stored it: the upload's address root-relative, in draft and published rows.
    const rewritten = withSqliteFile(databaseFile, (database) =>
      database.prepare("UPDATE blog_posts SET body_html = replace(body_html, substr(body_html, instr(body_html, 'src=\"') + 5, instr(body_html, '/uploads/') - instr(body_html, 'src=\"') - 5), '') WHERE slug = ?").run(marker),
    );
    expect(rewritten.changes).toBe(2);
    const stored = withSqliteFile(databaseFile, (database) => database.prepare('SELECT body_html FROM blog_posts WHERE slug = ?').pluck().all(marker)) as string[];
    for (const html of stored) expect(html).toContain(`src="${file.url}"`);

    cms = await startCms({ databaseFile });
    const html = (await publicPost(cms.url, marker)).bodyHtml ?? '';
    const src = /<img src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(src).toMatch(/^https?:\/\//);
    expect(new URL(src).pathname).toBe(file.url);
    const image = await fetch(`${cms.url}${new URL(src).pathname}`);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(cms.log()).toMatch(/uploads: 2 stored post and news bodies now link their uploads/);
  }, 240_000);
});
