import type { Core } from '@strapi/strapi';
import type { HttpContext as Context } from '../../../utils/http-context';
import { createPublishedContent } from '../../../public-read/published-content';
import { postFilters, publicationFilters, rejectUnknown } from '../../../public-read/query/query-params';
import { cmsPublicUrl } from '../../../site-addresses/cms-public-url';
import { combinedFeed, newsFeed as buildNewsFeed, postsFeed as buildPostsFeed, publicationsFeed, renderAtom, renderJsonFeed, renderRss, type FeedContext, type FeedDocument } from '../services/build-feeds';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = createPublishedContent(strapi);
  const limit = strapi.config.get<number>('site.feedItemLimit', 50);

  async function postsFeed(ctx: Context): Promise<FeedDocument> {
    const filters = postFilters(ctx.query);
    const [posts, profile] = await Promise.all([content.posts(filters, limit), content.profile()]);
    return buildPostsFeed(posts, feedContext(profile, filters.tag));
  }

  async function newsFeed(ctx: Context): Promise<FeedDocument> {
    rejectUnknown(ctx.query, []);
    const [items, profile] = await Promise.all([content.newsItems(limit), content.profile()]);
    return buildNewsFeed(items, feedContext(profile));
  }

  async function allFeed(ctx: Context): Promise<FeedDocument> {
    rejectUnknown(ctx.query, []);
    const [posts, items, publications, profile] = await Promise.all([content.posts({}, limit), content.newsItems(limit), content.publications({}, limit), content.profile()]);
    return combinedFeed(posts, items, publications, feedContext(profile), limit);
  }

  /** The three formats of one feed, as controller actions. */
  function formats(build: (ctx: Context) => Promise<FeedDocument>) {
    return {
      async rss(ctx: Context) {
        ctx.type = 'application/rss+xml; charset=utf-8';
        ctx.body = renderRss(await build(ctx));
      },
      async atom(ctx: Context) {
        ctx.type = 'application/atom+xml; charset=utf-8';
        ctx.body = renderAtom(await build(ctx));
      },
      async json(ctx: Context) {
        ctx.type = 'application/feed+json; charset=utf-8';
        ctx.body = renderJsonFeed(await build(ctx));
      },
    };
  }
  const postsFormats = formats(postsFeed);
  const newsFormats = formats(newsFeed);
  const allFormats = formats(allFeed);

  function feedContext(profile: FeedContext['profile'], tag?: string): FeedContext {
    return { siteUrl: strapi.config.get<string>('site.url'), cmsUrl: cmsPublicUrl(strapi), profile, tag };
  }

  return {
    newsRss: newsFormats.rss,
    newsAtom: newsFormats.atom,
    newsJson: newsFormats.json,
    allRss: allFormats.rss,
    allAtom: allFormats.atom,
    allJson: allFormats.json,
    postsRss: postsFormats.rss,
    postsAtom: postsFormats.atom,
    postsJson: postsFormats.json,
    async publicationsRss(ctx: Context) {
      const filters = publicationFilters(ctx.query);
      const [publications, profile] = await Promise.all([content.publications(filters, limit), content.profile()]);
      ctx.type = 'application/rss+xml; charset=utf-8';
      ctx.body = renderRss(publicationsFeed(publications, feedContext(profile, filters.tag)));
    },
  };
};
