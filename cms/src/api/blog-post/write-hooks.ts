/**
 * What a save of a blog post does on its own (the rules it shares with other types, and the order
 * of everything: write-pipeline/index.ts).
 */
import { defineWriteHook, savedData } from '../../write-pipeline/hook';
import { languageFromLocale } from '../../i18n/post-language';
import { dateUndatedPost } from './default-date';
import { renderSavedBody } from './render-on-save';

const POST = 'api::blog-post.blog-post';

export const datePostsOnCreate = defineWriteHook({
  name: 'date new posts',
  types: [POST],
  actions: ['create'],
  run: async (_strapi, context, next) => {
    dateUndatedPost(savedData(context));
    return next();
  },
});

export const renderPostsOnSave = defineWriteHook({
  name: 'render posts on save',
  types: [POST],
  actions: ['create', 'update'],
  run: async (strapi, context, next) => {
    await renderSavedBody(strapi, savedData(context));
    return next();
  },
});

export const keepPostLanguageFromLocale = defineWriteHook({
  name: 'post language from locale',
  types: [POST],
  actions: ['create', 'update'],
  run: async (_strapi, context, next) => {
    languageFromLocale(context.params as Parameters<typeof languageFromLocale>[0]);
    return next();
  },
});
