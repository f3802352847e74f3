// Mounts a page inside the real app wiring (router, head, resource store, CMS client) with the
// CMS answered from memory, so page tests exercise composables and components together.
import { mount, flushPromises } from '@vue/test-utils';
import { createHead, renderDOMHead } from '@unhead/vue/client';
import { createMemoryHistory } from 'vue-router';
import App from '../src/App.vue';
import { createCmsClient } from '../src/api/client';
import { provideCms } from '../src/composables/cms';
import { createSiteI18n } from '../src/modules/i18n';
import { createSiteRouter } from '../src/modules/router';
import { createResourceStore } from '../src/stores/resource';
import { fakeTransport, TEST_CMS_URL } from './transport';

export type CmsAnswer = (path: string) => { status: number; data: unknown };

export async function mountPage(path: string, answer: CmsAnswer) {
  const { transport } = fakeTransport(answer);
  const router = createSiteRouter(createMemoryHistory());
  const i18n = createSiteI18n(router);
  const head = createHead();
  const store = createResourceStore();
  const cms = createCmsClient({ baseURL: TEST_CMS_URL, transport });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    global: { plugins: [i18n, router, head, store, { install: (app) => provideCms(app, cms) }] },
  });
  await store.settled();
  await flushPromises();
  await store.settled();
  await flushPromises();
  await renderDOMHead(head, { document });
  return { wrapper, router, head };
}
