/**
 * One work as discovery normalises it, whichever source found it (OpenAlex, arXiv, DBLP,
 * Semantic Scholar, Crossref, ORCID). A work-candidate's `record` holds one of these; accepting
 * the candidate turns it into a draft Publication, so its fields mirror the Publication's.
 */
import type { PublicationKind } from '@homepage/shared';

export type DiscoverySource = 'openalex' | 'arxiv' | 'dblp' | 'semanticscholar' | 'crossref' | 'orcid';

export interface WorkAuthor {
  name: string;
  /** True when the source ties this author to the owner's identifier (or the name matches the owner's). */
  isOwner: boolean;
}

export interface WorkRecord {
  title: string;
  authors: WorkAuthor[];
  year: number | null;
  /** YYYY-MM-DD, or null when the source gives only a year. */
  date: string | null;
  venue: string | null;
  venueShort: string | null;
  kind: PublicationKind;
  /** Lower-cased, without a `https://doi.org/` prefix. */
  doi: string | null;
  /** Without its version suffix (2501.17116, not 2501.17116v2). */
  arxivId: string | null;
  abstract: string | null;
  /** The landing page the source points to. */
  url: string | null;
  /** The source's own ids for the work: aliases when deduplicating across sources. */
  ids: Partial<Record<'openalex' | 'dblp' | 'semanticscholar' | 'crossref' | 'orcid', string>>;
}

/** Where a candidate was found: one entry of a work-candidate's `sources`, linked in the admin's review. */
export interface CandidateSource {
  source: DiscoverySource;
  /** The source's id of the work (OpenAlex `W…`, arXiv id, DBLP key, S2 paperId, DOI, ORCID put-code). */
  id: string;
  /** The work's page at the source, for the owner to check. */
  url: string;
}
