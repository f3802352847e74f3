/**
 * The owner's review of the works discovery found (work-candidate): the list the admin's
 * "New works found" page shows, and its two decisions.
 * - Accept a new work: a draft Publication with every field a BibTeX paste would fill, created
 *   through the Document Service so the whole write pipeline runs (slug, duplicate refusal, cache).
 * - Accept an upgrade: the published version's BibTeX goes into the preprint's draft, which
 *   upgrades it as a paste would (bibtex/merge-entry.ts: DOI, venue, short venue, kind; arXiv id kept).
 *   A paste keeps the page's title; Accept does not, when the published version was renamed (the
 *   card says "Published version of: <old title>"): the page then shows the title the venue prints,
 *   and an empty note (shown under the paper) keeps the earlier one (`renamedFields`).
 * Publishing that draft in the Content Manager is the approval; nothing here publishes.
 * - Dismiss: for good (discovery never proposes a dismissed work again).
 * Decisions are idempotent (a second Accept answers the draft the first made) and one at a time
 * per candidate; a refused write leaves the candidate as it was.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findSamePublication } from '../bibtex';
import { ownerMatcherOf } from '../content-rules/site-owner';
import type { CandidateStatus, CandidateView, Decision, PublicationRef } from './candidate-view';
import { bibtexOfRecord, draftOfRecord, renamedFields } from './record-publication';
import { readSources, readWorkRecord, RecordError } from './stored-candidate';

const CANDIDATE = 'api::work-candidate.work-candidate';
const PUBLICATION = 'api::publication.publication';

/** A decision that cannot be taken in the candidate's present state (answered 409). */
export class ReviewConflict extends Error {
  override name = 'ConflictError';
}

interface StoredCandidate {
  documentId: string;
  title: string;
  state: CandidateStatus;
  proposal: 'new-publication' | 'upgrade';
  record: unknown;
  sources: unknown;
  firstSeenAt: string | null;
  decidedAt: string | null;
  upgradeOf: PublicationRef | null;
  acceptedAs: PublicationRef | null;
}

interface StoredPublication extends PublicationRef {
  doi: string | null;
  arxivId: string | null;
  year: number | null;
  authors: { name: string }[] | null;
}

const RELATION = { fields: ['documentId', 'title'] } as const;
const CANDIDATE_FIELDS = ['documentId', 'title', 'state', 'proposal', 'record', 'sources', 'firstSeenAt', 'decidedAt'] as const;

/** The Document Service with the loose types this module needs (the generated ones are not in the build). */
type Documents = {
  findMany(params: Record<string, unknown>): Promise<unknown[]>;
  findOne(params: Record<string, unknown>): Promise<unknown>;
  create(params: Record<string, unknown>): Promise<unknown>;
  update(params: Record<string, unknown>): Promise<unknown>;
  delete(params: Record<string, unknown>): Promise<unknown>;
};
const documents = (strapi: Core.Strapi, uid: typeof CANDIDATE | typeof PUBLICATION) => strapi.documents(uid) as unknown as Documents;

/** Candidates in `state` (newest first), each with what it matches on the page. */
export async function listCandidates(strapi: Core.Strapi, status: CandidateStatus): Promise<CandidateView[]> {
  const [candidates, publications] = await Promise.all([
    documents(strapi, CANDIDATE).findMany({
      filters: { state: status },
      fields: CANDIDATE_FIELDS,
      populate: { upgradeOf: RELATION, acceptedAs: RELATION },
      sort: ['firstSeenAt:desc', 'id:desc'],
    }) as Promise<StoredCandidate[]>,
    documents(strapi, PUBLICATION).findMany({
      status: 'draft',
      fields: ['documentId', 'title', 'doi', 'arxivId', 'year'],
      populate: { authors: { fields: ['name'] } },
    }) as Promise<StoredPublication[]>,
  ]);
  return candidates.map((candidate) => viewOf(candidate, publications));
}

function viewOf(candidate: StoredCandidate, publications: StoredPublication[]): CandidateView {
  const view: CandidateView = {
    documentId: candidate.documentId,
    title: candidate.title,
    state: candidate.state,
    proposal: candidate.proposal,
    authors: [],
    venue: null,
    venueShort: null,
    year: null,
    kind: null,
    doi: null,
    arxivId: null,
    sources: readSources(candidate.sources),
    firstSeenAt: candidate.firstSeenAt,
    decidedAt: candidate.decidedAt,
    upgradeOf: refOf(candidate.upgradeOf),
    duplicates: [],
    acceptedAs: refOf(candidate.acceptedAs),
    problem: null,
  };
  try {
    const record = readWorkRecord(candidate.record);
    Object.assign(view, {
      title: record.title,
      authors: record.authors,
      venue: record.venue,
      venueShort: record.venueShort,
      year: record.year,
      kind: record.kind,
      doi: record.doi,
      arxivId: record.arxivId,
    });
    const others = publications.filter((p) => p.documentId !== view.upgradeOf?.documentId && p.documentId !== view.acceptedAs?.documentId);
    const same = findSamePublication(others, record);
    if (same) view.duplicates = [{ documentId: same.match.documentId, title: same.match.title, matchedBy: same.by }];
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    view.problem = `This work cannot be accepted: ${error.message}.`;
  }
  return view;
}

const refOf = (value: PublicationRef | null | undefined): PublicationRef | null =>
  value?.documentId ? { documentId: value.documentId, title: value.title } : null;

