/**
 * The admin's preview handler (config/admin.ts, Strapi 5's Preview feature): the content manager
 * asks it for the URL of the document in its edit view. A draft gets a short-lived signed link to
 * the SPA's preview page; the published version its public page. Other types have no preview.
 * https://docs.strapi.io/cms/features/preview
 */
import type { Core } from '@strapi/strapi';
import { isSiteLocale, pathInLocale, sitePaths, type PreviewType } from '@homepage/shared';
import { isLocalizedType } from '../i18n/published-versions';
import { previewLink } from './preview-link';
import type { PreviewSettings } from './preview-settings';

/** The previewable content types: their name in preview URLs and their public page. */
export const PREVIEWABLE: Record<string, { type: PreviewType; publicPath: (slug: string) => string }> = {
  'api::publication.publication': { type: 'publication', publicPath: sitePaths.publication },
  'api::blog-post.blog-post': { type: 'blog-post', publicPath: sitePaths.post },
};

interface HandlerParams {
  documentId?: string;
  locale?: string;
  status?: string;
}

declare const strapi: Core.Strapi;

export function createPreviewHandler(settings: PreviewSettings) {
  return async (uid: string, { documentId, locale, status }: HandlerParams): Promise<string | null> => {
    const previewable = PREVIEWABLE[uid];
    if (!previewable || !documentId) return null;
    const siteUrl = strapi.config.get<string>('site.url');
    // Only localised types have language versions; the site's other languages live under /<locale>/.
    const version = isLocalizedType(strapi, uid) && isSiteLocale(locale) ? locale : undefined;
    if (status === 'published') {
      const published = await strapi
        .documents(uid as 'api::publication.publication')
        .findOne({ documentId, status: 'published', fields: ['slug'], ...(version ? { locale: version } : {}) });
      const publicPath = published && previewable.publicPath(encodeURIComponent(published.slug));
      return publicPath ? `${siteUrl}${version ? pathInLocale(publicPath, version) : publicPath}` : null;
    }
    return previewLink(siteUrl, { type: previewable.type, documentId, locale: version }, settings.secret, { lifetimeSeconds: settings.lifetimeSeconds });
  };
}
