/**
 * Indexes on the columns public lists filter and sort by. Strapi's schema.json cannot declare
 * them, and user migrations run before Strapi creates its tables, so they are ensured here, after
 * the schema sync, with IF NOT EXISTS (valid on SQLite and PostgreSQL; a no-op once created).
 */
import type { Core } from '@strapi/strapi';

const INDEXES: { table: string; columns: string[] }[] = [
  { table: 'publications', columns: ['slug'] },
  { table: 'publications', columns: ['kind', 'year'] },
  { table: 'publications', columns: ['date'] },
  { table: 'blog_posts', columns: ['slug'] },
  { table: 'blog_posts', columns: ['date'] },
  { table: 'blog_posts', columns: ['language'] },
  { table: 'tags', columns: ['slug'] },
  { table: 'series', columns: ['slug'] },
];

export async function ensureContentIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const { table, columns } of INDEXES) {
    const name = `homepage_${table}_${columns.join('_')}_idx`;
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [name, table, ...columns]);
  }
}
