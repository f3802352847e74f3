/**
 * What a save of a news item does on its own (the order of everything: write-pipeline/index.ts):
 * its Markdown is rendered once, with the posts' renderer, so the site, the feeds and the API
 * serve stored, sanitised HTML and never render per request; and its first words become its
 * `headline`, the name the admin's lists and relation pickers show and the feeds' item title.
 */
import { defineWriteHook, savedData } from '../../write-pipeline/hook';
import { newsHeadline } from '@homepage/shared';
import { renderStoredBody } from '../../rendering/render-stored-body';

const NEWS_ITEM = 'api::news-item.news-item';

export const renderNewsOnSave = defineWriteHook({
  name: 'render news on save',
  types: [NEWS_ITEM],
  actions: ['create', 'update'],
  run: async (strapi, context, next) => {
    const data = savedData(context);
    if (data && 'body' in data) {
      const body = typeof data.body === 'string' ? data.body : '';
      data.bodyHtml = body.trim() ? (await renderStoredBody(strapi, body)).html : null;
      data.headline = body.trim() ? newsHeadline(body) : null;
    }
    return next();
  },
});
