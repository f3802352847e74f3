import { toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { BlogPost } from '@homepage/shared';
import type { PostQuery } from '../api/client';
import { encodeStrapiQuery } from '../api/query';
import { useResource } from '../stores/resource';
import { useCms } from './cms';
import { useLocale } from './locale';

/** How many posts the home page shows. */
export const HOME_POST_COUNT = 4;

/** Featured posts, or the latest ones when none is featured. */
export function useHomePosts() {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey('posts:home'),
    async () => {
      const featured = await cms.posts.list({ featured: true, pageSize: HOME_POST_COUNT, locale: locale.value });
      if (featured.data.length > 0) return featured.data;
      return (await cms.posts.list({ pageSize: HOME_POST_COUNT, locale: locale.value })).data;
    },
  );
}

/** One page of the blog listing. */
export function usePostList(query: MaybeRefOrGetter<PostQuery>) {
  const cms = useCms();
  const { locale } = useLocale();
  const localised = () => ({ ...toValue(query), locale: locale.value });
  return useResource(
    // The query names the language already.
    () => `posts:list:${encodeStrapiQuery({ ...localised() })}`,
    () => cms.posts.list(localised()),
  );
}

export function usePost(slug: MaybeRefOrGetter<string>) {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey(`post:${toValue(slug)}`),
    () => cms.posts.getBySlug(toValue(slug), locale.value),
  );
}

/** A series' posts in reading order; idle while the series is unknown. */
export function useSeriesPosts(series: MaybeRefOrGetter<string | null>) {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => {
      const slug = toValue(series);
      return slug ? localisedKey(`posts:series:${slug}`) : null;
    },
    () => cms.posts.listAll({ series: toValue(series) ?? '', bySeriesPosition: true, locale: locale.value }),
  );
}

export function usePostsTagged(tag: MaybeRefOrGetter<string>) {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey(`posts:tag:${toValue(tag)}`),
    () => cms.posts.listAll({ tag: toValue(tag), locale: locale.value }),
  );
}

/** Posts that discuss a publication. */
export function usePostsAbout(publication: MaybeRefOrGetter<string>) {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey(`posts:about:${toValue(publication)}`),
    () => cms.posts.listAll({ relatedPublication: toValue(publication), locale: locale.value }),
  );
}

export interface SeriesNeighbours<T> {
  previous: T | null;
  next: T | null;
  position: number;
  total: number;
}

/** Where a post sits in its series' reading order (posts as the CMS sorts them). */
export function seriesNeighbours<T extends Pick<BlogPost, 'slug'>>(posts: readonly T[], slug: string): SeriesNeighbours<T> {
  const index = posts.findIndex((post) => post.slug === slug);
  if (index === -1) return { previous: null, next: null, position: 0, total: posts.length };
  return {
    previous: posts[index - 1] ?? null,
    next: posts[index + 1] ?? null,
    position: index + 1,
    total: posts.length,
  };
}

/** KaTeX's stylesheet (and fonts) load only once a page shows math. */
export function useMathStyles(needed: MaybeRefOrGetter<boolean>): void {
  watch(
    () => toValue(needed),
    (yes) => {
      if (yes) void import('katex/dist/katex.min.css');
    },
    { immediate: true },
  );
}
