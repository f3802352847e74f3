// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerRange } from './byte-range';

describe('server/byte-range', () => {
  describe('answerRange', () => {
    it.each([
      ['bytes=0-99', { kind: 'part', start: 0, end: 99 }],
      ['bytes=10-', { kind: 'part', start: 10, end: 999 }],
      ['bytes=990-2000', { kind: 'part', start: 990, end: 999 }],
      ['bytes=0-99999999999999999999', { kind: 'part', start: 0, end: 999 }],
      ['bytes=-5', { kind: 'part', start: 995, end: 999 }],
      ['bytes=-99999999999999999999', { kind: 'part', start: 0, end: 999 }],
      ['Bytes=5-5', { kind: 'part', start: 5, end: 5 }],
      ['bytes=0-9, ', { kind: 'part', start: 0, end: 9 }],
      ['bytes=1000-', { kind: 'unsatisfiable' }],
      ['bytes=99999999999999999999-', { kind: 'unsatisfiable' }],
      ['bytes=-0', { kind: 'unsatisfiable' }],
      ['bytes=10-5', { kind: 'whole' }],
      ['bytes=0-1,5-9', { kind: 'whole' }],
      ['bytes=abc', { kind: 'whole' }],
      ['bytes=1e3-', { kind: 'whole' }],
      ['bytes=0x10-', { kind: 'whole' }],
      ['bytes=', { kind: 'whole' }],
      ['bytes=-', { kind: 'whole' }],
      ['items=0-5', { kind: 'whole' }],
      [undefined, { kind: 'whole' }],
    ])('answers %j on 1000 bytes with %j', (header, answer) => {
      expect(answerRange(header, 1000)).toEqual(answer);
    });

    it('sends an empty file whole, whatever the range', () => {
      expect(answerRange('bytes=-5', 0)).toEqual({ kind: 'whole' });
      expect(answerRange('bytes=0-', 0)).toEqual({ kind: 'whole' });
    });
  });
});
