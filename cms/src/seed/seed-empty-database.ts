/**
 * First-boot import of the owner's homepage. Runs only when every content type is empty, so it
 * never overwrites or duplicates what the owner has since changed in the admin UI; on a fresh
 * database (`pnpm seed`, or any first boot) it runs again.
 */
import type { Core, UID } from '@strapi/strapi';
import { loadSeedContent } from './load-seed-content';
import type { SeedContent } from './seed-content';

const CONTENT_TYPES: UID.ContentType[] = [
  'api::profile.profile',
  'api::publication.publication',
  'api::blog-post.blog-post',
  'api::tag.tag',
  'api::series.series',
];

/** One query for every content type's table (drafts and translations count as content). */
export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  const knex = strapi.db.connection;
  const tables = CONTENT_TYPES.map((uid) => strapi.db.metadata.get(uid).tableName);
  const anyRow = tables.map(() => 'EXISTS (SELECT 1 FROM ??)').join(' OR ');
  const row = (await knex.first(knex.raw(`CASE WHEN ${anyRow} THEN 1 ELSE 0 END AS has_content`, tables))) as { has_content: number | string };
  return Number(row.has_content) === 0;
}

export async function seedEmptyDatabase(strapi: Core.Strapi): Promise<'seeded' | 'skipped'> {
  // Runs inside the boot lock (cluster/boot-lock.ts): instances booting together on one empty
  // database come here one at a time, so only the first imports and the others find its content.
  if (process.env.SEED_ON_BOOT === 'false' || !(await isContentEmpty(strapi))) return 'skipped';
  return importSeed(strapi);
}

async function importSeed(strapi: Core.Strapi): Promise<'seeded'> {
  const content = loadSeedContent(strapi.dirs.app.root);
  const started = Date.now();
  // One transaction: a failure half-way leaves the database empty, so the next boot retries.
  await strapi.db.transaction(() => importSeedContent(strapi, content));
  strapi.log.info(
    `Seeded the owner's homepage: ${content.publications.length} publications, ` +
      `${content.blogPosts.length} posts, ${content.tags.length} tags, ${content.series.length} series in ${Date.now() - started} ms`,
  );
  return 'seeded';
}

async function importSeedContent(strapi: Core.Strapi, content: SeedContent): Promise<void> {
  const status = 'published' as const;
  const tagIds = new Map<string, string>();
  for (const tag of content.tags) {
    const created = await strapi.documents('api::tag.tag').create({ data: tag, status });
    tagIds.set(tag.slug, created.documentId);
  }
  const seriesIds = new Map<string, string>();
  for (const series of content.series) {
    const created = await strapi.documents('api::series.series').create({ data: series, status });
    seriesIds.set(series.slug, created.documentId);
  }
  const publicationIds = new Map<string, string>();
  for (const { tags, ...publication } of content.publications) {
    const created = await strapi.documents('api::publication.publication').create({
      data: { ...publication, tags: tags.map((slug) => lookup(tagIds, slug, 'tag')) },
      status,
    });
    publicationIds.set(publication.slug, created.documentId);
  }
  for (const { tags, series, relatedPublications, ...post } of content.blogPosts) {
    await strapi.documents('api::blog-post.blog-post').create({
      data: {
        ...post,
        tags: tags.map((slug) => lookup(tagIds, slug, 'tag')),
        series: series ? lookup(seriesIds, series, 'series') : undefined,
        relatedPublications: (relatedPublications ?? []).map((slug) => lookup(publicationIds, slug, 'publication')),
      },
      status,
    });
  }
  await strapi.documents('api::profile.profile').create({ data: content.profile, status });
}

function lookup(ids: Map<string, string>, slug: string, what: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`seed/homepage.json refers to the ${what} "${slug}", which it does not define`);
  return id;
}
