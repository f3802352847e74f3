import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { author, list, tag, work } from '../../test/fixtures';
import { mountPage, type CmsAnswer } from '../../test/mount-page';

const fp4 = work('fp4-training', {
  title: 'Optimizing Large Language Model Training Using FP4 Quantization',
  authors: [author('Ruizhe Wang', { isOwner: true }), author('Yeyun Gong')],
});
const zhWork = work('zh-survey', {
  title: '低精度训练综述',
  kind: 'technical-report',
  authors: [author('Peng Cheng')],
  tags: [tag('quantization', 'Quantization')],
});

const cms: CmsAnswer = (path) => {
  if (path.startsWith('/api/profile')) return { status: 200, data: { data: { name: 'Ruizhe Wang', nativeName: '王瑞哲' }, meta: {} } };
  if (path.startsWith('/api/publications')) return { status: 200, data: list([fp4, zhWork]) };
  return { status: 200, data: list([]) };
};

describe('pages/PublicationsPage', () => {
  describe('search', () => {
    it.each([
      ['/publications?q=王瑞哲', [fp4.title]],
      ['/zh/publications?q=王瑞哲', [fp4.title]],
      ['/publications?q=训练', [zhWork.title]],
      ['/zh/publications?q=FP4量化', []],
    ])('at %s shows %j', async (path, titles) => {
      const { wrapper } = await mountPage(path, cms);
      expect(wrapper.text()).toContain(titles[0] ?? '');
      for (const title of [fp4.title, zhWork.title].filter((t) => !titles.includes(t))) expect(wrapper.text()).not.toContain(title);
    });

    it.each([
      ['/publications?q=不存在', 'No results for “不存在”. Search looks in titles, authors'],
      ['/zh/publications?q=不存在', '没有找到与“不存在”相关的论文'],
    ])('at %s says why nothing is shown', async (path, hint) => {
      const { wrapper } = await mountPage(path, cms);
      expect(wrapper.find('.empty').text()).toContain(hint);
    });
  });

  describe('history', () => {
    // Back undoes one committed filter change (a select, a settled or submitted search).
    const back = async (router: Awaited<ReturnType<typeof mountPage>>['router']) => {
      router.back();
      await flushPromises();
      await flushPromises();
    };

    it('adds one entry per filter change, so Back undoes the last one and then the one before', async () => {
      const { wrapper, router } = await mountPage('/publications', cms);
      await wrapper.find('select').setValue('technical-report');
      await flushPromises();
      const input = wrapper.find('input[type="search"]');
      for (const typed of ['低', '低精', '低精度']) await input.setValue(typed);
      await new Promise((resolve) => setTimeout(resolve, 450));
      await flushPromises();
      expect(router.currentRoute.value.query).toEqual({ kind: 'technical-report', q: '低精度' });

      await back(router);
      expect(router.currentRoute.value.fullPath).toBe('/publications?kind=technical-report');
      expect((input.element as HTMLInputElement).value).toBe('');
      await back(router);
      expect(router.currentRoute.value.fullPath).toBe('/publications');
      expect(wrapper.text()).toContain(fp4.title);
    });

    it('clears every filter in one entry, which Back restores', async () => {
      const { wrapper, router } = await mountPage('/publications?kind=technical-report&tag=quantization&q=训练', cms);
      await wrapper.find('button.link-button').trigger('click');
      await flushPromises();
      expect(router.currentRoute.value.fullPath).toBe('/publications');
      await back(router);
      expect(router.currentRoute.value.query).toEqual({ kind: 'technical-report', tag: 'quantization', q: '训练' });
    });
  });
});
