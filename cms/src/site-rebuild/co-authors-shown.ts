/**
 * The co-authors whose pages a published write may add an entry to. A person's page lists the
 * joint works and the posts about them (web/src/pages/PersonPage.vue); the site renders a page
 * again when it showed a changed document (web/server/render-plan.ts), which a work that newly
 * names the co-author, or a post newly about such a work, was not yet. So the rebuild notice
 * names those persons too, and the site renders their pages rather than every co-author's.
 * (A work or post that drops a co-author was on that page, so its own change already covers it.)
 */
import type { Core, UID } from '@strapi/strapi';
import { CO_AUTHOR_NAMED, type ContentChange } from '@homepage/shared';

const PUBLICATION: UID.ContentType = 'api::publication.publication';
const POST: UID.ContentType = 'api::blog-post.blog-post';

const AUTHORS_WITH_PERSON = { authors: { populate: { person: { fields: ['name'] } } } };

interface WithAuthors {
  authors?: { person?: { documentId?: string } | null }[] | null;
}

const personIds = (works: (WithAuthors | null | undefined)[]): string[] =>
  works.flatMap((work) => (work?.authors ?? []).map((author) => author.person?.documentId)).filter((id): id is string => typeof id === 'string');

/** The persons named by the published version of the changed work, or of the works the changed post is about. */
async function coAuthorIds(strapi: Core.Strapi, change: ContentChange): Promise<string[]> {
  if (!change.documentId || change.action === 'unpublish' || change.action === 'delete') return [];
  if (change.type === 'publication') {
    const work = (await strapi.documents(PUBLICATION).findOne({ documentId: change.documentId, status: 'published', populate: AUTHORS_WITH_PERSON })) as WithAuthors | null;
    return personIds([work]);
  }
  if (change.type === 'blog-post') {
    const post = (await strapi.documents(POST).findOne({
      documentId: change.documentId,
      status: 'published',
      ...(change.locale ? { locale: change.locale } : {}),
      populate: { relatedPublications: { populate: AUTHORS_WITH_PERSON } },
    })) as { relatedPublications?: WithAuthors[] } | null;
    return personIds(post?.relatedPublications ?? []);
  }
  return [];
}

/** One change per co-author the changed document names, for the rebuild notice. */
export async function coAuthorChanges(strapi: Core.Strapi, change: ContentChange): Promise<ContentChange[]> {
  const ids = [...new Set(await coAuthorIds(strapi, change))];
  return ids.map((documentId) => ({ type: 'person', documentId, locale: null, action: CO_AUTHOR_NAMED }));
}
