/**
 * Strapi's plugin extension point for the content manager (loaded from dist/src/extensions):
 * https://docs.strapi.io/cms/plugins-development/plugins-extension
 * Two of its services change here:
 * - `uid`, what the admin's slug field calls while the owner types (and its Regenerate button) and
 *   what content-rules/unique-slugs.ts calls on save: a new language version of a post gets the
 *   post's slug (i18n/shared-uids.ts), and every other slug is made by
 *   content-rules/slug-from-title.ts (acronyms kept whole), so wrapping it changes every slug at once;
 * - `document-metadata`: a post's other language versions carry its shared slug, which a new
 *   version's form starts from (i18n/shared-uids.ts).
 */
import type { Core, UID } from '@strapi/strapi';
import { slugFromTitle } from '../../content-rules/slug-from-title';
import { sharedUidOfTranslation, withSharedUids } from '../../i18n/shared-uids';

interface GenerateParams {
  contentTypeUID: UID.ContentType;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}

interface UidService {
  generateUIDField(this: UidService, params: GenerateParams): Promise<string>;
  findUniqueUID(this: UidService, params: { contentTypeUID: UID.ContentType; field: string; value: string; locale?: string }): Promise<string>;
}

interface DocumentMetadataService {
  getAvailableLocales(uid: string, version: unknown, allVersions: unknown): Promise<Record<string, unknown>[]>;
}

interface ContentManagerPlugin {
  services: {
    uid: (deps: { strapi: Core.Strapi }) => UidService;
    'document-metadata': (deps: { strapi: Core.Strapi }) => DocumentMetadataService;
  };
}

export default (plugin: ContentManagerPlugin): ContentManagerPlugin => {
  const documentMetadata = plugin.services['document-metadata'];
  plugin.services['document-metadata'] = (deps) => {
    const service = documentMetadata(deps);
    const getAvailableLocales = service.getAvailableLocales.bind(service);
    // The service calls this.getAvailableLocales, so replacing the method on it is enough.
    service.getAvailableLocales = async (uid, version, allVersions) => withSharedUids(deps.strapi, uid, await getAvailableLocales(uid, version, allVersions));
    return service;
  };

  const strapiUidService = plugin.services.uid;
  plugin.services.uid = ({ strapi }) => {
    const service = strapiUidService({ strapi });
    return {
      ...service,
      async generateUIDField(params) {
        // A new language version of a post: the post's own slug, not a second one.
        const shared = await sharedUidOfTranslation(strapi, params);
        if (shared) return shared;
        const attribute = strapi.contentTypes[params.contentTypeUID]?.attributes[params.field] as { targetField?: string; maxLength?: number } | undefined;
        const target = attribute?.targetField ? params.data?.[attribute.targetField] : undefined;
        const value = typeof target === 'string' ? slugFromTitle(target, attribute?.maxLength) : '';
        // An empty slug (a title only in Chinese, no title yet): Strapi's own fallback, the type's name.
        if (!value) return service.generateUIDField.call(this, params);
        return this.findUniqueUID({ contentTypeUID: params.contentTypeUID, field: params.field, value, locale: params.locale });
      },
    };
  };
  return plugin;
};
