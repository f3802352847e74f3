import { describe, expect, it } from 'vitest';
import { parseQuery, requestKey } from './query-string';

describe('public-read/query/query-string', () => {
  describe('requestKey', () => {
    it.each([
      // Strapi reads these differently, so they must never share a cached answer.
      ['sort[]=a&sort=b', 'sort=b&sort[]=a'],
      ['a', 'a='],
      ['sort[year]=desc&sort[title]=asc', 'sort[title]=asc&sort[year]=desc'],
      ['filters[$or][0][title]=x&filters[$or][1][title]=y', 'filters[$or][0][title]=y&filters[$or][1][title]=x'],
    ])('gives %s and %s different keys', (first, second) => {
      expect(JSON.stringify(parseQuery(first))).not.toBe(JSON.stringify(parseQuery(second)));
      expect(requestKey('/api/publications', first)).not.toBe(requestKey('/api/publications', second));
    });

    it.each([
      // Read alike by Strapi: one entry.
      ['a=1&b=2', 'b=2&a=1'],
      ['sort=title', 'sort=%74itle'],
      ['filters[title][$eq]=x', 'filters%5Btitle%5D%5B%24eq%5D=x'],
      ['pagination[page]=2&fields=title', 'fields=title&pagination[page]=2'],
      ['pagination[pageSize]=3&pagination[page]=1', 'pagination[page]=1&pagination[pageSize]=3'],
      ['filters[year][$eq]=2025&filters[kind][$eq]=preprint', 'filters[kind][$eq]=preprint&filters[year][$eq]=2025'],
    ])('gives %s and %s one key', (first, second) => {
      expect(requestKey('/api/publications', first)).toBe(requestKey('/api/publications', second));
    });

    it('is the path alone without a query', () => {
      expect(requestKey('/api/profile', '')).toBe('/api/profile');
    });
  });
});
