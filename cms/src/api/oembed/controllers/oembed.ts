/**
 * GET /oembed?url=…&format=json&maxwidth=…&maxheight=…: a `rich` oEmbed 1.0 answer whose `html`
 * is an iframe of the site's /embed/<view> page (https://oembed.com/#section2.3.4.4). 404 for a URL
 * that is not a page of this site (or a publication or post not published), 501 for
 * `format=xml` (the spec's answer for an unsupported format), 400 for a bad parameter.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EMBED_LABELS, escapeHtml, pathInLocale, sitePaths } from '@homepage/shared';
import type { HttpContext as Context } from '../../../utils/http-context';
import { sendApiError } from '../../../utils/api-error';
import { createPublishedContent } from '../../../public-read/published-content';
import { rejectUnknown } from '../../../public-read/query/query-params';
import { embeddedPage } from '../services/embedded-page';

const WIDTH = { default: 600, min: 200 };
/** An embed of five titles with their venues, and the "all …" link, at the default width. */
const HEIGHT = 340;
const MIN_HEIGHT = 120;

function size(query: Record<string, unknown>, name: string): number | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,5}$/.test(value) || Number(value) === 0) {
    throw new errors.ValidationError(`${name}=${JSON.stringify(value).slice(0, 40)} must be a positive whole number of pixels, e.g. ${name}=600`);
  }
  return Number(value);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = createPublishedContent(strapi);
  return {
    async answer(ctx: Context) {
      // `dnt` is what WordPress adds to every oEmbed request.
      rejectUnknown(ctx.query, ['url', 'format', 'maxwidth', 'maxheight', 'dnt']);
      const { url, format = 'json' } = ctx.query as Record<string, unknown>;
      if (format !== 'json') {
        if (format === 'xml') return sendApiError(ctx, 501, 'NotImplementedError', 'format=xml is not offered; ask for format=json');
        throw new errors.ValidationError(`format=${JSON.stringify(format).slice(0, 40)} is not offered; ask for format=json`);
      }
      if (typeof url !== 'string') throw new errors.ValidationError('url is required once, e.g. ?url=https://example.org/publications&format=json');
      const maxWidth = size(ctx.query, 'maxwidth');
      const maxHeight = size(ctx.query, 'maxheight');

      const siteUrl = strapi.config.get<string>('site.url');
      const page = embeddedPage(url, siteUrl);
      if (!page) throw new errors.NotFoundError(`${url.slice(0, 200)} is not a page this site embeds (its publication and blog pages, e.g. ${siteUrl}/publications)`);
      const [item, profile] = await Promise.all([
        page.slug === undefined ? undefined : page.view === 'posts' ? content.posts({ slug: page.slug }, 1) : content.publications({ slug: page.slug }, 1),
        content.profile(),
      ]);
      if (item !== undefined && item.length === 0) throw new errors.NotFoundError(`Nothing is published at ${url.slice(0, 200)}`);

      const width = Math.max(WIDTH.min, Math.min(maxWidth ?? WIDTH.default, WIDTH.default));
      const height = Math.max(MIN_HEIGHT, Math.min(maxHeight ?? HEIGHT, HEIGHT));
      const title = item?.[0]?.title ?? `${EMBED_LABELS[page.locale][page.view].title} · ${profile?.name ?? ''}`;
      const src = `${siteUrl}${pathInLocale(sitePaths.embedView(page.view), page.locale)}`;
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = {
        version: '1.0',
        type: 'rich',
        title,
        ...(profile ? { author_name: profile.name, author_url: siteUrl } : {}),
        provider_name: profile?.name ?? new URL(siteUrl).host,
        provider_url: siteUrl,
        cache_age: 3600,
        width,
        height,
        html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
      };
    },
  };
};
