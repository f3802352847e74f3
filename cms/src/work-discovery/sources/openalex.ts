/**
 * OpenAlex works of the owner (https://docs.openalex.org/api-entities/works/filter-works): by
 * author id (`filter=author.id:A…`) or, without one, by ORCID (`author.orcid:`), from a date on,
 * `per_page` 100 and cursor paging (`cursor=*`, then `meta.next_cursor` until it is null:
 * https://docs.openalex.org/how-to-use-the-api/get-lists-of-entities/paging). OpenAlex requires
 * an API key since 2026-02-13 (`api_key`): without one it is asked anyway and will likely refuse.
 */
import type { PublicationKind } from '@homepage/shared';
import { arxivIdIn, authorsOf, cleanDoi, isoDate, workRecord, type FoundWork, type Owner } from '../found-work';
import { getJson, SourceError, urlUnder, type SourceClientOptions } from '../source-http';

export interface OpenAlexClientOptions extends SourceClientOptions {
  apiKey?: string;
  /** Only works published on or after this day (YYYY-MM-DD). */
  fromDate?: string;
  /** A backstop against a source that never stops paging. */
  maxPages?: number;
}

interface OpenAlexWork {
  id?: string;
  doi?: string | null;
  title?: string | null;
  display_name?: string | null;
  publication_year?: number | null;
  publication_date?: string | null;
  type?: string | null;
  authorships?: { author?: { id?: string | null; display_name?: string | null; orcid?: string | null }; raw_author_name?: string | null }[];
  primary_location?: OpenAlexLocation | null;
  locations?: OpenAlexLocation[];
  abstract_inverted_index?: Record<string, number[]> | null;
}
interface OpenAlexLocation {
  landing_page_url?: string | null;
  source?: { display_name?: string | null; type?: string | null } | null;
}
interface WorksPage {
  meta?: { next_cursor?: string | null };
  results?: unknown[];
}

export const OPENALEX_PER_PAGE = 100;

/** "https://openalex.org/A5023888391" and "A5023888391" name the same author. */
const shortId = (id: string | null | undefined) => id?.trim().replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase() ?? '';
const bareOrcid = (orcid: string | null | undefined) => orcid?.trim().replace(/^https?:\/\/orcid\.org\//i, '') ?? '';

export async function fetchOpenAlexWorks(owner: Owner, options: OpenAlexClientOptions): Promise<FoundWork[]> {
  const filter = owner.openalexId ? `author.id:${shortId(owner.openalexId)}` : owner.orcid ? `author.orcid:${bareOrcid(owner.orcid)}` : undefined;
  if (!filter) return [];
  const found: FoundWork[] = [];
  let cursor: string | null | undefined = '*';
  for (let page = 0; cursor; page++) {
    if (page >= (options.maxPages ?? 50)) throw new SourceError(`OpenAlex: still paging after ${page} pages; stopped`);
    const url = urlUnder(options.baseUrl, '/works');
    url.searchParams.set('filter', options.fromDate ? `${filter},from_publication_date:${options.fromDate}` : filter);
    url.searchParams.set('per_page', String(OPENALEX_PER_PAGE));
    url.searchParams.set('cursor', cursor);
    if (options.apiKey) url.searchParams.set('api_key', options.apiKey);
    const body = (await getJson('OpenAlex', url, options)) as WorksPage;
    if (!body || typeof body !== 'object' || !Array.isArray(body.results)) throw new SourceError('OpenAlex sent a works page without "results"');
    for (const work of body.results) {
      const normalised = openAlexRecord(work as OpenAlexWork, owner);
      if (normalised) found.push({ source: 'openalex', record: normalised, raw: work, byIdentifier: true });
    }
    cursor = body.meta?.next_cursor;
  }
  return found;
}

const KINDS: Record<string, PublicationKind> = { conference: 'conference-paper', journal: 'journal-article' };

/** One OpenAlex work as a WorkRecord, or null when it has no title. */
export function openAlexRecord(work: OpenAlexWork, owner: Owner): FoundWork['record'] | null {
  const title = work.title ?? work.display_name;
  if (!work || typeof title !== 'string' || !title.trim()) return null;
  const ownId = shortId(owner.openalexId);
  const ownOrcid = bareOrcid(owner.orcid);
  const locations = [work.primary_location, ...(work.locations ?? [])].filter((l): l is OpenAlexLocation => !!l);
  const published = locations.find((l) => l.source?.type === 'conference' || l.source?.type === 'journal');
  const arxivId = arxivIdIn(work.doi) ?? locations.map((l) => arxivIdIn(l.landing_page_url)).find(Boolean) ?? null;
  const doi = cleanDoi(work.doi);
  const [year, month, day] = (work.publication_date ?? '').split('-').map(Number);
  const kind: PublicationKind = published ? (KINDS[published.source!.type!] ?? 'conference-paper') : work.type === 'report' ? 'technical-report' : 'preprint';
  return workRecord({
    title,
    authors: authorsOf(
      (work.authorships ?? []).map((a) => ({
        name: a.author?.display_name ?? a.raw_author_name ?? '',
        isOwner: (ownId !== '' && shortId(a.author?.id) === ownId) || (ownOrcid !== '' && bareOrcid(a.author?.orcid) === ownOrcid) || undefined,
      })),
      owner,
    ),
    year: work.publication_year ?? (year || null),
    date: isoDate(year, month, day),
    venue: published?.source?.display_name ?? null,
    kind,
    doi: doi && !arxivIdIn(doi) ? doi : null,
    arxivId,
    abstract: abstractOf(work.abstract_inverted_index),
    url: published?.landing_page_url ?? work.primary_location?.landing_page_url ?? null,
    ids: work.id ? { openalex: shortId(work.id) } : {},
  });
}

/** OpenAlex ships abstracts as an inverted index (word → positions), for licensing reasons. */
function abstractOf(index: Record<string, number[]> | null | undefined): string | null {
  if (!index || typeof index !== 'object') return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) for (const at of Array.isArray(positions) ? positions : []) words[at] = word;
  const text = words.filter(Boolean).join(' ').trim();
  return text ? text.slice(0, 5000) : null;
}
