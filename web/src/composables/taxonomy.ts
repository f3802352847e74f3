import { toValue, type MaybeRefOrGetter } from 'vue';
import { useResource } from '../stores/resource';
import { useCms } from './cms';

export function useTags() {
  const cms = useCms();
  return useResource('tags', () => cms.tags.list());
}

export function useSeriesList() {
  const cms = useCms();
  return useResource('series', () => cms.series.list());
}

export function useTag(slug: MaybeRefOrGetter<string>) {
  const cms = useCms();
  return useResource(
    () => `tag:${toValue(slug)}`,
    () => cms.tags.getBySlug(toValue(slug)),
  );
}

export function useSeries(slug: MaybeRefOrGetter<string>) {
  const cms = useCms();
  return useResource(
    () => `series:${toValue(slug)}`,
    () => cms.series.getBySlug(toValue(slug)),
  );
}
