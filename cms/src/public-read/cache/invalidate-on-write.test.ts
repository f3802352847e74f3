import { describe, expect, it } from 'vitest';
import { bumpWhenCommitted } from './invalidate-on-write';
import type { ContentVersion } from './content-version';

/** A database whose transaction runs commit callbacks when `commit()` is called, as Strapi's does. */
function fakeDatabase() {
  let open: { trx: object; callbacks: Array<() => void> } | undefined;
  const db = {
    inTransaction: () => open !== undefined,
    async transaction(run: (context: { trx: object; onCommit: (callback: () => void) => void }) => Promise<void>) {
      if (!open) throw new Error('the fake only joins an open transaction');
      const current = open;
      await run({ trx: current.trx, onCommit: (callback) => current.callbacks.push(callback) });
    },
  };
  return {
    strapi: { db, log: { error: () => {} } } as unknown as Parameters<typeof bumpWhenCommitted>[0],
    begin: () => (open = { trx: {}, callbacks: [] }),
    commit: () => {
      const callbacks = open?.callbacks ?? [];
      open = undefined;
      callbacks.forEach((callback) => callback());
    },
    /** Strapi's transaction context drops the commit callbacks of a rolled-back transaction. */
    rollback: () => {
      open = undefined;
    },
  };
}

function countingVersion() {
  const version = { bumps: 0, async bump() { version.bumps += 1; }, current: async () => '', peek: () => undefined };
  return version satisfies ContentVersion;
}

describe('public-read/cache/invalidate-on-write', () => {
  describe('bumpWhenCommitted', () => {
    it('bumps at once outside a transaction', async () => {
      const { strapi } = fakeDatabase();
      const version = countingVersion();
      await bumpWhenCommitted(strapi, version)();
      expect(version.bumps).toBe(1);
    });

    it('bumps once, after commit, for any number of writes inside a transaction (an import)', async () => {
      const database = fakeDatabase();
      const version = countingVersion();
      const bump = bumpWhenCommitted(database.strapi, version);
      database.begin();
      for (let i = 0; i < 5; i++) await bump();
      expect(version.bumps).toBe(0);
      database.commit();
      await Promise.resolve();
      expect(version.bumps).toBe(1);
    });

    it('never bumps for a transaction that is rolled back', async () => {
      const database = fakeDatabase();
      const version = countingVersion();
      const bump = bumpWhenCommitted(database.strapi, version);
      database.begin();
      await bump();
      database.rollback();
      // The next transaction commits: only its own write may bump, once.
      database.begin();
      await bump();
      database.commit();
      await Promise.resolve();
      expect(version.bumps).toBe(1);
    });
  });
});
