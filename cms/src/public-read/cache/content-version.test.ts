import type { Core } from '@strapi/strapi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentVersion } from './content-version';

/** The one row the token lives in, shared by every instance (`strapi.store`), counting reads. */
function fakeStrapi(row: { value: string | null }) {
  let reads = 0;
  const store = {
    get: async () => {
      reads += 1;
      return row.value;
    },
    set: async ({ value }: { value: string }) => {
      row.value = value;
    },
  };
  const strapi = { store: () => store, log: { error: () => {} } } as unknown as Core.Strapi;
  return { strapi, reads: () => reads };
}

/** Lets a background read of the fake store finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('public-read/cache/content-version', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('peek', () => {
    it('stays answerable while requests keep coming, re-reading the token in the background', async () => {
      const row = { value: 'v1' };
      const { strapi, reads } = fakeStrapi(row);
      const version = createContentVersion(strapi, 250);
      await version.current();
      for (let step = 0; step < 40; step++) {
        vi.advanceTimersByTime(50);
        expect(version.peek(), `after ${(step + 1) * 50} ms`).toBe('v1');
        await settle();
      }
      // About one read per half refresh interval, not one per request.
      expect(reads()).toBeGreaterThan(4);
      expect(reads()).toBeLessThan(41);
    });

    it("sees another instance's bump within the refresh interval", async () => {
      const row = { value: 'v1' };
      const { strapi } = fakeStrapi(row);
      const version = createContentVersion(strapi, 250);
      await version.current();
      row.value = 'v2';
      vi.advanceTimersByTime(150);
      expect(version.peek()).toBe('v1');
      await settle();
      expect(version.peek()).toBe('v2');
    });

    it('vouches for nothing after a quiet spell longer than the refresh interval', async () => {
      const { strapi } = fakeStrapi({ value: 'v1' });
      const version = createContentVersion(strapi, 250);
      await version.current();
      vi.advanceTimersByTime(300);
      expect(version.peek()).toBeUndefined();
      expect(await version.current()).toBe('v1');
      expect(version.peek()).toBe('v1');
    });
  });
});
