/**
 * Every write to public content bumps the content version:
 * - Document Service middleware (admin UI, REST, scripts): after the action returns, i.e. after
 *   its transaction committed, so no request can cache old data under the new version;
 * - database lifecycles, for writes that bypass the Document Service (`strapi import`, transfers).
 *   Inside a Document Service action they stay quiet: the action bumps once when it is done.
 * A write inside a database transaction (an import or transfer runs in one) bumps once, when that
 * transaction commits: bumping at the write would publish the new version while other
 * connections still read the old rows, and this process would cache those under it for good.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { isPublicModel, WRITE_ACTIONS } from '../../content-writes/public-writes';
import { defineWriteHook, type DocumentAction } from '../../write-pipeline/hook';
import { PUBLIC_TYPES } from '../../write-pipeline/type-families';
import { contentVersionOf, type ContentVersion } from './content-version';

/** Set while a Document Service write runs: its database lifecycles leave the bump to it. */
const insideDocumentWrite = new AsyncLocalStorage<true>();
const bumpers = new WeakMap<Core.Strapi, () => Promise<void>>();

/** One bumper per Strapi, shared by the write hook and the lifecycles, so a transaction bumps once. */
function bumperOf(strapi: Core.Strapi): () => Promise<void> {
  let bump = bumpers.get(strapi);
  if (!bump) {
    bump = bumpWhenCommitted(strapi, contentVersionOf(strapi));
    bumpers.set(strapi, bump);
  }
  return bump;
}

export const invalidateOnWrite = defineWriteHook({
  name: 'invalidate the response cache',
  types: PUBLIC_TYPES,
  actions: [...WRITE_ACTIONS] as DocumentAction[],
  run: async (strapi, _context, next) => {
    const result = await insideDocumentWrite.run(true, () => next());
    await bumperOf(strapi)();
    return result;
  },
});

/** Database lifecycles of public models bump too: writes that bypass the Document Service. Needs the database (bootstrap). */
export function invalidateOnDatabaseWrites(strapi: Core.Strapi): void {
  const bump = async () => {
    if (!insideDocumentWrite.getStore()) await bumperOf(strapi)();
  };
  strapi.db.lifecycles.subscribe({
    models: Object.keys(strapi.contentTypes).filter(isPublicModel),
    afterCreate: bump,
    afterCreateMany: bump,
    afterUpdate: bump,
    afterUpdateMany: bump,
    afterDelete: bump,
    afterDeleteMany: bump,
  });
}

/** Bumps now, or once the surrounding transaction commits (never when it rolls back). */
export function bumpWhenCommitted(strapi: Core.Strapi, version: ContentVersion): () => Promise<void> {
  const pending = new WeakSet<object>();
  return async () => {
    if (!strapi.db.inTransaction()) return version.bump();
    // Inside a transaction this joins it, and onCommit queues on the outermost one.
    await strapi.db.transaction(async ({ trx, onCommit }) => {
      if (pending.has(trx)) return;
      pending.add(trx);
      onCommit(() => {
        version.bump().catch((error: Error) => strapi.log.error(`response cache: bump after commit failed: ${error.message}`));
      });
    });
  };
}
