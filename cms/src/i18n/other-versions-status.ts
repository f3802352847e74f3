/**
 * Saving or publishing one language never changes another language's status. The admin calls a
 * version "Modified" when its draft was updated after its published version; but a save in one
 * language also writes the values every language shares onto the other languages' rows (Strapi's
 * i18n for the fields it knows are shared, versions-in-step.ts for slug, tags, series and related
 * papers), and every row write stamps `updatedAt`. Such a copy is not an edit of that language:
 * the other languages' rows get their own `updatedAt` back once the action is done.
 *
 * First in the write pipeline (write-pipeline/index.ts), which is installed before Strapi's i18n
 * middleware, so it runs around every hook that writes other languages' rows, and around i18n's.
 */
import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@homepage/shared';
import { defineWriteHook } from '../write-pipeline/hook';
import { LOCALIZED_TYPES } from '../write-pipeline/type-families';

interface Stamp {
  id: number;
  updatedAt: unknown;
}

/**
 * The query builder, not `strapi.db.query`: it joins a surrounding transaction but runs no
 * lifecycle, so neither the timestamps subscriber (which would stamp `now` again) nor the response
 * cache hears of it; `updatedAt` is read and written back as the database stored it.
 */
async function stampsOfOtherLanguages(strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<Stamp[]> {
  const column = updatedAtColumn(strapi, uid);
  const rows = (await strapi.db
    .queryBuilder(uid)
    .select(['id', 'updatedAt'])
    .where({ documentId, locale: { $ne: locale } })
    .execute({ mapResults: false })) as Record<string, unknown>[];
  return rows.map((row) => ({ id: row.id as number, updatedAt: row[column] }));
}

/** PostgreSQL hands timestamps back as Date objects, SQLite as numbers or strings. */
const sameStamp = (a: unknown, b: unknown) => (a instanceof Date ? a.getTime() : a) === (b instanceof Date ? b.getTime() : b);

function updatedAtColumn(strapi: Core.Strapi, uid: string): string {
  const attribute = strapi.db.metadata.get(uid).attributes.updatedAt as { columnName?: string } | undefined;
  return attribute?.columnName ?? 'updated_at';
}

export const keepOtherLanguagesStatus = defineWriteHook({
  name: 'other languages keep their status',
  types: LOCALIZED_TYPES,
  // The actions after which Strapi's i18n or versions-in-step.ts copy shared values between languages.
  actions: ['update', 'publish', 'discardDraft'],
  run: async (strapi, context, next) => {
    const params = context.params as { documentId?: string; locale?: unknown };
    const locale = params.locale ?? DEFAULT_LOCALE;
    if (!params.documentId || typeof locale !== 'string' || locale === '*') return next();

    const before = await stampsOfOtherLanguages(strapi, context.uid, params.documentId, locale);
    const result = await next();
    const after = new Map((await stampsOfOtherLanguages(strapi, context.uid, params.documentId, locale)).map((row) => [row.id, row.updatedAt]));
    for (const row of before) {
      // A row this action removed or replaced (publishing swaps the published row) is left alone.
      if (!after.has(row.id) || sameStamp(after.get(row.id), row.updatedAt)) continue;
      await strapi.db.queryBuilder(context.uid as UID.ContentType).update({ updatedAt: row.updatedAt }).where({ id: row.id }).execute();
    }
    return result;
  },
});
