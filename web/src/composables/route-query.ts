import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';

/**
 * Writes URL query parameters as one new history entry, so Back undoes a committed filter
 * change (a select, a settled or submitted search) rather than leaving the list. Empty values
 * drop their parameter; `resets` names parameters to drop as well (the page number when a
 * filter changes). Several at once (Clear filters) are one entry, not one each.
 */
export function useQueryWriter(): (values: Record<string, string>, resets?: string[]) => void {
  const route = useRoute();
  const router = useRouter();
  return (values, resets = []) => {
    const current = (name: string) => {
      const value = route.query[name];
      return (Array.isArray(value) ? value[0] : value) ?? '';
    };
    if (Object.entries(values).every(([name, value]) => current(name) === value)) return;
    const query: LocationQueryRaw = { ...route.query };
    for (const [name, value] of Object.entries(values)) query[name] = value || undefined;
    for (const reset of resets) delete query[reset];
    void router.push({ query });
  };
}

/** One URL query parameter as a writable string, so filters survive reloads, links and Back. */
export function useQueryParam(name: string, resets: string[] = []): WritableComputedRef<string> {
  const route = useRoute();
  const write = useQueryWriter();
  return computed({
    get: () => {
      const value = route.query[name];
      return (Array.isArray(value) ? value[0] : value) ?? '';
    },
    set: (value) => write({ [name]: value }, resets),
  });
}