async function findCandidate(strapi: Core.Strapi, documentId: string): Promise<StoredCandidate> {
  const found = (await documents(strapi, CANDIDATE).findOne({
    documentId,
    fields: CANDIDATE_FIELDS,
    populate: { upgradeOf: RELATION, acceptedAs: RELATION },
  })) as StoredCandidate | null;
  if (!found) throw new errors.NotFoundError(`No work candidate "${documentId.slice(0, 60)}": it may have been removed; reload the list`);
  return found;
}

/** One decision at a time per candidate in this process, so a double click makes one draft. */
const pending = new Map<string, Promise<unknown>>();
function oneAtATime<T>(documentId: string, decide: () => Promise<T>): Promise<T> {
  const run = (pending.get(documentId) ?? Promise.resolve()).catch(() => undefined).then(decide);
  pending.set(documentId, run);
  void run.finally(() => pending.get(documentId) === run && pending.delete(documentId)).catch(() => undefined);
  return run;
}


export function acceptCandidate(strapi: Core.Strapi, documentId: string): Promise<Decision> {
  return oneAtATime(documentId, async () => {
    const candidate = await findCandidate(strapi, documentId);
    if (candidate.state === 'accepted' || candidate.state === 'merged') return decided(strapi, documentId);
    if (candidate.state === 'dismissed') throw new ReviewConflict(`"${candidate.title}" was dismissed; a dismissed work stays dismissed`);
    let record;
    try {
      record = readWorkRecord(candidate.record);
    } catch (error) {
      if (error instanceof RecordError) throw new ReviewConflict(`"${candidate.title}" cannot be accepted: ${error.message}`);
      throw error;
    }

    const target = candidate.upgradeOf;
    if (candidate.proposal === 'upgrade' && !target) {
      throw new ReviewConflict(`"${candidate.title}" upgrades a publication that no longer exists; dismiss it`);
    }
    const status = candidate.proposal === 'upgrade' ? 'merged' : 'accepted';
    if (!(await claim(strapi, documentId, status))) return decidedElsewhere(strapi, documentId);

    let draft: PublicationRef | undefined;
    try {
      if (target) {
        // The published version's BibTeX, pasted into the preprint's draft: bibtex/merge-entry.ts upgrades it.
        const current = (await documents(strapi, PUBLICATION).findOne({ documentId: target.documentId, fields: ['title', 'note'] })) as { title: string; note: string | null } | null;
        await documents(strapi, PUBLICATION).update({
          documentId: target.documentId,
          data: { bibtex: bibtexOfRecord(record), ...(current ? renamedFields(current, record.title) : {}) },
        });
      } else {
        draft = (await documents(strapi, PUBLICATION).create({ data: draftOfRecord(record, await ownerMatcherOf(strapi)) })) as PublicationRef;
      }
      await markDecided(strapi, documentId, status, (target ?? draft)!.documentId);
    } catch (error) {
      if (draft) await documents(strapi, PUBLICATION).delete({ documentId: draft.documentId });
      await strapi.db.query(CANDIDATE).updateMany({ where: { documentId }, data: { state: 'new' } });
      throw error;
    }
    return decided(strapi, documentId);
  });
}

/**
 * Takes the decision for this request alone, in the database: with several instances on one
 * database (README, "Several instances"), a double click that reaches two of them must still make
 * one draft. False when another request took it first.
 */
async function claim(strapi: Core.Strapi, documentId: string, status: CandidateStatus): Promise<boolean> {
  const { count } = await strapi.db.query(CANDIDATE).updateMany({ where: { documentId, state: 'new' }, data: { state: status } });
  return count > 0;
}

/** The answer to a request that lost the claim: the other's draft once it is made. */
async function decidedElsewhere(strapi: Core.Strapi, documentId: string): Promise<Decision> {
  const decision = await decided(strapi, documentId);
  if (decision.publication) return decision;
  if (decision.candidate.state === 'dismissed') throw new ReviewConflict(`"${decision.candidate.title}" was just dismissed; a dismissed work stays dismissed`);
  throw new ReviewConflict(`"${decision.candidate.title}" is being accepted from another window; reload the list in a moment`);
}

export function dismissCandidate(strapi: Core.Strapi, documentId: string): Promise<Decision> {
  return oneAtATime(documentId, async () => {
    const candidate = await findCandidate(strapi, documentId);
    if (candidate.state === 'new' && (await claim(strapi, documentId, 'dismissed'))) await markDecided(strapi, documentId, 'dismissed', null);
    const decision = await decided(strapi, documentId);
    if (decision.candidate.state === 'accepted' || decision.candidate.state === 'merged') {
      throw new ReviewConflict(`"${candidate.title}" was already accepted; delete its publication in the Content Manager instead`);
    }
    return decision;
  });
}

async function markDecided(strapi: Core.Strapi, documentId: string, status: CandidateStatus, publication: string | null): Promise<void> {
  await documents(strapi, CANDIDATE).update({
    documentId,
    data: { state: status, decidedAt: new Date().toISOString(), acceptedAs: publication ? { set: [{ documentId: publication }] } : { set: [] } },
  });
}

async function decided(strapi: Core.Strapi, documentId: string): Promise<Decision> {
  const candidate = viewOf(await findCandidate(strapi, documentId), []);
  return { candidate, publication: candidate.acceptedAs };
}
