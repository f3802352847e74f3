/**
 * A post's or news item's Markdown rendered as the CMS stores it: its uploads linked to the CMS's
 * public address (cms-public-url.ts), where they are served. The save hooks and the boot's relink
 * of older bodies render through this, so all three link uploads to one address.
 */
import type { Core } from '@strapi/strapi';
import { cmsPublicUrl } from '../site-addresses/cms-public-url';
import { renderPostBody, type RenderedBody } from './render-post-body';

export function renderStoredBody(strapi: Core.Strapi, markdown: string): Promise<RenderedBody> {
  return renderPostBody(markdown, { mediaOrigin: cmsPublicUrl(strapi) });
}
