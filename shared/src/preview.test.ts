import { describe, expect, it } from 'vitest';
import { isPreviewType, PREVIEW_TYPES } from './preview.js';

describe('preview', () => {
  describe('isPreviewType', () => {
    it.each(PREVIEW_TYPES)('accepts %s', (type) => {
      expect(isPreviewType(type)).toBe(true);
    });

    it.each([['tag'], ['Publication'], [''], [undefined], [['publication']]])('refuses %j', (value) => {
      expect(isPreviewType(value)).toBe(false);
    });
  });
});
