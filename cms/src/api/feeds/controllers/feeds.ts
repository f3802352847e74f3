import type { Core } from '@strapi/strapi';
import type { HttpContext as Context } from '../../../utils/http-context';
import { createPublishedContent } from '../../../public-read/published-content';
import { postFilters, publicationFilters } from '../../../public-read/query/query-params';
import { cmsPublicUrl } from '../../../site-addresses/cms-public-url';
import { postsFeed as buildPostsFeed, publicationsFeed, renderAtom, renderJsonFeed, renderRss, type FeedContext } from '../services/build-feeds';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = createPublishedContent(strapi);
  const limit = strapi.config.get<number>('site.feedItemLimit', 50);

  async function postsFeed(ctx: Context) {
    const filters = postFilters(ctx.query);
    const [posts, profile] = await Promise.all([content.posts(filters, limit), content.profile()]);
    return buildPostsFeed(posts, feedContext(profile, filters.tag));
  }

  function feedContext(profile: FeedContext['profile'], tag?: string): FeedContext {
    return { siteUrl: strapi.config.get<string>('site.url'), cmsUrl: cmsPublicUrl(strapi), profile, tag };
  }

  return {
    async postsRss(ctx: Context) {
      ctx.type = 'application/rss+xml; charset=utf-8';
      ctx.body = renderRss(await postsFeed(ctx));
    },
    async postsAtom(ctx: Context) {
      ctx.type = 'application/atom+xml; charset=utf-8';
      ctx.body = renderAtom(await postsFeed(ctx));
    },
    async postsJson(ctx: Context) {
      ctx.type = 'application/feed+json; charset=utf-8';
      ctx.body = renderJsonFeed(await postsFeed(ctx));
    },
    async publicationsRss(ctx: Context) {
      const filters = publicationFilters(ctx.query);
      const [publications, profile] = await Promise.all([content.publications(filters, limit), content.profile()]);
      ctx.type = 'application/rss+xml; charset=utf-8';
      ctx.body = renderRss(publicationsFeed(publications, feedContext(profile, filters.tag)));
    },
  };
};
