import { describe, expect, it } from 'vitest';
import { HeadersByOrigin } from './replayed-headers';

const cors = (origin: string) => ({ 'access-control-allow-origin': origin });

describe('public-read/cache/replayed-headers', () => {
  describe('HeadersByOrigin', () => {
    it('keeps learning new origins after the table is full, forgetting the least recently used', () => {
      const table = new HeadersByOrigin(256);
      for (let i = 0; i < 300; i++) table.record(`https://o${i}.example`, cors(`https://o${i}.example`));
      expect(table.size).toBe(256);
      table.record('https://lab.example', cors('https://lab.example'));
      expect(table.get('https://lab.example')).toEqual(cors('https://lab.example'));
      expect(table.get('https://o0.example')).toBeUndefined();
      expect(table.size).toBe(256);
    });

    it('keeps an origin in use while strangers churn through the rest', () => {
      const table = new HeadersByOrigin(4);
      table.record('', cors('*'));
      for (let i = 0; i < 20; i++) {
        expect(table.get('')).toEqual(cors('*'));
        table.record(`https://churn${i}.example`, cors('x'));
      }
      expect(table.get('')).toEqual(cors('*'));
    });
  });
});
