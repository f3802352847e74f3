/**
 * A tag or series that content still uses cannot be deleted: Strapi would silently drop it from
 * every post and paper (and a series' posts would lose their order). The refusal names the users,
 * so the owner can retag or move them first, or decide to keep the term.
 */
import type { UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defineWriteHook } from '../write-pipeline/hook';

interface Usage {
  uid: UID.ContentType;
  field: string;
  label: [one: string, many: string];
}

const TERMS: Record<string, { label: string; nameField: string; usedBy: Usage[] }> = {
  'api::tag.tag': {
    label: 'tag',
    nameField: 'name',
    usedBy: [
      { uid: 'api::blog-post.blog-post', field: 'tags', label: ['blog post', 'blog posts'] },
      { uid: 'api::publication.publication', field: 'tags', label: ['publication', 'publications'] },
    ],
  },
  'api::series.series': {
    label: 'series',
    nameField: 'title',
    usedBy: [{ uid: 'api::blog-post.blog-post', field: 'series', label: ['blog post', 'blog posts'] }],
  },
};

/** How many titles a message lists before "and N more". */
const LISTED = 5;

export const refuseDeletingUsedTerms = defineWriteHook({
  name: 'used terms stay',
  types: Object.keys(TERMS),
  actions: ['delete'],
  run: async (strapi, context, next) => {
    const term = TERMS[context.uid];
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();

    const uses: string[] = [];
    for (const usage of term.usedBy) {
      // Drafts and published versions alike: a draft-only post would lose the term too.
      const rows = (await strapi.db.query(usage.uid).findMany({
        where: { [usage.field]: { documentId } },
        select: ['documentId', 'title'],
      })) as { documentId: string; title: string }[];
      const titles = [...new Map(rows.map((row) => [row.documentId, row.title])).values()];
      if (!titles.length) continue;
      const listed = titles.slice(0, LISTED).map((title) => `"${title}"`).join(', ');
      const more = titles.length > LISTED ? ` and ${titles.length - LISTED} more` : '';
      uses.push(`${titles.length} ${usage.label[titles.length === 1 ? 0 : 1]} (${listed}${more})`);
    }
    if (uses.length) {
      const row = (await strapi.db.query(context.uid as UID.ContentType).findOne({
        where: { documentId },
        select: [term.nameField],
      })) as Record<string, unknown> | null;
      throw new errors.ValidationError(
        `The ${term.label} "${String(row?.[term.nameField] ?? documentId)}" is still used by ${uses.join(' and ')}; ` +
          `remove it from them first, then delete it`,
      );
    }
    return next();
  },
});
