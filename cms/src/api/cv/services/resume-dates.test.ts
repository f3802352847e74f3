import { describe, expect, it } from 'vitest';
import { toResumeDate, toResumeSpan } from './resume-dates';

describe('resume-dates', () => {
  describe('toResumeDate', () => {
    it.each([
      ['2021', '2021'],
      ['2021-09', '2021-09'],
      ['2021-09-01', '2021-09-01'],
      ['2021.9', '2021-09'],
      ['2021/09', '2021-09'],
      ['Sep 2021', '2021-09'],
      ['September 2021', '2021-09'],
      ['sept. 2021', '2021-09'],
      ['2021 (expected)', '2021'],
      ['2021.13', undefined],
      ['present', undefined],
      ['', undefined],
      [null, undefined],
    ])('reads %j as %j', (value, expected) => {
      expect(toResumeDate(value)).toBe(expected);
    });
  });

  describe('toResumeSpan', () => {
    it.each([
      ['2025', { startDate: '2025' }],
      ['2024–2026', { startDate: '2024', endDate: '2026' }],
      ['2024, 2025', { startDate: '2024', endDate: '2025' }],
      ['2024 - present', { startDate: '2024' }],
      [null, {}],
    ])('reads %j as %j', (value, expected) => {
      expect(toResumeSpan(value)).toEqual(expected);
    });
  });
});
