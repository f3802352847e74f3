/**
 * cms/src/api/blog-post/render-on-save.ts over HTTP: a post's Markdown is rendered once when it is
 * saved; the public API serves the stored HTML, table of contents and reading figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BlogPost } from '@homepage/shared';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CMS_DIR } from '../support/cms-process';
import { getPublicData, request } from '../support/http';
import { createPublished, editAndPublish, postFields, uniqueMarker } from '../support/published';

const BODY = [
  '## Why FP4',
  '',
  'The loss scales as $L(N) = aN^{-\\alpha}$ for $N$ parameters.',
  '',
  '$$',
  '\\mathcal{L} = \\sum_i \\log p(x_i)',
  '$$',
  '',
  '```python',
  'def quantize(x):',
  '    return x.round()',
  '```',
  '',
  '## 中文小节',
  '',
  '低精度训练可以节省显存。',
  '',
  '<script>alert(1)</script> [bad](javascript:alert(1)) <img src=x onerror=alert(1)>',
  '',
  '$\\href{javascript:alert(1)}{click}$',
].join('\n');

async function publicPost(slug: string): Promise<BlogPost> {
  const [post] = await getPublicData<BlogPost[]>(`/api/blog-posts?filters[slug][$eq]=${slug}&fields=*`);
  expect(post, `no public post "${slug}"`).toBeDefined();
  return post;
}

describe('blog-post rendering', () => {
  const marker = uniqueMarker('render');
  let documentId: string;

  beforeAll(async () => {
    documentId = (await createPublished('api::blog-post.blog-post', postFields(marker, { body: BODY }))).documentId;
  });

  it('renders math with KaTeX and code with Shiki, and keeps the Markdown source', async () => {
    const post = await publicPost(marker);
    expect(post.body).toBe(BODY);
    expect(post.bodyHtml).toContain('class="katex"');
    expect(post.bodyHtml).toContain('katex-display');
    expect(post.bodyHtml).toMatch(/<pre[^>]*class="[^"]*shiki/);
    expect(post.hasMath).toBe(true);
  });

  it('gives headings anchors and a table of contents, Chinese included', async () => {
    const post = await publicPost(marker);
    expect(post.toc?.map((entry) => entry.text)).toEqual(['Why FP4', '中文小节']);
    for (const entry of post.toc ?? []) expect(post.bodyHtml).toContain(`id="${entry.id}"`);
  });

  it('counts Chinese characters as words and gives reading minutes', async () => {
    const post = await publicPost(marker);
    expect(post.wordCount).toBeGreaterThanOrEqual(20);
    expect(post.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('makes unsafe Markdown inert', async () => {
    const html = (await publicPost(marker)).bodyHtml ?? '';
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i); // no event attribute on any tag (escaped text is fine)
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain('&lt;script&gt;'); // shown as text, not dropped silently
  });

  it('renders again when the body is edited and published', async () => {
    await editAndPublish('api::blog-post.blog-post', documentId, { body: '## Only heading\n\nplain text' });
    const post = await publicPost(marker);
    expect(post.toc?.map((entry) => entry.text)).toEqual(['Only heading']);
    expect(post.hasMath).toBe(false);
    expect(post.bodyHtml).not.toContain('katex');
  });

  it('links an image and a file the owner uploaded to where the CMS serves them, so the site, feeds and embeds find them', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(readFileSync(path.join(CMS_DIR, 'favicon.png')))], { type: 'image/png' }), `${marker}-chart.png`);
    const uploaded = await request('POST', `${inject('cmsUrl')}/upload`, { token: inject('adminToken'), form });
    expect(uploaded.status, uploaded.text.slice(0, 300)).toBe(201);
    const [file] = uploaded.body as { url: string }[];
    expect(file.url).toMatch(/^\/uploads\//); // Strapi's local provider: root-relative
    const slug = `${marker}-media`;
    await createPublished('api::blog-post.blog-post', postFields(slug, { body: `![Loss curve](${file.url})\n\n[The data](${file.url}) and [the blog](/blog)` }));

    const html = (await publicPost(slug)).bodyHtml ?? '';
    const src = /<img src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(new URL(src).pathname).toBe(file.url);
    const image = await fetch(src);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(html).toContain(`href="${src}"`);
    // Only uploads: the site's own root-relative links stay the site's.
    expect(html).toContain('href="/blog"');
  });
});
