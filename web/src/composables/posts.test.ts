import { describe, expect, it } from 'vitest';
import { post } from '../../test/fixtures';
import { seriesNeighbours } from './posts';

describe('composables/posts', () => {
  describe('seriesNeighbours', () => {
    const series = [post('part-0'), post('part-1'), post('part-2')];

    it.each([
      ['part-0', null, 'part-1', 1],
      ['part-1', 'part-0', 'part-2', 2],
      ['part-2', 'part-1', null, 3],
    ])('places %s between %s and %s', (slug, previous, next, position) => {
      const place = seriesNeighbours(series, slug);
      expect([place.previous?.slug ?? null, place.next?.slug ?? null, place.position, place.total]).toEqual([previous, next, position, 3]);
    });

    it('has no neighbours for a post outside the series', () => {
      expect(seriesNeighbours(series, 'elsewhere')).toEqual({ previous: null, next: null, position: 0, total: 3 });
    });
  });
});
