/**
 * Deletes the files whose last use went away longer than the grace period ago, through the upload
 * plugin's service, so the provider removes the bytes (every size of an image) and the Media
 * Library forgets them. Each file is checked again just before, inside the transaction that
 * deletes it: a file picked again, or linked from a text, stays and loses its mark. On PostgreSQL
 * the file's row is locked first, so another instance attaching it at that moment waits for the
 * answer (the link table's foreign key) instead of linking a file that is being deleted.
 */
import type { Core } from '@strapi/strapi';
import { usesPostgres } from '../cluster/run-exclusively';
import { isFileUsed, type StoredFile } from './media-references';
import { orphansSince, unmarkFile } from './orphan-marks';

const FILE = 'plugin::upload.file';

export interface SweepResult {
  deleted: string[];
  kept: number;
  failed: number;
}

export async function sweepOrphans(strapi: Core.Strapi, graceMs: number, now: number = Date.now()): Promise<SweepResult> {
  const result: SweepResult = { deleted: [], kept: 0, failed: 0 };
  const upload = strapi.plugin('upload').service('upload') as { remove(file: StoredFile): Promise<unknown> };
  const filesTable = strapi.db.metadata.get(FILE).tableName;

  for (const id of await orphansSince(strapi.db.connection, now - graceMs)) {
    try {
      await strapi.db.transaction(async ({ trx }) => {
        const locked = trx(filesTable).where({ id }).first('id');
        if (!(await (usesPostgres(strapi) ? locked.forUpdate() : locked))) return unmarkFile(trx, id); // deleted by hand meanwhile
        const file = (await strapi.db.query(FILE).findOne({ where: { id } })) as (StoredFile & { url: string }) | null;
        if (!file || (await isFileUsed(strapi, trx, file))) {
          result.kept += 1;
          return unmarkFile(trx, id);
        }
        await upload.remove(file);
        await unmarkFile(trx, id);
        result.deleted.push(file.url);
      });
    } catch (error) {
      // The mark stays: the next sweep tries again.
      result.failed += 1;
      strapi.log.error(`Media cleanup: could not delete file ${id}: ${(error as Error).message}`);
    }
  }
  return result;
}
