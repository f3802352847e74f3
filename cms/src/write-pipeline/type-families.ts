/** The families of content types that write hooks apply to when a list of uids would go stale. */
import { isLocalizedType } from '../i18n/published-versions';
import { isPublicModel } from '../content-writes/public-writes';
import type { TypeFamily } from './hook';

/** The site's own content types (`api::…`), not the admin's, users' or uploads' ones. */
export const SITE_TYPES: TypeFamily = {
  description: 'every api:: type',
  includes: (_strapi, uid) => uid.startsWith('api::'),
};

/** What visitors can read: the site's types and the media library's files. */
export const PUBLIC_TYPES: TypeFamily = {
  description: 'every api:: type visitors read, and uploaded files',
  includes: (_strapi, uid) => isPublicModel(uid),
};

/** Types with a version per language (i18n enabled in their schema). */
export const LOCALIZED_TYPES: TypeFamily = {
  description: 'every type with i18n on',
  includes: isLocalizedType,
};
