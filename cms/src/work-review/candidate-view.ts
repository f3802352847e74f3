/**
 * What the review's admin routes answer (work-review/review-candidates.ts), shared with the admin
 * UI's "New works found" page (admin/new-works/) so both read one shape.
No imports at run time: the admin bundle takes this file as it is.
 */
import type { MatchedBy } from '../bibtex/match-publication';
import type { CandidateSource, WorkAuthor } from '../work-discovery/work-record';

export const CANDIDATE_STATUSES = ['new', 'accepted', 'dismissed', 'merged'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface PublicationRef {
  documentId: string;
  title: string;
}

/** One candidate as the review page shows it. */
export interface CandidateView {
  documentId: string;
  title: string;
  state: CandidateStatus;
  proposal: 'new-publication' | 'upgrade';
  authors: WorkAuthor[];
  venue: string | null;
  venueShort: string | null;
  year: number | null;
  kind: string | null;
  doi: string | null;
  arxivId: string | null;
  sources: CandidateSource[];
  firstSeenAt: string | null;
  decidedAt: string | null;
  /** The preprint an upgrade would fill. */
  upgradeOf: PublicationRef | null;
  /** Publications already on the page that are the same work (a new work entered by hand meanwhile). */
  duplicates: (PublicationRef & { matchedBy: MatchedBy })[];
  /** The publication Accept made or upgraded. */
  acceptedAs: PublicationRef | null;
  /** Why the stored record cannot become a publication, when it cannot. */
  problem: string | null;
}

export interface Decision {
  candidate: CandidateView;
  /** The draft made or upgraded; null for a dismissal. */
  publication: PublicationRef | null;
}
