import { describe, expect, it } from 'vitest';
import { author, work } from '../../test/fixtures';
import { jointWorkCounts } from './people';

const person = (slug: string) => ({ id: 1, documentId: `person-${slug}`, name: slug, slug });

describe('composables/people', () => {
  describe('jointWorkCounts', () => {
    it('counts each work once per co-author, and leaves out authors without a person (the owner)', () => {
      const works = [
        work('a', { authors: [author('Ruizhe Wang', { isOwner: true }), author('Yeyun Gong', { person: person('yeyun-gong') })] }),
        // The same person twice on one paper (two spellings the owner merged) is one joint work.
        work('b', {
          authors: [author('Y. Gong', { person: person('yeyun-gong') }), author('Yeyun Gong', { person: person('yeyun-gong') }), author('Peng Cheng', { person: person('peng-cheng') })],
        }),
        work('c', { authors: [author('Ruizhe Wang', { isOwner: true })] }),
      ];
      expect(Object.fromEntries(jointWorkCounts(works))).toEqual({ 'yeyun-gong': 2, 'peng-cheng': 1 });
    });
  });
});
