import type { Core } from '@strapi/strapi';
import { buildOpenApiDocument } from '@homepage/shared';
import type { HttpContext } from '../../../utils/http-context';
import { createPublishedContent } from '../../../public-content/published-content';
import { rejectUnknown } from '../../../public-content/query-params';
import { cmsPublicUrl } from '../../../public-content/public-urls';
import { buildSitemap, type SitemapEntry } from '../services/sitemap';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = createPublishedContent(strapi);
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
      const [publications, posts, tags, series] = await Promise.all([
        content.publications(),
        content.posts(),
        content.tags(),
        content.series(),
      ]);
      const newest = (dates: string[]) => dates.sort().at(-1);
      const entries: SitemapEntry[] = [
        { path: '/', lastmod: newest([...publications, ...posts].map((d) => d.updatedAt)) },
        { path: '/publications', lastmod: newest(publications.map((p) => p.updatedAt)) },
        { path: '/blog', lastmod: newest(posts.map((p) => p.updatedAt)) },
        ...publications.map((p) => ({ path: `/publications/${p.slug}`, lastmod: p.updatedAt })),
        ...posts.map((p) => ({ path: `/blog/${p.slug}`, lastmod: p.updatedAt })),
        ...series.map((s) => ({ path: `/series/${s.slug}`, lastmod: s.updatedAt })),
        ...tags.map((t) => ({ path: `/tags/${t.slug}`, lastmod: t.updatedAt })),
      ];
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = buildSitemap(strapi.config.get<string>('site.url'), entries);
    },
  };
};
