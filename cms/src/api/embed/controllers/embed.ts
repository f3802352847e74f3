/**
 * GET /api/embed/<view>?limit=&locale=&tag=&kind=: the JSON `<homepage-works>` and the site's
 * /embed/<view> pages render. Cached like every public read, with a Cache-Control that lets the
 * pages of other sites show a stale copy while it revalidates (public-read/cache/conditional-get.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EMBED_LIMITS, EMBED_VIEWS, isEmbedView } from '@homepage/shared';
import type { HttpContext as Context } from '../../../utils/http-context';
import { createPublishedContent } from '../../../public-read/published-content';
import { publicationFilters, rejectUnknown } from '../../../public-read/query/query-params';
import { requestedLocale } from '../../../i18n/published-versions';
import { embedList } from '../services/embed-list';

function embedLimit(value: unknown): number {
  if (value === undefined) return EMBED_LIMITS.default;
  const limit = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= EMBED_LIMITS.max)) {
    throw new errors.ValidationError(`limit=${JSON.stringify(value).slice(0, 40)} must be a whole number from 1 to ${EMBED_LIMITS.max}, e.g. limit=5`);
  }
  return limit;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = createPublishedContent(strapi);
  return {
    async list(ctx: Context) {
      const view: unknown = ctx.params.view;
      if (!isEmbedView(view)) {
        throw new errors.NotFoundError(`No embed view "${String(view).slice(0, 40)}"; the views are ${EMBED_VIEWS.join(', ')}`);
      }
      const { limit, locale, ...filters } = ctx.query as Record<string, unknown>;
      // A kind narrows publications; posts have none.
      rejectUnknown(filters, view === 'posts' ? ['tag'] : ['tag', 'kind']);
      const { tag, kind } = publicationFilters(filters);
      const data = await embedList(content, strapi.config.get<string>('site.url'), { view, limit: embedLimit(limit), locale: requestedLocale(locale), tag, kind });
      ctx.body = { data };
    },
  };
};
