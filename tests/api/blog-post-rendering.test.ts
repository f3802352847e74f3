/**
 * cms/src/api/blog-post/render-on-save.ts over HTTP: a post's Markdown is rendered once when it is
 * saved; the public API serves the stored HTML, table of contents and reading figures.
 */
import type { BlogPost } from '@homepage/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPublicData } from '../support/http';
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
});
