/**
 * A paper arrives once. Saving a publication that is the same work as another one (same DOI, same
 * arXiv id in any version, or same title by the same first author within a year: see
 * bibtex/match-publication.ts) is a 400 that names that publication, says what matched and where
 * to find it in the admin, and tells the owner to paste the BibTeX there instead (which updates it:
 * bibtex/merge-entry.ts). Nothing is saved, not even a draft, so no copy can be published later.
 *
 * Runs after the BibTeX fill (write-pipeline/index.ts), so a paste alone is judged by the fields
 * it brings. An update is judged only when it changes what identifies the work: saving an
 * unrelated field, or the paper matching itself, is never refused.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { arxivWorkOf, findSamePublication, type Identified, type MatchedBy } from '../../bibtex';
import type { Next, WriteContext } from '../../write-pipeline/hook';

const UID = 'api::publication.publication';
const IDENTITY = ['doi', 'arxivId', 'title', 'year', 'authors'] as const;

interface SaveParams {
  data?: Record<string, unknown>;
  documentId?: string;
}

interface Candidate extends Identified {
  documentId: string;
  title: string;
}

/** Runs around a publication's create or update (api/publication/write-hooks.ts). */
export async function refuseDuplicateOnSave(strapi: Core.Strapi, context: WriteContext, next: Next): Promise<unknown> {
  const { data, documentId } = context.params as SaveParams;
  if (!data || !IDENTITY.some((field) => field in data)) return next();

  const current = context.action === 'update' && documentId ? await findDraft(strapi, documentId) : undefined;
  const saved = identityOf({ ...current, ...data });
  if (current && IDENTITY.every((field) => sameIdentity(field, current[field], saved[field]))) return next();

  const others = await otherPublications(strapi, documentId);
  const same = findSamePublication(others, saved);
  if (!same) return next();
  const pasted = typeof data.bibtex === 'string' && data.bibtex.trim() !== '';
  const message = duplicateMessage(strapi, same.match, same.by, pasted);
  const path = pasted ? 'bibtex' : same.by;
  throw new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}

/**
 * What identifies the work, from fields as sent: values of the wrong type are left out here (the
 * schema's validation, which runs after this, refuses them with a 400).
 */
function identityOf(fields: Record<string, unknown>): Identified {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const year = Number(fields.year);
  return {
    doi: text(fields.doi),
    arxivId: text(fields.arxivId),
    title: text(fields.title),
    year: fields.year !== null && fields.year !== '' && Number.isInteger(year) ? year : undefined,
    authors: Array.isArray(fields.authors)
      ? fields.authors.map((author: unknown) => (typeof author === 'object' && author !== null && 'name' in author ? { name: text(author.name) } : null))
      : undefined,
  };
}

/** The draft version: every document has one, and it is what the owner edits. */
async function findDraft(strapi: Core.Strapi, documentId: string): Promise<Candidate | undefined> {
  const [draft] = await otherPublications(strapi, undefined, documentId);
  return draft;
}

/** The drafts of every publication but `except` (or only `only`), with what identifies them. */
async function otherPublications(strapi: Core.Strapi, except?: string, only?: string): Promise<Candidate[]> {
  return (await strapi.db.query(UID).findMany({
    where: { publishedAt: null, ...(only ? { documentId: only } : except ? { documentId: { $ne: except } } : {}) },
    select: ['documentId', 'title', 'doi', 'arxivId', 'year'],
    populate: { authors: { select: ['name'] } },
  })) as Candidate[];
}

/** Whether a save leaves a field that identifies the work as it was (the admin sends every field). */
function sameIdentity(field: (typeof IDENTITY)[number], before: unknown, after: unknown): boolean {
  if (field === 'authors') return firstName(before) === firstName(after);
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
  return text(before) === text(after);
}

function firstName(authors: unknown): string {
  const [first] = Array.isArray(authors) ? authors : [];
  return typeof first?.name === 'string' ? first.name.trim() : '';
}

function duplicateMessage(strapi: Core.Strapi, match: Candidate, by: MatchedBy, pasted: boolean): string {
  const what: Record<MatchedBy, string> = {
    doi: `the same DOI ${match.doi}`,
    arxivId: `the same arXiv id ${arxivWorkOf(match)} (in any version)`,
    title: 'the same title and first author, a year apart at most',
  };
  const where = `${adminUrl(strapi)}/content-manager/collection-types/${UID}/${match.documentId}`;
  const instead = pasted ? `paste this BibTeX into "${match.title}" instead` : `edit "${match.title}" instead`;
  return (
    `This paper is already in your publications: "${match.title}" has ${what[by]} (open it at ${where}). ` +
    `Nothing was saved. To update it, e.g. with its published version, ${instead}.`
  );
}

/** The admin's address as configured (`/admin` unless moved), for the owner to open the match. */
function adminUrl(strapi: Core.Strapi): string {
  return String(strapi.config.get('admin.url', '/admin')).replace(/\/$/, '');
}
