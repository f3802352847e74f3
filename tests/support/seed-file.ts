/** What the first boot imports: the owner's content as `cms/seed/homepage.json` holds it. */
import { readFileSync } from 'node:fs';

/** The parts of the seed file the tests compare the API against. */
export interface SeedFile {
  profile: { name: string; nativeName?: string };
  tags: { slug: string }[];
  series: { slug: string }[];
  publications: { slug: string; title: string; kind: string; internalNote?: string; authors: { name: string; isOwner: boolean }[] }[];
  blogPosts: { slug: string; title: string; series?: string; tags: string[]; relatedPublications?: string[] }[];
}

export const SEED: SeedFile = JSON.parse(
  readFileSync(new URL('../../cms/seed/homepage.json', import.meta.url), 'utf8'),
) as SeedFile;

/** Public list route of each seeded collection, with the seed file's slugs for it. */
export const SEEDED_COLLECTIONS = [
  { route: '/api/publications', slugs: SEED.publications.map((p) => p.slug) },
  { route: '/api/blog-posts', slugs: SEED.blogPosts.map((p) => p.slug) },
  { route: '/api/tags', slugs: SEED.tags.map((t) => t.slug) },
  { route: '/api/series-list', slugs: SEED.series.map((s) => s.slug) },
] as const;
