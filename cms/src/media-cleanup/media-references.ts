/**
 * Where an uploaded file is used: a media field (an avatar, a cover, a teaser; any document,
 * draft or published, any language, or a component inside one), which Strapi records in the upload
 * plugin's morph table, or a link to it written into a text (an image in a post's Markdown).
 */
import type { Core } from '@strapi/strapi';

/** The knex connection, or a transaction on it. */
export type Db = Core.Strapi['db']['connection'];

const FILE = 'plugin::upload.file';
const TEXT_TYPES = new Set(['string', 'text', 'richtext']);

interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
}

/** The table linking files to the fields using them (`files_related_mph`), from Strapi's own metadata. */
function morphTable(strapi: Core.Strapi): MorphJoinTable {
  const related = strapi.db.metadata.get(FILE).attributes.related as { joinTable?: MorphJoinTable };
  if (!related.joinTable) throw new Error(`${FILE}.related has no join table: the upload plugin's schema changed`);
  return related.joinTable;
}

/** Ids of every file some media field uses right now. */
export async function filesInMediaFields(strapi: Core.Strapi, db: Db): Promise<Set<number>> {
  const { name, joinColumn } = morphTable(strapi);
  const rows = (await db(name).distinct(joinColumn.name)) as Record<string, number | string>[];
  return new Set(rows.map((row) => Number(row[joinColumn.name])));
}

export interface StoredFile {
  id: number;
  hash: string;
}

/** True when a media field or a text still uses `file`. */
export async function isFileUsed(strapi: Core.Strapi, db: Db, file: StoredFile): Promise<boolean> {
  const { name, joinColumn } = morphTable(strapi);
  if (await db(name).where(joinColumn.name, file.id).first()) return true;
  // Every size Strapi makes of an image shares the original's hash in its file name
  // (/uploads/<hash>.png, /uploads/small_<hash>.png), so one search finds a link to any of them.
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)].filter((model) =>
    model.uid.startsWith('api::') || !model.uid.includes('::'),
  );
  for (const model of models) {
    const fields = Object.entries(model.attributes as Record<string, { type: string }>)
      .filter(([, attribute]) => TEXT_TYPES.has(attribute.type))
      .map(([field]) => field);
    if (fields.length === 0) continue;
    const where = { $or: fields.map((field) => ({ [field]: { $contains: file.hash } })) };
    if ((await strapi.db.query(model.uid as never).count({ where })) > 0) return true;
  }
  return false;
}
