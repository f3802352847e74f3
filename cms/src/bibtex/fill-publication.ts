/**
 * Which fields of a publication a BibTeX entry may fill: only those the owner left empty, never
 * one they typed. Pure, so the save hook and `pnpm import:bib` decide alike.
 */
import type { PublicationKind, PublicationLinkKind } from '@homepage/shared';
import type { BibtexWork } from './read-entry';

export interface AuthorInput {
  name: string;
  isOwner: boolean;
  equalContribution: boolean;
  corresponding: boolean;
}

export interface LinkInput {
  kind: PublicationLinkKind;
  url: string;
}

/** The publication fields BibTeX can fill, as the Document Service takes them. */
export interface FillableFields {
  title: string;
  authors: AuthorInput[];
  venue: string;
  venueShort: string;
  year: number;
  date: string;
  kind: PublicationKind;
  doi: string;
  arxivId: string;
  links: LinkInput[];
}

export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  // The admin starts a required repeatable component (authors) with one blank entry.
  if (Array.isArray(value)) return value.every(isBlankEntry);
  return false;
}

/** A component entry holding nothing the owner typed: only ids, check boxes and empty text. */
function isBlankEntry(entry: unknown): boolean {
  if (entry === null || typeof entry !== 'object') return isEmptyValue(entry);
  return Object.entries(entry).every(
    ([key, value]) => key === 'id' || key === '__temp_key__' || typeof value === 'boolean' || isEmptyValue(value),
  );
}

/** The fields of `work` that `current` leaves empty, with the owner ticked in a filled author list. */
export function fillEmptyFields(
  current: Partial<Record<keyof FillableFields, unknown>>,
  work: BibtexWork,
  isOwner: (author: string) => boolean,
): Partial<FillableFields> {
  const fromEntry: Partial<FillableFields> = {
    title: work.title,
    authors: work.authors.length
      ? work.authors.map((name) => ({ name, isOwner: isOwner(name), equalContribution: false, corresponding: false }))
      : undefined,
    venue: work.venue,
    venueShort: work.venueShort,
    year: work.year,
    date: work.date,
    kind: work.kind,
    doi: work.doi,
    arxivId: work.arxivId,
    links: linksOf(work),
  };
  const patch: Partial<FillableFields> = {};
  for (const key of Object.keys(fromEntry) as (keyof FillableFields)[]) {
    if (fromEntry[key] !== undefined && isEmptyValue(current[key])) Object.assign(patch, { [key]: fromEntry[key] });
  }
  return patch;
}

/** The entry's URL, and the arXiv abstract page when the URL is not already arXiv. */
function linksOf(work: BibtexWork): LinkInput[] | undefined {
  const links: LinkInput[] = [];
  if (work.url && work.url.length <= 500) links.push({ kind: linkKind(work.url), url: work.url });
  if (work.arxivId && !links.some((link) => link.kind === 'arxiv')) {
    links.push({ kind: 'arxiv', url: `https://arxiv.org/abs/${work.arxivId}` });
  }
  return links.length ? links : undefined;
}

function linkKind(url: string): PublicationLinkKind {
  if (/^https?:\/\/(www\.)?arxiv\.org\/abs\//i.test(url)) return 'arxiv';
  if (/^https?:\/\/(dx\.)?doi\.org\//i.test(url)) return 'doi';
  if (/\.pdf($|[?#])/i.test(url)) return 'pdf';
  return 'other';
}
