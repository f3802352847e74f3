/**
 * Slugs are addresses: each type's `uid` field is generated from its target field when left
 * empty (as the admin UI does while typing, but also for the API, imports and BibTeX-filled
 * titles), and a slug another document already uses is refused when saved, naming that document,
 * instead of only when publishing (Strapi checks published versions only). A slug is shared by the
 * language versions of one document and may not be used by another document in any language.
 * How a slug is made from a title: slug-from-title.ts.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isEmptyValue } from '../bibtex';
import { defineWriteHook } from '../write-pipeline/hook';

const TYPES: Record<string, string> = {
  'api::publication.publication': 'publication',
  'api::blog-post.blog-post': 'blog post',
  'api::tag.tag': 'tag',
  'api::series.series': 'series',
  'api::person.person': 'person',
};

/** The Document Service's "all locales": a free slug must be free in every language (i18n/versions-in-step.ts). */
const EVERY_LANGUAGE = '*';

interface SaveParams {
  data?: Record<string, unknown>;
  documentId?: string;
  locale?: string;
}

interface UidAttribute {
  type: string;
  targetField?: string;
}

/**
 * The admin fills a uid from an empty title with the type's name ("publication", "publication-1"),
 * and so from a title without Latin letters (a Chinese one): that is no slug of the owner's.
 */
export function isPlaceholderUid(strapi: Core.Strapi, uid: string, value: string): boolean {
  const singularName = strapi.contentTypes[uid as UID.ContentType].info.singularName;
  return new RegExp(`^${singularName}(-\\d+)?$`).test(value);
}

export const keepSlugsUnique = defineWriteHook({
  name: 'slugs unique',
  types: Object.keys(TYPES),
  actions: ['create', 'update'],
  run: async (strapi, context, next) => {
    const label = TYPES[context.uid];
    const uid = context.uid as UID.ContentType;
    const { data, documentId, locale } = context.params as SaveParams;
    if (!data) return next();
    const attributes = strapi.contentTypes[uid].attributes as Record<string, UidAttribute>;
    const uids = strapi.plugin('content-manager').service('uid');

    for (const [field, attribute] of Object.entries(attributes)) {
      if (attribute.type !== 'uid' || !attribute.targetField) continue;
      const isNew = context.action === 'create';
      // A placeholder made before the title came (pasted BibTeX) is replaced by one from the title.
      const typedTarget = data[attribute.targetField];
      const isPlaceholder =
        typeof data[field] === 'string' &&
        isPlaceholderUid(strapi, uid, data[field]) &&
        typeof typedTarget === 'string' &&
        !isPlaceholderUid(strapi, uid, typedTarget.toLowerCase());
      if (isPlaceholder) data[field] = '';
      if (isEmptyValue(data[field]) && (isNew || field in data)) {
        const current = !isNew && documentId ? await strapi.documents(uid).findOne({ documentId, locale }) : null;
        const target = data[attribute.targetField] ?? current?.[attribute.targetField];
        if (typeof target === 'string' && target.trim()) {
          data[field] = await uids.generateUIDField({ contentTypeUID: uid, field, data: { [attribute.targetField]: target }, locale: EVERY_LANGUAGE });
        }
        continue;
      }
      if (typeof data[field] !== 'string') continue;
      const owner = (await strapi.db.query(uid).findOne({
        where: {
          [field]: data[field],
          ...(documentId ? { documentId: { $ne: documentId } } : {}),
        },
        select: ['documentId', attribute.targetField],
      })) as Record<string, unknown> | null;
      if (owner) {
        const free: string = await uids.findUniqueUID({ contentTypeUID: uid, field, value: data[field], locale: EVERY_LANGUAGE });
        const message = `${field} "${data[field]}" is already used by the ${label} "${String(owner[attribute.targetField])}"; choose another, e.g. "${free}"`;
        throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
      }
    }
    return next();
  },
});
