/**
 * A work-candidate's JSON fields as discovery stored them, read back with their types checked:
 * `record` and `sources` are JSON columns, so nothing but this reader stands between a malformed
 * row and a publication made from it. A record that cannot become a publication is refused by
 * name (RecordError), never half-used.
 */
import { PUBLICATION_KINDS, type PublicationKind } from '@homepage/shared';
import type { CandidateSource, DiscoverySource, WorkAuthor, WorkRecord } from '../work-discovery/work-record';

/** Why a candidate's stored record cannot be accepted; the message names the field. */
export class RecordError extends Error {
  override name = 'RecordError';
}

const SOURCES: readonly DiscoverySource[] = ['openalex', 'arxiv', 'dblp', 'semanticscholar', 'crossref', 'orcid'];
const ID_KEYS = ['openalex', 'dblp', 'semanticscholar', 'crossref', 'orcid'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The candidate's `record` as a WorkRecord; throws a RecordError naming the first unusable field. */
export function readWorkRecord(value: unknown): WorkRecord {
  if (!isObject(value)) throw new RecordError('the record is not an object');
  const title = text(value.title);
  if (!title) throw new RecordError('the record has no title');
  const authors = Array.isArray(value.authors) ? value.authors.map(readAuthor).filter((a): a is WorkAuthor => a !== null) : [];
  if (!authors.length) throw new RecordError(`the record of "${title}" names no authors`);
  const year = typeof value.year === 'number' && Number.isInteger(value.year) ? value.year : null;
  const date = typeof value.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? value.date : null;
  if (year === null && date === null) throw new RecordError(`the record of "${title}" has no year`);
  const kind = PUBLICATION_KINDS.includes(value.kind as PublicationKind) ? (value.kind as PublicationKind) : 'preprint';
  const ids: WorkRecord['ids'] = {};
  if (isObject(value.ids)) for (const key of ID_KEYS) if (text(value.ids[key])) ids[key] = text(value.ids[key])!;
  return {
    title,
    authors,
    year: year ?? Number(date!.slice(0, 4)),
    date,
    venue: text(value.venue),
    venueShort: text(value.venueShort),
    kind,
    doi: text(value.doi)?.toLowerCase().replace(/^https?:\/\/(dx\.)?doi\.org\//, '') ?? null,
    arxivId: text(value.arxivId)?.replace(/v\d+$/, '') ?? null,
    abstract: text(value.abstract),
    url: text(value.url) && /^https?:\/\/\S+$/.test(text(value.url)!) ? text(value.url) : null,
    ids,
  };
}

function readAuthor(value: unknown): WorkAuthor | null {
  if (typeof value === 'string') return text(value) ? { name: text(value)!, isOwner: false } : null;
  if (!isObject(value) || !text(value.name)) return null;
  return { name: text(value.name)!, isOwner: value.isOwner === true };
}

/** The candidate's `sources` that can be linked: known source, id, and an http(s) address. */
export function readSources(value: unknown): CandidateSource[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): CandidateSource[] => {
    if (!isObject(entry) || !SOURCES.includes(entry.source as DiscoverySource)) return [];
    const url = text(entry.url);
    if (!url || !/^https?:\/\/\S+$/.test(url)) return [];
    return [{ source: entry.source as DiscoverySource, id: text(entry.id) ?? '', url }];
  });
}
