/** The owner's co-authors (issue 21): the index, one person, and what the owner shares with them. */
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { CoAuthor, Publication } from '@homepage/shared';
import { useResource } from '../stores/resource';
import { useCms } from './cms';
import { useLocale } from './locale';
import { useAllPublications } from './publications';

export function usePeople() {
  const cms = useCms();
  return useResource('people', () => cms.people.list());
}

export function usePerson(slug: MaybeRefOrGetter<string>) {
  const cms = useCms();
  return useResource(
    () => `person:${toValue(slug)}`,
    () => cms.people.getBySlug(toValue(slug)),
  );
}

/** The published works one co-author shares with the owner, newest first. */
export function useJointWorks(slug: MaybeRefOrGetter<string>) {
  const cms = useCms();
  return useResource(
    () => `publications:with:${toValue(slug)}`,
    () => cms.publications.listAll({ coAuthor: toValue(slug) }),
  );
}

/** Posts about a work the owner shares with one co-author (its related publications name them). */
export function useJointPosts(slug: MaybeRefOrGetter<string>) {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey(`posts:with:${toValue(slug)}`),
    () => cms.posts.listAll({ coAuthor: toValue(slug), locale: locale.value }),
  );
}

/** How many works the owner shares with each person (by slug): counted from the full list. */
export function jointWorkCounts(works: readonly Publication[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const work of works) {
    const slugs = new Set(work.authors.map((author) => author.person?.slug).filter((slug): slug is string => Boolean(slug)));
    for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

/** The co-authors with their joint-work counts, most shared first, then by name. */
export function useCoAuthorIndex() {
  const people = usePeople();
  const works = useAllPublications();
  const rows = computed((): { person: CoAuthor; works: number }[] => {
    const counts = jointWorkCounts(works.data.value ?? []);
    return (people.data.value ?? [])
      .map((person) => ({ person, works: counts.get(person.slug) ?? 0 }))
      .sort((a, b) => b.works - a.works || a.person.name.localeCompare(b.person.name));
  });
  return { people, works, rows };
}
