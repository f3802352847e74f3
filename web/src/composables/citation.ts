import { ref, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { CmsError } from '../api/errors';
import type { ResourceFailure } from '../stores/resource';
import { useCms } from './cms';

export type BibtexState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * A work's BibTeX entry, asked for only when `load` is called (the block is opened): most
 * visitors never open it, and the prerendered page stays free of it.
 */
export function useBibtex(slug: MaybeRefOrGetter<string>): {
  state: Ref<BibtexState>;
  text: Ref<string>;
  error: Ref<ResourceFailure | null>;
  load: () => Promise<void>;
} {
  const cms = useCms();
  const state = ref<BibtexState>('idle');
  const text = ref('');
  const error = ref<ResourceFailure | null>(null);

  async function load() {
    if (state.value === 'loading' || state.value === 'ready') return;
    state.value = 'loading';
    try {
      text.value = await cms.publications.getBibtex(toValue(slug));
      state.value = 'ready';
    } catch (failure) {
      if (!(failure instanceof CmsError)) throw failure;
      error.value = { kind: failure.kind, message: failure.message, status: failure.status };
      state.value = 'error';
    }
  }
  return { state, text, error, load };
}
