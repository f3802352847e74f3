import { describe, expect, it } from 'vitest';
import { author, list, work } from '../../test/fixtures';
import { mountPage, type CmsAnswer } from '../../test/mount-page';

const fp4 = work('fp4-training', {
  title: 'Optimizing Large Language Model Training Using FP4 Quantization',
  authors: [author('Ruizhe Wang', { isOwner: true }), author('Yeyun Gong')],
});
const zhWork = work('zh-survey', { title: '低精度训练综述', authors: [author('Peng Cheng')] });

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
});
