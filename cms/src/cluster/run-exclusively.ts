/**
 * Work that must happen once across every CMS instance on one database (scheduled jobs).
 * On PostgreSQL a transaction-scoped advisory lock decides which instance does it: the lock is
 * held by a transaction on its own pool connection for as long as the work runs, and PostgreSQL
 * releases it when that transaction ends, even if the process dies half-way. SQLite serves one
 * machine, where one process at a time is the deployment's job, so the work just runs there.
 *
 * The work itself does not run inside the lock's transaction: its queries use the pool as usual
 * (and may open their own transactions), so a long job never turns into one long write transaction.
 * https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

export type ExclusiveResult<T> = { ran: true; value: T } | { ran: false };

/** The 64-bit advisory lock key of `name`, as the decimal string PostgreSQL reads as a bigint. */
export function advisoryLockKey(name: string): string {
  return createHash('sha256').update(`homepage:${name}`).digest().readBigInt64BE(0).toString();
}

export function usesPostgres(strapi: Core.Strapi): boolean {
  return strapi.config.get('database.connection.client') === 'postgres';
}

/**
 * Runs `work` unless another instance is running work under the same `name` right now, in which
 * case it returns `{ ran: false }` at once (a scheduled job that another instance has taken).
 */
export async function runExclusively<T>(strapi: Core.Strapi, name: string, work: () => Promise<T>): Promise<ExclusiveResult<T>> {
  if (!usesPostgres(strapi)) return { ran: true, value: await work() };
  const lock = await strapi.db.connection.transaction();
  try {
    const { rows } = await lock.raw<{ rows: { locked: boolean }[] }>('SELECT pg_try_advisory_xact_lock(?::bigint) AS locked', [
      advisoryLockKey(name),
    ]);
    if (!rows[0]?.locked) return { ran: false };
    return { ran: true, value: await work() };
  } finally {
    await lock.commit();
  }
}
