import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { list, post } from '../../test/fixtures';
import { mountPage, type CmsAnswer } from '../../test/mount-page';

const cms: CmsAnswer = (path) => {
  if (path.startsWith('/api/profile')) return { status: 200, data: { data: { name: 'Ruizhe Wang', nativeName: '王瑞哲' }, meta: {} } };
  if (path.startsWith('/api/blog-posts') && path.includes('不存在')) return { status: 200, data: list([]) };
  if (path.startsWith('/api/blog-posts')) return { status: 200, data: list([post('analysis-fp4', { title: 'Analysis of FP4' })]) };
  return { status: 200, data: list([]) };
};

describe('pages/BlogPage', () => {
  it('adds one entry per submitted search and select change, so Back undoes them in turn', async () => {
    const { wrapper, router } = await mountPage('/blog', cms);
    await wrapper.find('input[type="search"]').setValue('fp4');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.findAll('select')[2]!.setValue('zh');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'fp4', lang: 'zh' });

    router.back();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/blog?q=fp4');
    router.back();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/blog');
    expect((wrapper.find('input[type="search"]').element as HTMLInputElement).value).toBe('');
  });

  it('says what was searched for when nothing matches', async () => {
    const { wrapper } = await mountPage('/zh/blog?q=不存在', cms);
    expect(wrapper.find('.empty').text()).toContain('没有找到与“不存在”相关的文章');
  });
});
