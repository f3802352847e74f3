/**
 * What every source client returns and what it is told about the owner. A client only reads its
 * source and normalises; deciding what is new, the same work, or a namesake's is discover.ts's.
 */
import type { PublicationKind } from '@homepage/shared';
import { arxivBase, arxivIdOfDoi, shortVenue } from '../bibtex';
import type { DiscoverySource, WorkAuthor, WorkRecord } from './work-record';

export interface FoundWork {
  source: DiscoverySource;
  record: WorkRecord;
  /** The source's own answer for this work, kept (privately) on the candidate. */
  raw: unknown;
  /** True when the source was asked by the owner's identifier, false when by name (arXiv). */
  byIdentifier: boolean;
}

/** The profile's identifiers, as the owner typed them (trimmed; empty ones absent). */
export interface OwnerIdentifiers {
  orcid?: string;
  openalexId?: string;
  dblpPid?: string;
  semanticScholarId?: string;
  arxivQuery?: string;
}

export interface Owner extends OwnerIdentifiers {
  name: string;
  /** Whether an author's display name is the owner's (bibtex/owner-name.ts). */
  isOwnerName: (author: string) => boolean;
  /** For Crossref's polite pool (`mailto` in the User-Agent). */
  email?: string;
}

/** A DOI as WorkRecord keeps it: lower case, without https://doi.org/. */
export function cleanDoi(doi: string | null | undefined): string | null {
  const clean = doi
    ?.trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/, '');
  return clean && /^10\.\d{4,9}\/\S+$/.test(clean) ? clean : null;
}

/** The arXiv id an address or DOI names, without version: "https://arxiv.org/abs/2510.08008v2" → "2510.08008". */
export function arxivIdIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const fromDoi = arxivIdOfDoi(text);
  if (fromDoi) return arxivBase(fromDoi);
  const match = text.match(/arxiv\.org\/(?:abs|pdf)\/([a-z-]+(?:\.[A-Z]{2})?\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?/i);
  return match ? arxivBase(match[1]) : null;
}

/** Words of a title as sources send them: no line breaks or doubled spaces, no trailing full stop. */
export const cleanTitle = (title: string) => title.replace(/\s+/g, ' ').trim().replace(/(?<![.A-Z])\.$/, '');

const ARXIV_VENUE = /^(arxiv|corr|arxiv\.org|arxiv \(cornell university\))$/i;

/** A venue that names a preprint server is no venue: the work is a preprint. */
export const isPreprintVenue = (venue: string | null | undefined) => !venue || ARXIV_VENUE.test(venue.trim()) || /\barxiv\b/i.test(venue);

/** The publication kind a venue suggests, when the source says only "article". */
export function kindOfVenue(venue: string | null | undefined, hint?: PublicationKind): PublicationKind {
  if (isPreprintVenue(venue)) return hint === 'technical-report' ? hint : 'preprint';
  if (/\bworkshops?\b/i.test(venue ?? '')) return 'workshop-paper';
  return hint && hint !== 'preprint' ? hint : 'conference-paper';
}

/** A WorkRecord from a source's fields, with the short venue bibtex/venues.ts gives ("ICML 2026"). */
export function workRecord(fields: Omit<WorkRecord, 'venueShort' | 'venue' | 'title'> & { title: string; venue: string | null }): WorkRecord {
  const venue = isPreprintVenue(fields.venue) ? null : fields.venue!.trim();
  const venueShort = venue
    ? (shortVenue(venue, fields.year ?? undefined) ?? null)
    : fields.arxivId && fields.year
      ? `arXiv ${fields.year}`
      : null;
  return { ...fields, title: cleanTitle(fields.title), venue, venueShort };
}

export function authorsOf(names: { name: string; isOwner?: boolean }[], owner: Owner): WorkAuthor[] {
  return names
    .map(({ name, isOwner }) => ({ name: name.replace(/\s+\d{4}$/, '').replace(/\s+/g, ' ').trim(), isOwner }))
    .filter(({ name }) => name !== '')
    .map(({ name, isOwner }) => ({ name, isOwner: isOwner ?? owner.isOwnerName(name) }));
}

/** "2025-10-09" from parts, or null; a year alone gives null (WorkRecord.date is a full date). */
export function isoDate(year?: number | null, month?: number | null, day?: number | null): string | null {
  if (!year || !month || !day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
