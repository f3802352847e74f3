import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { useLocale } from '../composables/locale';
import { createSiteI18n } from './i18n';
import { createSiteRouter } from './router';

/** How often the Chinese messages' module was loaded (vi.mock's factory runs on its first import). */
const loads = vi.hoisted(() => ({ zh: 0 }));
vi.mock('../i18n/zh', async (importOriginal) => {
  loads.zh++;
  return importOriginal();
});

/** The interface's language and one message, as a page would show them. */
const Probe = defineComponent(() => {
  const { locale, t } = useLocale();
  return () => h('p', `${locale.value}: ${t('nav.blog')}`);
});

describe('modules/i18n', () => {
  describe('createSiteI18n', () => {
    it('brings only English along, and loads Chinese before the first Chinese page renders', async () => {
      const router = createSiteRouter(createMemoryHistory());
      const wrapper = mount(Probe, { global: { plugins: [createSiteI18n(router), router] } });
      await router.push('/blog');
      await flushPromises();
      expect(wrapper.text()).toBe('en: Blog');
      expect(loads.zh).toBe(0);

      await router.push('/zh/blog');
      // No flush: the navigation resolves only once the messages are in.
      expect(wrapper.text()).toBe('zh: 博客');
      expect(loads.zh).toBe(1);

      await router.push('/publications');
      await router.push('/zh/');
      await flushPromises();
      expect(wrapper.text()).toBe('zh: 博客');
      expect(loads.zh).toBe(1);
    });
  });
});
