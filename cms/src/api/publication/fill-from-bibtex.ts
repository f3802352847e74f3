/**
 * When a publication is saved with new BibTeX (pasted in the admin UI, sent through the API or
 * imported by `pnpm import:bib`), fills the fields the owner left empty from it and ticks the
 * owner among the authors; pasted into a publication that exists, it updates what the previous
 * BibTeX filled and upgrades a preprint to its published version (bibtex/merge-entry.ts).
 * Unreadable BibTeX is a 400 naming the problem, and nothing is saved.
 * Only a new or changed BibTeX fills: a field the owner empties later stays empty.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BibtexError, readBibtexEntry, type SavedFields } from '../../bibtex';
import type { Next, WriteContext } from '../../write-pipeline/hook';
import { ownerMatcherOf } from '../../content-rules/site-owner';
import { changesFromBibtex } from './bibtex-changes';

const UID = 'api::publication.publication';

interface SaveParams {
  data?: Record<string, unknown>;
  documentId?: string;
  locale?: string;
}

/** Runs around a publication's create or update (api/publication/write-hooks.ts). */
export async function fillFromSavedBibtex(strapi: Core.Strapi, context: WriteContext, next: Next): Promise<unknown> {
  const params = context.params as SaveParams;
  const data = params.data;
  if (!data || typeof data.bibtex !== 'string' || !data.bibtex.trim()) return next();

  const current =
    context.action === 'update' && params.documentId
      ? await strapi.documents(UID).findOne({ documentId: params.documentId, locale: params.locale, populate: ['authors', 'links'] })
      : null;
  if (current && current.bibtex?.trim() === data.bibtex.trim()) return next();

  let work;
  try {
    work = readBibtexEntry(data.bibtex);
  } catch (error) {
    if (!(error instanceof BibtexError)) throw error;
    throw new errors.ValidationError(error.message, {
      errors: [{ path: ['bibtex'], message: error.message, name: 'ValidationError' }],
    });
  }
  const saved = { ...(current ?? {}), ...data } as SavedFields;
  Object.assign(data, changesFromBibtex(saved, work, await ownerMatcherOf(strapi), current ?? undefined));
  return next();
}
