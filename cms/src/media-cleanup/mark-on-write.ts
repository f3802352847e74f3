/**
 * Notices when a save takes the last use of an uploaded file away: an avatar removed from the
 * profile and published, a cover replaced, a post deleted. Around every write to the site's
 * content (Document Service middleware: admin UI, scripts, imports) it compares which files media
 * fields use before and after; files used before and by nothing after are marked with the moment,
 * files used again lose their mark. Files that were never used (uploaded for later) are never
 * marked. Texts linking a file are checked by the sweep, before it deletes anything.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import { filesInMediaFields } from './media-references';
import { defineWriteHook } from '../write-pipeline/hook';
import { SITE_TYPES } from '../write-pipeline/type-families';
import { markOrphans, unmarkUsedFiles } from './orphan-marks';

export const markOrphansOnWrite = defineWriteHook({
  name: 'mark orphaned media',
  types: SITE_TYPES,
  // The actions that can drop a file from a media field (create only adds).
  actions: ['update', 'delete', 'publish', 'unpublish', 'discardDraft'],
  run: async (strapi, _context, next) => {
    // Joins the write's own transaction when it runs inside one (an import), so it sees its rows.
    const before = await strapi.db.transaction(({ trx }) => filesInMediaFields(strapi, trx));
    const result = await next();
    await strapi.db.transaction(async ({ trx }) => {
      const after = await filesInMediaFields(strapi, trx);
      await markOrphans(trx, [...before].filter((id) => !after.has(id)), Date.now());
      await unmarkUsedFiles(trx, after);
    });
    return result;
  },
});
