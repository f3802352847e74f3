/**
 * Files that lost their last use, with the moment they did: the sweep deletes them once the grace
 * period has passed (sweep-orphans.ts). A table of its own rather than a column on Strapi's files,
 * so the upload plugin's schema stays Strapi's; created in bootstrap like the rate limit table.
 */
import type { Core } from '@strapi/strapi';
import type { Db } from './media-references';

export const ORPHANS_TABLE = 'homepage_media_orphans';

export async function ensureOrphansTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(ORPHANS_TABLE)) return;
  await knex.schema.createTable(ORPHANS_TABLE, (table) => {
    table.integer('file_id').primary();
    // Milliseconds since the epoch, as the rate limit table stores its times.
    table.bigInteger('orphaned_at').notNullable().index();
  });
}

/** Marks files as unused since `now`; a file marked already keeps its earlier moment. */
export async function markOrphans(db: Db, fileIds: number[], now: number): Promise<void> {
  if (fileIds.length === 0) return;
  await db(ORPHANS_TABLE)
    .insert(fileIds.map((id) => ({ file_id: id, orphaned_at: now })))
    .onConflict('file_id')
    .ignore();
}

/** Forgets the marks of files that are used again (picked again from the Media Library). */
export async function unmarkUsedFiles(db: Db, used: Set<number>): Promise<void> {
  const marked = ((await db(ORPHANS_TABLE).select('file_id')) as { file_id: number | string }[]).map((row) => Number(row.file_id));
  const again = marked.filter((id) => used.has(id));
  if (again.length > 0) await db(ORPHANS_TABLE).whereIn('file_id', again).del();
}

/** Forgets one file's mark (it was deleted, or found still in use). */
export async function unmarkFile(db: Db, fileId: number): Promise<void> {
  await db(ORPHANS_TABLE).where('file_id', fileId).del();
}

/** Marked files whose mark is older than `before`, oldest first. */
export async function orphansSince(db: Db, before: number): Promise<number[]> {
  const rows = (await db(ORPHANS_TABLE).where('orphaned_at', '<=', before).orderBy('orphaned_at').select('file_id')) as { file_id: number | string }[];
  return rows.map((row) => Number(row.file_id));
}
