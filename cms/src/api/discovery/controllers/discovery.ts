import type { Core } from '@strapi/strapi';
import { buildOpenApiDocument, type SitePagesResponse } from '@homepage/shared';
import type { HttpContext } from '../../../utils/http-context';
import { rejectUnknown } from '../../../public-read/query/query-params';
import { cmsPublicUrl } from '../../../site-addresses/cms-public-url';
import { buildSitemap } from '../services/sitemap';
import { createSitePages } from '../services/site-pages';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sitePages = createSitePages(strapi);
  let openApi: string | undefined; // depends on configuration only: built once

  return {
    async openapi(ctx: HttpContext) {
      rejectUnknown(ctx.query, []);
      openApi ??= JSON.stringify(buildOpenApiDocument(cmsPublicUrl(strapi), strapi.config.get<string>('site.url')));
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = openApi;
    },

    async sitemap(ctx: HttpContext) {
      rejectUnknown(ctx.query, []);
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = buildSitemap(strapi.config.get<string>('site.url'), await sitePages());
    },

    async sitePages(ctx: HttpContext) {
      rejectUnknown(ctx.query, []);
      const body: SitePagesResponse = { data: await sitePages() };
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = body;
    },
  };
};
