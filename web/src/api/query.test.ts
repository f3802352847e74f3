import { describe, expect, it } from 'vitest';
import { encodeStrapiQuery } from './query';

describe('api/query', () => {
  describe('encodeStrapiQuery', () => {
    it.each([
      [{}, ''],
      [{ filters: { kind: { $eq: 'technical-report' } } }, 'filters[kind][$eq]=technical-report'],
      [{ filters: { tags: { slug: { $eq: 'quantization' } } } }, 'filters[tags][slug][$eq]=quantization'],
      [{ sort: ['date:desc', 'title:asc'] }, 'sort[0]=date%3Adesc&sort[1]=title%3Aasc'],
      [{ pagination: { page: 2, pageSize: 10 } }, 'pagination[page]=2&pagination[pageSize]=10'],
      [{ filters: { selected: { $eq: true } } }, 'filters[selected][$eq]=true'],
      [
        { filters: { $or: [{ title: { $containsi: 'fp4 & co' } }, { summary: { $containsi: 'fp4 & co' } }] } },
        'filters[$or][0][title][$containsi]=fp4%20%26%20co&filters[$or][1][summary][$containsi]=fp4%20%26%20co',
      ],
      [{ filters: { kind: { $eq: undefined, $ne: null }, featured: { $eq: false } } }, 'filters[featured][$eq]=false'],
      [{ filters: { title: { $containsi: '王瑞哲' } } }, 'filters[title][$containsi]=%E7%8E%8B%E7%91%9E%E5%93%B2'],
    ])('encodes %j as %s', (params, expected) => {
      expect(encodeStrapiQuery(params)).toBe(expected);
    });
  });
});
