/**
 * What saves do for co-author persons (the order of everything: write-pipeline/index.ts).
 */
import { defineWriteHook, savedData } from '../../write-pipeline/hook';
import { linkAuthorsToPeople } from './link-authors';
import { mergeOnSave } from './merge-people';

export const linkCoAuthorsToPeople = defineWriteHook({
  name: 'co-authors linked to persons',
  types: ['api::publication.publication'],
  actions: ['create', 'update'],
  run: async (strapi, context, next) => {
    const data = savedData(context);
    if (data) await linkAuthorsToPeople(strapi, data);
    return next();
  },
});

export const mergePeople = defineWriteHook({
  name: 'merged persons hand their works over',
  types: ['api::person.person'],
  actions: ['update'],
  run: mergeOnSave,
});
