/**
 * Which fields of a new publication a BibTeX entry may fill: only those the owner left empty, never
 * one they typed. (A new entry for a publication that exists: merge-entry.ts.) Pure, so the save
 * hook and `pnpm import:bib` decide alike.
 */
import type { PublicationKind, PublicationLinkKind } from '@homepage/shared';
import { arxivAbsUrl, arxivPdfUrl } from './arxiv';
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
  /** Only for a page of a known publisher ("PMLR"); the site labels the other kinds itself. */
  label?: string;
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

/** Every publication field the entry gives, with the owner ticked among the authors. */
export function fieldsOfEntry(work: BibtexWork, isOwner: (author: string) => boolean): Partial<FillableFields> {
  const fields: Partial<FillableFields> = {
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
  for (const key of Object.keys(fields) as (keyof FillableFields)[]) if (fields[key] === undefined) delete fields[key];
  return fields;
}

/** The fields of `work` that `current` leaves empty, with the owner ticked in a filled author list. */
export function fillEmptyFields(
  current: Partial<Record<keyof FillableFields, unknown>>,
  work: BibtexWork,
  isOwner: (author: string) => boolean,
): Partial<FillableFields> {
  const fromEntry = fieldsOfEntry(work, isOwner);
  const patch: Partial<FillableFields> = {};
  for (const key of Object.keys(fromEntry) as (keyof FillableFields)[]) {
    if (isEmptyValue(current[key])) Object.assign(patch, { [key]: fromEntry[key] });
  }
  return patch;
}

/**
 * The entry's URL and PDF, then the arXiv abstract and PDF pages when the entry gave none of that
 * kind: a card with an arXiv id always offers its paper to read.
 */
function linksOf(work: BibtexWork): LinkInput[] | undefined {
  const links: LinkInput[] = [];
  const add = (kind: PublicationLinkKind, url: string | undefined) => {
    if (!url || url.length > 500 || links.some((link) => link.url === url)) return;
    const label = kind === 'other' ? publisherOf(url) : undefined;
    links.push(label ? { kind, url, label } : { kind, url });
  };
  if (work.url) add(linkKind(work.url), work.url);
  add('pdf', work.pdf);
  if (work.arxivId && !links.some((link) => link.kind === 'arxiv')) add('arxiv', arxivAbsUrl(work.arxivId));
  if (work.arxivId && !links.some((link) => link.kind === 'pdf')) add('pdf', arxivPdfUrl(work.arxivId));
  return links.length ? links : undefined;
}

/**
 * The proceedings' page of a paper is a link of kind "other", which the site shows as "Link";
 * named after its publisher, as the seed names PMLR's, it says where it leads.
 */
const PUBLISHERS: [RegExp, string][] = [
  [/^proceedings\.mlr\.press$/, 'PMLR'],
  [/^openreview\.net$/, 'OpenReview'],
  [/^(proceedings\.neurips\.cc|papers\.nips\.cc)$/, 'NeurIPS'],
  [/^aclanthology\.org$/, 'ACL Anthology'],
  [/^openaccess\.thecvf\.com$/, 'CVF'],
  [/^dl\.acm\.org$/, 'ACM'],
  [/^ieeexplore\.ieee\.org$/, 'IEEE Xplore'],
  [/^(www\.)?usenix\.org$/, 'USENIX'],
  [/^link\.springer\.com$/, 'Springer'],
  [/^ojs\.aaai\.org$/, 'AAAI'],
  [/^(www\.)?jmlr\.org$/, 'JMLR'],
];

function publisherOf(url: string): string | undefined {
  const host = URL.canParse(url) ? new URL(url).hostname.toLowerCase() : '';
  return PUBLISHERS.find(([pattern]) => pattern.test(host))?.[1];
}

function linkKind(url: string): PublicationLinkKind {
  if (/^https?:\/\/(www\.)?arxiv\.org\/abs\//i.test(url)) return 'arxiv';
  if (/^https?:\/\/(dx\.)?doi\.org\//i.test(url)) return 'doi';
  if (/\.pdf($|[?#])/i.test(url)) return 'pdf';
  return 'other';
}
