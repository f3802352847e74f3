import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { author, tag, work } from '../../test/fixtures';
import { filterPublications, groupByYear, usePublicationFilters, type PublicationFilters } from './publications';

const works = [
  work('fp4-training', {
    title: 'Optimizing Large Language Model Training Using FP4 Quantization',
    year: 2025,
    date: '2025-01-28',
    tags: [tag('quantization', 'Quantization')],
  }),
  work('recycling', { title: 'Recycling Pretrained Checkpoints', year: 2025, date: '2025-10-09', tags: [tag('moe', 'Mixture of Experts')] }),
  work('fp8-lm', {
    title: 'FP8-LM: Training FP8 Large Language Models',
    kind: 'technical-report',
    venue: 'arXiv preprint (technical report)',
    venueShort: 'arXiv 2023',
    year: 2023,
    date: '2023-10-27',
    authors: [author('Houwen Peng'), author('Ruizhe Wang', { isOwner: true })],
    tags: [tag('quantization', 'Quantization')],
  }),
  work('undated', { title: 'An undated 2025 work', year: 2025, date: null }),
];

const none: PublicationFilters = { kind: '', tag: '', search: '' };

describe('composables/publications', () => {
  describe('filterPublications', () => {
    it.each([
      [{ ...none }, ['fp4-training', 'recycling', 'fp8-lm', 'undated']],
      [{ ...none, kind: 'technical-report' as const }, ['fp8-lm']],
      [{ ...none, tag: 'quantization' }, ['fp4-training', 'fp8-lm']],
      [{ ...none, search: 'fp4' }, ['fp4-training']],
      [{ ...none, search: '  LANGUAGE   training ' }, ['fp4-training', 'fp8-lm']],
      [{ ...none, search: 'houwen' }, ['fp8-lm']],
      [{ ...none, search: 'mixture' }, ['recycling']],
      [{ ...none, search: 'ICML 2025' }, ['fp4-training', 'recycling', 'undated']],
      [{ ...none, kind: 'conference-paper' as const, tag: 'quantization', search: 'fp4' }, ['fp4-training']],
      [{ ...none, search: 'nothing like this' }, []],
    ])('with %j keeps %j', (filters, expected) => {
      expect(filterPublications(works, filters).map((w) => w.slug)).toEqual(expected);
    });
  });

  describe('filterPublications in Chinese', () => {
    const chinese = [
      work('zh-fp4', {
        title: '基于FP4量化的大语言模型训练',
        summary: '低精度训练的研究。',
        authors: [author('Ruizhe Wang', { isOwner: true }), author('张三')],
      }),
      work('other', { authors: [author('Peng Cheng')], summary: 'Mixed precision.' }),
    ];
    const owner = { ownerNames: ['王瑞哲'] };
    it.each([
      ['王瑞哲', ['zh-fp4']],
      ['瑞哲', ['zh-fp4']],
      ['王瑞哲 FP4', ['zh-fp4']],
      ['张三', ['zh-fp4']],
      ['量化 训练', ['zh-fp4']],
      ['FP4量化', ['zh-fp4']],
      ['低精度训练', ['zh-fp4']],
      ['大模型', []],
      ['王小明', []],
    ])('with search %j keeps %j', (search, expected) => {
      expect(filterPublications(chinese, { ...none, search }, owner).map((w) => w.slug)).toEqual(expected);
    });

    it('matches the owner\'s Chinese name only when the profile gives one', () => {
      expect(filterPublications(chinese, { ...none, search: '王瑞哲' })).toEqual([]);
    });
  });

  describe('groupByYear', () => {
    it('puts the newest year first and, inside it, the newest date first with undated works last', () => {
      expect(groupByYear(works).map((group) => [group.year, group.items.map((w) => w.slug)])).toEqual([
        [2025, ['recycling', 'fp4-training', 'undated']],
        [2023, ['fp8-lm']],
      ]);
    });
  });

  describe('usePublicationFilters', () => {
    it('recomputes the visible groups when a filter changes, and offers only kinds and tags in use', () => {
      const filters = reactive<PublicationFilters>({ ...none });
      const { visible, groups, kinds, tags } = usePublicationFilters(works, () => filters);
      expect(visible.value).toHaveLength(4);
      expect(kinds.value).toEqual(['conference-paper', 'technical-report']);
      expect(tags.value.map((t) => t.slug)).toEqual(['moe', 'quantization']);
      filters.search = 'fp8';
      expect(groups.value.map((group) => group.year)).toEqual([2023]);
      filters.search = '';
      filters.tag = 'moe';
      expect(visible.value.map((w) => w.slug)).toEqual(['recycling']);
    });
  });
});
