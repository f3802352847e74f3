import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { CmsError } from '../api/errors';
import { createResourceStore, useResource, type Resource } from './resource';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('stores/resource', () => {
  describe('createResourceStore', () => {
    it('goes idle → loading → ready', async () => {
      const store = createResourceStore();
      const answer = deferred<string>();
      expect(store.state('k').status).toBe('idle');
      const done = store.load('k', () => answer.promise);
      expect(store.state('k').status).toBe('loading');
      answer.resolve('value');
      await done;
      expect(store.state('k')).toEqual({ status: 'ready', data: 'value', error: null });
    });

    it('marks a not-found CmsError as not-found, anything else as error', async () => {
      const store = createResourceStore();
      await store.load('missing', () => Promise.reject(new CmsError('not-found', 'gone', '/x', 404)));
      await store.load('down', () => Promise.reject(new CmsError('network', 'Network Error', '/y')));
      expect(store.state('missing').status).toBe('not-found');
      expect(store.state('down')).toEqual({
        status: 'error',
        data: null,
        error: { kind: 'network', message: 'Network Error', status: null },
      });
    });

    it('runs one loader for concurrent loads of a key, and none once it is ready', async () => {
      const store = createResourceStore();
      const loader = vi.fn(() => Promise.resolve(1));
      await Promise.all([store.load('k', loader), store.load('k', loader)]);
      await store.load('k', loader);
      expect(loader).toHaveBeenCalledTimes(1);
    });

    it('loads again after an error only when forced (Retry)', async () => {
      const store = createResourceStore();
      const loader = vi.fn().mockRejectedValueOnce(new CmsError('timeout', 'slow', '/k')).mockResolvedValueOnce('ok');
      await store.load('k', loader);
      await store.load('k', loader, { force: true });
      expect(store.state('k').data).toBe('ok');
      expect(loader).toHaveBeenCalledTimes(2);
    });

    it('settles only when every load has finished', async () => {
      const store = createResourceStore();
      const slow = deferred<number>();
      void store.load('a', () => slow.promise);
      let settled = false;
      const waiting = store.settled().then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      slow.resolve(1);
      await waiting;
      expect(store.state('a').status).toBe('ready');
    });

    it('serialises ready and not-found entries, and a new store starts from them', async () => {
      const store = createResourceStore();
      await store.load('ready', () => Promise.resolve({ name: '王瑞哲' }));
      await store.load('gone', () => Promise.reject(new CmsError('not-found', 'gone', '/g', 404)));
      await store.load('broken', () => Promise.reject(new CmsError('http', 'boom', '/b', 500)));
      const state = JSON.parse(JSON.stringify(store.serialize()));
      expect(Object.keys(state).sort()).toEqual(['gone', 'ready']);

      const hydrated = createResourceStore(state);
      const loader = vi.fn(() => Promise.resolve({ name: 'other' }));
      await hydrated.load('ready', loader);
      expect(loader).not.toHaveBeenCalled();
      expect(hydrated.state('ready').data).toEqual({ name: '王瑞哲' });
    });
  });

  describe('useResource', () => {
    function mountWith(store: ReturnType<typeof createResourceStore>, setup: () => Resource<string>) {
      let resource!: Resource<string>;
      const wrapper = mount(
        defineComponent({
          setup() {
            resource = setup();
            return () => h('p', resource.status.value);
          },
        }),
        { global: { plugins: [store] } },
      );
      return { wrapper, resource: () => resource };
    }

    it('loads on mount and renders the new state', async () => {
      const store = createResourceStore();
      const { wrapper } = mountWith(store, () => useResource('greeting', () => Promise.resolve('hello')));
      expect(wrapper.text()).toBe('loading');
      await store.settled();
      await nextTick();
      expect(wrapper.text()).toBe('ready');
    });

    it('follows a changing key, and stays idle while the key is null', async () => {
      const store = createResourceStore();
      const slug = ref<string | null>(null);
      const loader = vi.fn((key: string) => Promise.resolve(key.toUpperCase()));
      const { resource } = mountWith(store, () => useResource(() => slug.value, loader));
      expect(resource().status.value).toBe('idle');
      slug.value = 'a';
      await nextTick();
      await store.settled();
      expect(resource().data.value).toBe('A');
      slug.value = 'b';
      await nextTick();
      await store.settled();
      expect(resource().data.value).toBe('B');
      expect(loader.mock.calls.map(([key]) => key)).toEqual(['a', 'b']);
    });

    it('retries after an error', async () => {
      const store = createResourceStore();
      const loader = vi.fn().mockRejectedValueOnce(new CmsError('network', 'down', '/k')).mockResolvedValueOnce('up');
      const { resource } = mountWith(store, () => useResource('k', loader));
      await store.settled();
      expect(resource().status.value).toBe('error');
      await resource().retry();
      expect(resource().data.value).toBe('up');
    });

    it('reuses a ready entry when a page is shown again (navigating back)', async () => {
      const store = createResourceStore();
      const loader = vi.fn(() => Promise.resolve('once'));
      mountWith(store, () => useResource('k', loader)).wrapper.unmount();
      await store.settled();
      const { wrapper } = mountWith(store, () => useResource('k', loader));
      expect(wrapper.text()).toBe('ready');
      expect(loader).toHaveBeenCalledTimes(1);
    });
  });
});
