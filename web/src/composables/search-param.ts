import { ref, watch, type Ref } from 'vue';
import { useDebounced } from './debounce';
import { useQueryParam } from './route-query';

/**
 * A search box bound to the `q` URL parameter: `typed` follows every keystroke (bind it to the
 * input), the URL catches up once typing pauses for `delayMs` (one history entry per settled
 * search, not per keystroke), and Back or a link that changes the URL updates the box. `resets` as for useQueryParam (the page number).
 */
export function useSearchParam(
  delayMs: number,
  resets: string[] = [],
): { typed: Ref<string>; settled: Ref<string>; settle: () => void } {
  const settled = useQueryParam('q', resets);
  const typed = ref(settled.value);
  const settle = () => {
    if (settled.value !== typed.value.trim()) settled.value = typed.value.trim();
  };
  watch(useDebounced(typed, delayMs), settle);
  watch(settled, (value) => {
    if (value !== typed.value.trim()) typed.value = value;
  });
  // `settle` puts what is typed into the URL at once (the filter form's submit, i.e. Enter).
  return { typed, settled, settle };
}
