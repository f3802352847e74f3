/**
 * Which persons the public may see: those named on at least one published publication, with how
 * many such works each has. A person whose only works are drafts, a merged person (its works
 * moved to the person kept) and a person no publication names any more are not public: the
 * `/api/people` routes (api/person/controllers/person.ts) and the site's pages list these only.
 */
import type { Core } from '@strapi/strapi';

interface PublishedAuthors {
  authors?: { person?: { documentId: string } | null }[];
}

/** documentId of each public person → the number of published works naming them. */
export async function publishedCoAuthors(strapi: Core.Strapi): Promise<Map<string, number>> {
  const works = (await strapi.documents('api::publication.publication').findMany({
    status: 'published',
    fields: ['id'],
    populate: { authors: { populate: { person: { fields: ['documentId'] } } } },
    limit: 100_000,
  })) as unknown as PublishedAuthors[];
  const counts = new Map<string, number>();
  for (const work of works) {
    const people = new Set((work.authors ?? []).map((author) => author.person?.documentId).filter((id): id is string => Boolean(id)));
    for (const id of people) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
