import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';

/**
 * One URL query parameter as a writable string, so filters survive reloads, links and Back.
 * Writing replaces the history entry; `resets` names parameters to drop on change (the page
 * number when a filter changes).
 */
export function useQueryParam(name: string, resets: string[] = []): WritableComputedRef<string> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => {
      const value = route.query[name];
      return (Array.isArray(value) ? value[0] : value) ?? '';
    },
    set: (value) => {
      const query: LocationQueryRaw = { ...route.query, [name]: value || undefined };
      for (const reset of resets) delete query[reset];
      void router.replace({ query });
    },
  });
}
