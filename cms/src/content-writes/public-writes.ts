/**
 * Which Document Service actions write public content, shared by the response cache (any such
 * write invalidates it) and the site's rebuild webhook (only writes that change what visitors see).
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core, UID } from '@strapi/strapi';

export const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** Types the owner keeps for themselves (work candidates: discovery's finds): writing them changes no page. */
const PRIVATE_TYPES = new Set(['api::work-candidate.work-candidate']);

export const isPublicModel = (uid: string) => (uid.startsWith('api::') && !PRIVATE_TYPES.has(uid)) || uid === 'plugin::upload.file';

/**
 * True unless the write only touches a draft: saving or discarding a draft of a type with
 * draft & publish changes no published page, so the site need not be prerendered again.
 */
export function changesPublishedContent(strapi: Core.Strapi, context: { uid: string; action: string; params?: unknown }): boolean {
  if (!WRITE_ACTIONS.has(context.action) || !isPublicModel(context.uid)) return false;
  if (context.action === 'publish' || context.action === 'unpublish' || context.action === 'delete') return true;
  const model = strapi.contentTypes[context.uid as UID.ContentType] ?? strapi.getModel(context.uid as UID.Schema);
  if (!(model?.options as { draftAndPublish?: boolean } | undefined)?.draftAndPublish) return true;
  return context.action !== 'discardDraft' && (context.params as { status?: string } | undefined)?.status === 'published';
}
