/**
 * Strapi's boot is not safe to run twice at once on one database: the schema sync, its internal
 * migrations and the plugins' bootstrap (roles, permissions) all check-then-insert without a lock
 * (https://github.com/strapi/strapi/issues/27567, #4958). Two instances started together on an
 * empty PostgreSQL database would both create tables and rows. The app's `register` takes this
 * lock before Strapi touches the schema and the end of its `bootstrap` releases it, so instances
 * boot one after the other; the second finds the schema, the roles and the seed in place.
 */
import type { Core } from '@strapi/strapi';
import { advisoryLockKey, usesPostgres } from './run-exclusively';

const held = new WeakMap<Core.Strapi, () => Promise<void>>();

/** Waits until no other instance is booting on this database (returns at once on SQLite). */
export async function acquireBootLock(strapi: Core.Strapi): Promise<void> {
  if (!usesPostgres(strapi)) return;
  // Held by a transaction on its own connection: if this process dies mid-boot, PostgreSQL ends
  // the transaction and the next instance goes ahead.
  const lock = await strapi.db.connection.transaction();
  const started = Date.now();
  await lock.raw('SELECT pg_advisory_xact_lock(?::bigint)', [advisoryLockKey('boot')]);
  const waited = Date.now() - started;
  if (waited > 100) strapi.log.info(`Waited ${waited} ms for another instance to finish booting on this database`);
  held.set(strapi, async () => {
    await lock.commit();
  });
}

/** Lets the next instance boot. */
export async function releaseBootLock(strapi: Core.Strapi): Promise<void> {
  const release = held.get(strapi);
  held.delete(strapi);
  await release?.();
}
