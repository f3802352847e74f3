/**
 * Strapi's content manager, with slugs made by content-rules/slug-from-title.ts: its uid service
 * is what the admin's slug field calls while the owner types (and its "regenerate" button), and
 * what content-rules/unique-slugs.ts calls on save, so wrapping it changes every slug at once.
 * https://docs.strapi.io/cms/plugins-development/plugins-extension
 */
import type { Core, UID } from '@strapi/strapi';
import { slugFromTitle } from '../../content-rules/slug-from-title';

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

interface ContentManagerPlugin {
  services: { uid: (deps: { strapi: Core.Strapi }) => UidService };
}

export default (plugin: ContentManagerPlugin): ContentManagerPlugin => {
  const strapiUidService = plugin.services.uid;
  plugin.services.uid = ({ strapi }) => {
    const service = strapiUidService({ strapi });
    return {
      ...service,
      async generateUIDField(params) {
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
