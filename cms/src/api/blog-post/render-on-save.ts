/**
 * Renders a post's Markdown when it is saved (create or update, from the admin UI, the Document
 * Service or an import), so public reads serve stored HTML and never render per request.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core } from '@strapi/strapi';
import { renderStoredBody } from '../../rendering/render-stored-body';

/** Adds the rendered HTML, contents, word count and reading time to a save that sends a body. */
export async function renderSavedBody(strapi: Core.Strapi, data: Record<string, unknown> | undefined): Promise<void> {
  if (data && 'body' in data) {
    const body = typeof data.body === 'string' ? data.body : '';
    if (body.trim()) {
      const rendered = await renderStoredBody(strapi, body);
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
}
