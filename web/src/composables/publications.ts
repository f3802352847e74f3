import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { Publication, PublicationKind, TagRef } from '@homepage/shared';
import { foldText, matchesAllWords } from '../lib/search';
import { useResource } from '../stores/resource';
import { useCms } from './cms';

export function useAllPublications() {
  const cms = useCms();
  return useResource('publications:all', () => cms.publications.listAll());
}

/** The home page's "Publications": selected works that are not technical reports. */
export function useSelectedPublications() {
  const cms = useCms();
  return useResource('publications:selected', () =>
    cms.publications.listAll({ selected: true, excludeKind: 'technical-report' }),
  );
}

export function useTechnicalReports() {
  const cms = useCms();
  return useResource('publications:technical-reports', () => cms.publications.listAll({ kind: 'technical-report' }));
}

export function usePublicationsTagged(tag: MaybeRefOrGetter<string>) {
  const cms = useCms();
  return useResource(
    () => `publications:tag:${toValue(tag)}`,
    () => cms.publications.listAll({ tag: toValue(tag) }),
  );
}

export function usePublication(slug: MaybeRefOrGetter<string>) {
  const cms = useCms();
  return useResource(
    () => `publication:${toValue(slug)}`,
    () => cms.publications.getBySlug(toValue(slug)),
  );
}

export interface PublicationFilters {
  kind: PublicationKind | '';
  tag: string;
  search: string;
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

export interface SearchContext {
  /** Other names of the owner (the profile's native name), matched by the owner's author entries. */
  ownerNames?: readonly string[];
}

export function filterPublications<T extends Publication>(
  works: readonly T[],
  filters: PublicationFilters,
  context: SearchContext = {},
): T[] {
  return works.filter(
    (work) =>
      (!filters.kind || work.kind === filters.kind) &&
      (!filters.tag || work.tags.some((tag) => tag.slug === filters.tag)) &&
      (!filters.search.trim() || matchesAllWords(searchableText(work, context), filters.search)),
  );
}

function searchableText(work: Publication, { ownerNames = [] }: SearchContext): string {
  return foldText(
    [
      work.title,
      work.summary,
      work.venue,
      work.venueShort,
      String(work.year),
      work.arxivId,
      ...work.authors.flatMap((author) => (author.isOwner ? [author.name, ...ownerNames] : [author.name])),
      ...work.tags.map((tag) => tag.name),
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** Newest year first; inside a year, newest date first and undated works last. */
export function groupByYear<T extends Pick<Publication, 'year' | 'date' | 'title'>>(works: readonly T[]): YearGroup<T>[] {
  const byYear = new Map<number, T[]>();
  for (const work of works) byYear.set(work.year, [...(byYear.get(work.year) ?? []), work]);
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => ({
      year,
      items: items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title)),
    }));
}

/**
 * The publication list's filters: what is shown, grouped by year, and which kinds and tags
 * are worth offering (those that occur in the list at all).
 */
export function usePublicationFilters(
  works: MaybeRefOrGetter<readonly Publication[]>,
  filters: MaybeRefOrGetter<PublicationFilters>,
  context: MaybeRefOrGetter<SearchContext> = {},
) {
  const visible = computed(() => filterPublications(toValue(works), toValue(filters), toValue(context)));
  const groups = computed(() => groupByYear(visible.value));
  const kinds = computed(() => [...new Set(toValue(works).map((work) => work.kind))]);
  const tags = computed(() => {
    const bySlug = new Map<string, TagRef>();
    for (const work of toValue(works)) for (const tag of work.tags) bySlug.set(tag.slug, tag);
    return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
  return { visible, groups, kinds, tags };
}
