/**
 * Strapi's plugin extension point for the content manager (loaded from dist/src/extensions):
 * https://docs.strapi.io/cms/plugins-development/plugins-extension
 * Two of its services learn that a post's slug is shared by its languages (src/i18n/shared-uids.ts).
 */
import type { Core } from '@strapi/strapi';
import { sharedUidOfTranslation, withSharedUids } from '../../i18n/shared-uids';

type ServiceFactory = (deps: { strapi: Core.Strapi }) => Record<string, unknown>;

interface DocumentMetadataService {
  getAvailableLocales(uid: string, version: unknown, allVersions: unknown): Promise<Record<string, unknown>[]>;
}

interface UidService {
  generateUIDField(input: { contentTypeUID: string; field: string; data?: Record<string, unknown>; locale?: string }): Promise<string>;
}

interface ContentManagerServer {
  services: Record<string, ServiceFactory>;
}

export default (plugin: ContentManagerServer): ContentManagerServer => {
  const documentMetadata = plugin.services['document-metadata'];
  plugin.services['document-metadata'] = (deps) => {
    const service = documentMetadata(deps) as unknown as DocumentMetadataService;
    const getAvailableLocales = service.getAvailableLocales.bind(service);
    // The service calls this.getAvailableLocales, so replacing the method on it is enough.
    service.getAvailableLocales = async (uid, version, allVersions) =>
      withSharedUids(deps.strapi, uid, await getAvailableLocales(uid, version, allVersions));
    return service as unknown as Record<string, unknown>;
  };

  const uid = plugin.services.uid;
  plugin.services.uid = (deps) => {
    const service = uid(deps) as unknown as UidService;
    const generateUIDField = service.generateUIDField.bind(service);
    service.generateUIDField = async (input) => (await sharedUidOfTranslation(deps.strapi, input)) ?? generateUIDField(input);
    return service as unknown as Record<string, unknown>;
  };
  return plugin;
};
