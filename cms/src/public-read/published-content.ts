/**
 * Reads published content for the outputs built outside Strapi's core controllers (feeds,
 * citations, sitemap). Always `status: 'published'`: drafts never reach these outputs. Localised
 * content comes in the default language, or in its own when it has no version in that one.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, type SiteLocale, type BlogPost, type CoAuthor, type NewsItem, type Profile, type Publication, type PublicationKind, type Series, type Tag, type Talk } from '@homepage/shared';
import { chosenVersions, withLocales } from '../i18n/published-versions';
import { blogPostPopulate, newsItemPopulate, profilePopulate, publicationPopulate, talkPopulate } from './populate';
import { publishedCoAuthors } from './published-people';

type Filters = Record<string, { $eq: string | number | boolean } | { slug: { $eq: string } } | { $in: number[] }>;

export interface PublicationFilters {
  kind?: PublicationKind;
  year?: number;
  tag?: string;
  selected?: boolean;
  slug?: string;
}

export interface PostFilters {
  tag?: string;
  slug?: string;
}

/** Blog posts as stored, with the fields computed when they are saved. */
export type StoredPost = BlogPost & {
  bodyHtml?: string | null;
  wordCount?: number | null;
  readingMinutes?: number | null;
};

export function createPublishedContent(strapi: Core.Strapi) {
  /** One version per published document of a localised type without filters of its own. */
  async function localizedList<T>(uid: 'api::news-item.news-item' | 'api::talk.talk', populate: object, sort: object[], limit: number, locale: SiteLocale): Promise<T[]> {
    const versions = await chosenVersions(strapi, uid, locale);
    const found = await strapi.documents(uid).findMany({
      status: 'published',
      locale: '*',
      filters: { id: { $in: [...versions.values()].map((version) => version.id) } },
      sort: sort as never,
      populate: populate as never,
      limit,
    });
    return withLocales(found, versions) as unknown as T[];
  }

  return {
    async publications(filters: PublicationFilters = {}, limit = 1000): Promise<Publication[]> {
      const where: Filters = {};
      if (filters.kind) where.kind = { $eq: filters.kind };
      if (filters.year !== undefined) where.year = { $eq: filters.year };
      if (filters.selected !== undefined) where.selected = { $eq: filters.selected };
      if (filters.tag) where.tags = { slug: { $eq: filters.tag } };
      if (filters.slug) where.slug = { $eq: filters.slug };
      const found = await strapi.documents('api::publication.publication').findMany({
        status: 'published',
        filters: where,
        sort: [{ date: 'desc' }, { year: 'desc' }, { title: 'asc' }],
        populate: publicationPopulate,
        limit,
      });
      return found as unknown as Publication[];
    },

    async posts(filters: PostFilters = {}, limit = 1000, locale: SiteLocale = DEFAULT_LOCALE): Promise<StoredPost[]> {
      const versions = await chosenVersions(strapi, 'api::blog-post.blog-post', locale);
      const where: Filters = { id: { $in: [...versions.values()].map((version) => version.id) } };
      if (filters.tag) where.tags = { slug: { $eq: filters.tag } };
      if (filters.slug) where.slug = { $eq: filters.slug };
      const found = await strapi.documents('api::blog-post.blog-post').findMany({
        status: 'published',
        locale: '*',
        filters: where,
        sort: [{ date: 'desc' }, { title: 'asc' }],
        populate: blogPostPopulate,
        limit,
      });
      return withLocales(found, versions) as unknown as StoredPost[];
    },

    /** News items, newest first, each in `locale` where translated (its `bodyHtml` rendered when saved). */
    async newsItems(limit = 1000, locale: SiteLocale = DEFAULT_LOCALE): Promise<NewsItem[]> {
      return localizedList<NewsItem>('api::news-item.news-item', newsItemPopulate, [{ date: 'desc' }, { id: 'desc' }], limit, locale);
    },

    async talks(limit = 1000, locale: SiteLocale = DEFAULT_LOCALE): Promise<Talk[]> {
      return localizedList<Talk>('api::talk.talk', talkPopulate, [{ date: 'desc' }, { title: 'asc' }], limit, locale);
    },

    async profile(locale: SiteLocale = DEFAULT_LOCALE): Promise<Profile | null> {
      const versions = await chosenVersions(strapi, 'api::profile.profile', locale);
      const [version] = versions.values();
      if (!version) return null;
      const found = await strapi.documents('api::profile.profile').findFirst({ status: 'published', locale: version.locale, populate: profilePopulate });
      return found ? (withLocales([found], versions)[0] as unknown as Profile) : null;
    },

    async tags(): Promise<Tag[]> {
      return (await strapi.documents('api::tag.tag').findMany({ status: 'published', limit: 1000 })) as unknown as Tag[];
    },

    /** Co-authors named on at least one published work. */
    async people(): Promise<CoAuthor[]> {
      const visible = [...(await publishedCoAuthors(strapi)).keys()];
      if (visible.length === 0) return [];
      return (await strapi.documents('api::person.person').findMany({ filters: { documentId: { $in: visible } }, sort: [{ name: 'asc' }], limit: 100_000 })) as unknown as CoAuthor[];
    },

    async series(): Promise<Series[]> {
      return (await strapi.documents('api::series.series').findMany({ status: 'published', limit: 1000 })) as unknown as Series[];
    },
  };
}

export type PublishedContent = ReturnType<typeof createPublishedContent>;
