/**
 * Renders a post's Markdown when it is saved (create or update, from the admin UI, the Document
 * Service or an import), so public reads serve stored HTML and never render per request.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core } from '@strapi/strapi';
import { renderPostBody } from '../../rendering/render-post-body';

const UID = 'api::blog-post.blog-post';

export function renderPostsOnSave(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data && 'body' in data) {
      const body = typeof data.body === 'string' ? data.body : '';
      if (body.trim()) {
        const rendered = await renderPostBody(body);
        Object.assign(data, {
          bodyHtml: rendered.html,
          toc: rendered.toc,
          wordCount: rendered.wordCount,
          readingMinutes: rendered.readingMinutes,
          hasMath: rendered.hasMath,
        });
      } else {
        Object.assign(data, { bodyHtml: null, toc: null, wordCount: null, readingMinutes: null, hasMath: false });
      }
    }
    return next();
  });
}
