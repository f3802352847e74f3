import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { HttpContext } from '../../../utils/http-context';
import { createPublishedContent } from '../../../public-read/published-content';
import { publicationFilters, rejectUnknown, slugFromPath } from '../../../public-read/query/query-params';
import { postToCsl, publicationToCsl } from '../services/csl-items';
import { CONTENT_TYPES, formatCitations, type CitationFormat } from '../services/format-citations';

function citationFormat(value: string | undefined): CitationFormat {
  if (value === 'bib' || value === 'ris' || value === 'json') return value;
  throw new errors.NotFoundError(`No citation format ".${String(value).slice(0, 20)}": use .bib, .ris or .json`);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = createPublishedContent(strapi);
  const siteUrl = () => strapi.config.get<string>('site.url');

  function send(ctx: HttpContext, format: CitationFormat, body: string, filename: string) {
    ctx.type = CONTENT_TYPES[format];
    ctx.set('Content-Disposition', `inline; filename="${filename}.${format}"`);
    ctx.body = body;
  }

  return {
    async publications(ctx: HttpContext) {
      const format = citationFormat(ctx.params.format);
      const publications = await content.publications(publicationFilters(ctx.query));
      const citables = publications.map((p) => ({ item: publicationToCsl(p, siteUrl()), rawBibtex: p.bibtex }));
      send(ctx, format, formatCitations(citables, format), 'publications');
    },
    async publication(ctx: HttpContext) {
      const format = citationFormat(ctx.params.format);
      rejectUnknown(ctx.query, []);
      const slug = slugFromPath(ctx.params.slug, 'publication');
      const [publication] = await content.publications({ slug }, 1);
      if (!publication) throw new errors.NotFoundError(`No publication "${slug}"`);
      const citable = { item: publicationToCsl(publication, siteUrl()), rawBibtex: publication.bibtex };
      send(ctx, format, formatCitations([citable], format), slug);
    },
    async post(ctx: HttpContext) {
      const format = citationFormat(ctx.params.format);
      rejectUnknown(ctx.query, []);
      const slug = slugFromPath(ctx.params.slug, 'blog post');
      const [[post], profile] = await Promise.all([content.posts({ slug }, 1), content.profile()]);
      if (!post) throw new errors.NotFoundError(`No blog post "${slug}"`);
      send(ctx, format, formatCitations([{ item: postToCsl(post, profile, siteUrl()) }], format), slug);
    },
  };
};
