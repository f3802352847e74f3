/**
 * Every write to public content bumps the content version:
 * - Document Service middleware (admin UI, REST, scripts): after the action returns, i.e. after
 *   its transaction committed, so no request can cache old data under the new version;
 * - database lifecycles, for writes that bypass the Document Service (`strapi import`, transfers).
 *   Inside a Document Service action they stay quiet: the action bumps once when it is done.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { isPublicModel, WRITE_ACTIONS } from '../public-content/public-writes';
import type { ContentVersion } from './content-version';

export function invalidateOnWrite(strapi: Core.Strapi, version: ContentVersion): void {
  const insideDocumentWrite = new AsyncLocalStorage<true>();

  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !isPublicModel(context.uid)) return next();
    const result = await insideDocumentWrite.run(true, () => next());
    await version.bump();
    return result;
  });

  const bump = async () => {
    if (!insideDocumentWrite.getStore()) await version.bump();
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
