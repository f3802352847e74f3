/**
 * Keyed state of everything the pages load. One store per app instance (one per route when
 * prerendering): the prerenderer (src/entry-server.ts) renders with Vue's `onServerPrefetch`,
 * which `useResource` registers, embeds `store.serialize()` in the page, and the browser starts
 * from `createResourceStore(thatState)` without loading again.
 */
import {
  computed,
  getCurrentInstance,
  inject,
  onServerPrefetch,
  shallowReactive,
  toValue,
  watch,
  type App,
  type ComputedRef,
  type InjectionKey,
  type MaybeRefOrGetter,
} from 'vue';
import { isCmsError, type CmsErrorKind } from '../api/errors';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error' | 'not-found';

/** A failure as it survives serialisation. */
export interface ResourceFailure {
  kind: CmsErrorKind;
  message: string;
  status: number | null;
}

export type ResourceState<T> =
  | { status: 'idle' | 'loading' | 'not-found'; data: null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: ResourceFailure };

export type SerializedResources = Record<string, ResourceState<unknown>>;

const IDLE: ResourceState<never> = Object.freeze({ status: 'idle', data: null, error: null });
const LOADING: ResourceState<never> = Object.freeze({ status: 'loading', data: null, error: null });
const NOT_FOUND: ResourceState<never> = Object.freeze({ status: 'not-found', data: null, error: null });

export type ResourceStore = ReturnType<typeof createResourceStore>;

export function createResourceStore(initial: SerializedResources = {}) {
  // Shallow: entries are replaced whole, and loaded data is never made deeply reactive.
  const entries = shallowReactive(new Map<string, ResourceState<unknown>>(Object.entries(initial)));
  const pending = new Map<string, Promise<void>>();

  function state<T>(key: string): ResourceState<T> {
    return (entries.get(key) ?? IDLE) as ResourceState<T>;
  }

  /** Loads `key` unless it is ready or already loading; `force` reloads after an error or to refresh. */
  function load<T>(key: string, loader: () => Promise<T>, options: { force?: boolean } = {}): Promise<void> {
    const running = pending.get(key);
    if (running) return running;
    const current = state<T>(key).status;
    if (!options.force && (current === 'ready' || current === 'not-found')) return Promise.resolve();
    if (current !== 'ready') entries.set(key, LOADING);
    const task = loader()
      .then(
        (data) => {
          entries.set(key, { status: 'ready', data, error: null });
        },
        (error: unknown) => {
          entries.set(key, toFailureState(error));
        },
      )
      .finally(() => pending.delete(key));
    pending.set(key, task);
    return task;
  }

  /** Resolves once nothing is loading, including loads started while waiting. */
  async function settled(): Promise<void> {
    while (pending.size > 0) await Promise.all(pending.values());
  }

  /** Ready and not-found entries; errors are left out so the client tries again. */
  function serialize(): SerializedResources {
    const out: SerializedResources = {};
    for (const [key, entry] of entries) {
      if (entry.status === 'ready' || entry.status === 'not-found') out[key] = entry;
    }
    return out;
  }

  /** Keys whose load failed, so a prerenderer can refuse to write a page with an error in it. */
  function failures(): string[] {
    return [...entries].filter(([, entry]) => entry.status === 'error').map(([key]) => key);
  }

  const store = {
    state,
    load,
    settled,
    serialize,
    failures,
    /** `app.use(store)` makes it available to `useResource`. */
    install(app: App) {
      app.provide(resourceStoreKey, store);
    },
  };
  return store;
}

function toFailureState(error: unknown): ResourceState<never> {
  if (isCmsError(error) && error.kind === 'not-found') return NOT_FOUND;
  if (!isCmsError(error)) console.error(error);
  const failure = isCmsError(error)
    ? { kind: error.kind, message: error.message, status: error.status }
    : { kind: 'network' as const, message: String(error), status: null };
  return { status: 'error', data: null, error: failure };
}

export const resourceStoreKey: InjectionKey<ResourceStore> = Symbol('resource-store');

export function useResourceStore(): ResourceStore {
  const store = inject(resourceStoreKey, null);
  if (!store) throw new Error('useResourceStore() needs the resource store: app.use(createResourceStore())');
  return store;
}

export interface Resource<T> {
  key: ComputedRef<string>;
  state: ComputedRef<ResourceState<T>>;
  data: ComputedRef<T | null>;
  status: ComputedRef<ResourceStatus>;
  error: ComputedRef<ResourceFailure | null>;
  /** Loads again after a failure (the Retry button). */
  retry: () => Promise<void>;
}

/**
 * The state of one keyed load, started as soon as the key is known and again whenever it changes.
 * A key of `null` (say, a slug not known yet) leaves the resource idle.
 */
export function useResource<T>(key: MaybeRefOrGetter<string | null>, loader: (key: string) => Promise<T>): Resource<T> {
  const store = useResourceStore();
  const currentKey = computed(() => toValue(key));
  const state = computed(() => (currentKey.value === null ? IDLE : store.state<T>(currentKey.value)));
  const load = (force = false) => {
    const k = currentKey.value;
    return k === null ? Promise.resolve() : store.load(k, () => loader(k), { force });
  };
  if (getCurrentInstance()) {
    // A key that depends on another load (a post's series) is known only once that load is done;
    // the loads of one component start together, so wait for those already running, then look again.
    onServerPrefetch(async () => {
      if (currentKey.value === null) await store.settled();
      await load();
    });
  }
  if (!import.meta.env.SSR) watch(currentKey, () => void load(), { immediate: true });
  return {
    key: computed(() => currentKey.value ?? ''),
    state,
    data: computed(() => state.value.data),
    status: computed(() => state.value.status),
    error: computed(() => state.value.error),
    retry: () => load(true),
  };
}
