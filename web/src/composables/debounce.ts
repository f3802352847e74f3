import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** A copy of `source` that follows it once it has been still for `ms` (typing into a search box). */
export function useDebounced<T>(source: Ref<T>, ms = 250): Ref<T> {
  const settled = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (settled.value = value), ms);
  });
  onScopeDispose(() => clearTimeout(timer));
  return settled;
}
