/**
 * Semantic Scholar's papers of one author (https://api.semanticscholar.org/api-docs/graph#tag/Author-Data/operation/get_graph_get_author_papers):
 * `/graph/v1/author/<id>/papers?fields=…`, paged by `offset`/`limit` (at most 1000) until the
 * answer has no `next`. A key (`x-api-key`) is optional and raises the rate limit.
 */
import type { PublicationKind } from '@homepage/shared';
import { arxivIdIn, authorsOf, cleanDoi, workRecord, type FoundWork, type Owner } from '../found-work';
import { getJson, SourceError, urlUnder, type SourceClientOptions } from '../source-http';

export interface SemanticScholarClientOptions extends SourceClientOptions {
  apiKey?: string;
  maxPages?: number;
}

export const S2_FIELDS = 'paperId,title,year,venue,publicationVenue,publicationDate,publicationTypes,externalIds,authors,abstract,url';
const LIMIT = 100;

interface S2Paper {
  paperId?: string;
  title?: string | null;
  year?: number | null;
  venue?: string | null;
  publicationVenue?: { name?: string | null; type?: string | null } | null;
  publicationDate?: string | null;
  publicationTypes?: string[] | null;
  externalIds?: { DOI?: string; ArXiv?: string; DBLP?: string } | null;
  authors?: { authorId?: string | null; name?: string | null }[];
  abstract?: string | null;
  url?: string | null;
}

export async function fetchSemanticScholarWorks(owner: Owner, options: SemanticScholarClientOptions): Promise<FoundWork[]> {
  if (!owner.semanticScholarId) return [];
  const id = owner.semanticScholarId.trim();
  if (!/^\d+$/.test(id)) throw new SourceError(`Semantic Scholar author id "${id}" is not a number, e.g. "2109456789"`);
  const found: FoundWork[] = [];
  for (let offset: number | undefined = 0, page = 0; offset !== undefined; page++) {
    if (page >= (options.maxPages ?? 20)) throw new SourceError(`Semantic Scholar: still paging after ${page} pages; stopped`);
    const url = urlUnder(options.baseUrl, `/graph/v1/author/${id}/papers`);
    url.searchParams.set('fields', S2_FIELDS);
    url.searchParams.set('offset', String(offset));
    url.searchParams.set('limit', String(LIMIT));
    const body = (await getJson('Semantic Scholar', url, options, options.apiKey ? { 'x-api-key': options.apiKey } : {})) as { data?: unknown; next?: number };
    if (!body || !Array.isArray(body.data)) throw new SourceError('Semantic Scholar sent an answer without "data"');
    for (const paper of body.data as S2Paper[]) {
      const record = semanticScholarRecord(paper, id, owner);
      if (record) found.push({ source: 'semanticscholar', record, raw: paper, byIdentifier: true });
    }
    offset = typeof body.next === 'number' && body.next > offset ? body.next : undefined;
  }
  return found;
}

export function semanticScholarRecord(paper: S2Paper, authorId: string, owner: Owner): FoundWork['record'] | null {
  if (!paper || typeof paper.title !== 'string' || !paper.title.trim()) return null;
  const venue = paper.publicationVenue?.name ?? paper.venue ?? null;
  const types = paper.publicationTypes ?? [];
  const hint: PublicationKind | undefined = types.includes('Conference') ? 'conference-paper' : types.includes('JournalArticle') ? 'journal-article' : undefined;
  const arxivId = paper.externalIds?.ArXiv ? arxivIdIn(`arxiv.org/abs/${paper.externalIds.ArXiv}`) : null;
  const doi = cleanDoi(paper.externalIds?.DOI);
  const record = workRecord({
    title: paper.title,
    authors: authorsOf((paper.authors ?? []).map((a) => ({ name: a.name ?? '', isOwner: a.authorId === authorId || undefined })), owner),
    year: paper.year ?? null,
    date: /^\d{4}-\d{2}-\d{2}$/.test(paper.publicationDate ?? '') ? paper.publicationDate! : null,
    venue,
    kind: 'preprint',
    doi: doi && !arxivIdIn(doi) ? doi : null,
    arxivId,
    abstract: paper.abstract?.slice(0, 5000) ?? null,
    url: paper.url ?? null,
    ids: {
      ...(paper.paperId ? { semanticscholar: paper.paperId } : {}),
      ...(paper.externalIds?.DBLP ? { dblp: paper.externalIds.DBLP } : {}),
    },
  });
  return { ...record, kind: record.venue ? (hint ?? (/workshop/i.test(record.venue) ? 'workshop-paper' : 'conference-paper')) : 'preprint' };
}
