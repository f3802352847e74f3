/**
 * A found work as the owner would have pasted it: its BibTeX entry (written by the citations'
 * BibTeX writer, so it reads like every entry the site exports) and the publication fields that
 * entry fills (bibtex/fill-publication.ts, the paste's own rules: short venue, first public date,
 * arXiv and publisher links). What the source knows better than BibTeX can say, it keeps: the
 * kind, the owner among the authors when the source tied them by identifier, the abstract and the
 * DOI's link.
 */
import type { CslItem } from '@citation-js/core';
import { fieldsOfEntry, readBibtexEntry, type FillableFields, type LinkInput } from '../bibtex';
import { cslToBibtex, formatBibtexEntry } from '../api/citations/services/bibtex-format';
import { citationKey, CSL_TYPES, toCslName } from '../api/citations/services/csl-items';
import type { WorkRecord } from '../work-discovery/work-record';

/** What a new draft publication is created with. */
export type DraftPublication = Partial<FillableFields> & { bibtex: string; abstract?: string };

const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** The record as a CSL item, the citations' shape, so one writer makes its BibTeX. */
function recordToCsl(record: WorkRecord): CslItem {
  const year = record.year ?? Number(record.date?.slice(0, 4));
  const [y, m] = (record.date ?? '').split('-').map(Number);
  const item: CslItem = {
    id: citationKey(record.authors[0]?.name, year, record.title),
    type: CSL_TYPES[record.kind],
    title: record.title,
    author: record.authors.map((author) => toCslName(author.name)),
    issued: { 'date-parts': [y === year && m ? [year, m] : [year]] },
  };
  const venue = record.venue && !/^(arxiv\b|corr$)/i.test(record.venue) ? record.venue : undefined;
  if (venue && record.kind === 'thesis') item.publisher = venue;
  else if (venue && record.kind !== 'preprint') item['container-title'] = venue;
  if (record.arxivId) {
    item.archive = 'arXiv';
    item.archive_location = record.arxivId;
  }
  if (record.kind === 'technical-report') item.genre = 'Technical report';
  if (record.doi) item.DOI = record.doi;
  const url = record.url ?? (record.doi ? doiUrl(record.doi) : undefined);
  if (url) item.URL = url;
  return item;
}

/** The work's BibTeX entry: stored in the publication, as a paste would be. */
export function bibtexOfRecord(record: WorkRecord): string {
  return formatBibtexEntry(cslToBibtex(recordToCsl(record)));
}

/** Every field of a new draft, from the record and the BibTeX made of it; `isOwner` is the profile's name matcher. */
export function draftOfRecord(record: WorkRecord, isOwner: (author: string) => boolean): DraftPublication {
  const bibtex = bibtexOfRecord(record);
  const filled = fieldsOfEntry(readBibtexEntry(bibtex), isOwner);
  const draft: DraftPublication = {
    ...filled,
    bibtex,
    title: record.title,
    kind: record.kind,
    authors: record.authors.map((author) => ({
      name: author.name,
      isOwner: author.isOwner || isOwner(author.name),
      equalContribution: false,
      corresponding: false,
    })),
    links: withDoiLink(filled.links ?? [], record.doi),
  };
  if (record.year !== null) draft.year = record.year;
  if (record.venue && record.kind !== 'preprint') draft.venue = record.venue;
  if (record.venueShort) draft.venueShort = record.venueShort;
  if (record.doi) draft.doi = record.doi;
  if (record.arxivId) draft.arxivId = record.arxivId;
  if (record.abstract) draft.abstract = record.abstract;
  if (!draft.date && record.date) draft.date = record.date;
  return draft;
}

/** A publisher's DOI is a link of its own; arXiv's DOI is the arXiv link already there. */
function withDoiLink(links: LinkInput[], doi: string | null): LinkInput[] {
  if (!doi || /^10\.48550\//.test(doi) || links.some((link) => link.url === doiUrl(doi))) return links;
  return [...links, { kind: 'doi', url: doiUrl(doi) }];
}

/** The published version's title, when it differs; the earlier one goes in the note only if the owner left it empty. */
export function renamedFields(current: { title: string; note: string | null }, publishedTitle: string): { title?: string; note?: string } {
  if (current.title.trim() === publishedTitle.trim()) return {};
  const note = `First released as “${current.title}”`;
  // The note holds 300 characters; a longer one is left to the owner rather than cut mid-title.
  return { title: publishedTitle, ...(current.note?.trim() || note.length > 300 ? {} : { note }) };
}
