/**
 * Crossref works that carry the owner's ORCID iD (https://api.crossref.org/swagger-ui/index.html,
 * https://github.com/CrossRef/rest-api-doc#filter-names): `/works?filter=orcid:<iD>`, deep paging
 * with `cursor=*` and `next-cursor` until a page comes back short. Crossref asks polite clients
 * to name themselves with a `mailto` in the User-Agent (https://github.com/CrossRef/rest-api-doc#etiquette).
 */
import type { PublicationKind } from '@homepage/shared';
import { arxivIdIn, authorsOf, cleanDoi, isoDate, workRecord, type FoundWork, type Owner } from '../found-work';
import { getJson, SourceError, urlUnder, type SourceClientOptions } from '../source-http';

export interface CrossrefClientOptions extends SourceClientOptions {
  mailto?: string;
  maxPages?: number;
}

const ROWS = 100;
const KINDS: Record<string, PublicationKind> = {
  'proceedings-article': 'conference-paper',
  'journal-article': 'journal-article',
  'posted-content': 'preprint',
  report: 'technical-report',
  dissertation: 'thesis',
};

interface CrossrefItem {
  DOI?: string;
  title?: string[];
  author?: { given?: string; family?: string; name?: string; ORCID?: string }[];
  issued?: { 'date-parts'?: (number | null)[][] };
  'container-title'?: string[];
  type?: string;
  URL?: string;
  abstract?: string;
}

export const crossrefUserAgent = (mailto?: string) => `researcher-homepage-discovery/1.0${mailto ? ` (mailto:${mailto})` : ''}`;

export async function fetchCrossrefWorks(owner: Owner, options: CrossrefClientOptions): Promise<FoundWork[]> {
  if (!owner.orcid) return [];
  const orcid = owner.orcid.trim().replace(/^https?:\/\/orcid\.org\//i, '');
  const found: FoundWork[] = [];
  let cursor = '*';
  for (let page = 0; ; page++) {
    if (page >= (options.maxPages ?? 20)) throw new SourceError(`Crossref: still paging after ${page} pages; stopped`);
    const url = urlUnder(options.baseUrl, '/works');
    url.searchParams.set('filter', `orcid:${orcid}`);
    url.searchParams.set('rows', String(ROWS));
    url.searchParams.set('cursor', cursor);
    const body = (await getJson('Crossref', url, options, { 'user-agent': crossrefUserAgent(options.mailto ?? owner.email) })) as {
      message?: { items?: unknown; 'next-cursor'?: string };
    };
    const items = body?.message?.items;
    if (!Array.isArray(items)) throw new SourceError('Crossref sent an answer without "message.items"');
    for (const item of items as CrossrefItem[]) {
      const record = crossrefRecord(item, orcid, owner);
      if (record) found.push({ source: 'crossref', record, raw: item, byIdentifier: true });
    }
    const next = body.message?.['next-cursor'];
    if (items.length < ROWS || !next || next === cursor) return found;
    cursor = next;
  }
}

export function crossrefRecord(item: CrossrefItem, orcid: string, owner: Owner): FoundWork['record'] | null {
  const title = item?.title?.[0];
  if (typeof title !== 'string' || !title.trim()) return null;
  const [year, month, day] = item.issued?.['date-parts']?.[0] ?? [];
  const doi = cleanDoi(item.DOI);
  const kind = KINDS[item.type ?? ''] ?? 'journal-article';
  return workRecord({
    title,
    authors: authorsOf(
      (item.author ?? []).map((a) => ({
        name: a.name ?? [a.given, a.family].filter(Boolean).join(' '),
        isOwner: a.ORCID?.replace(/^https?:\/\/orcid\.org\//i, '') === orcid || undefined,
      })),
      owner,
    ),
    year: year ?? null,
    date: isoDate(year, month, day),
    venue: kind === 'preprint' ? null : (item['container-title']?.[0] ?? null),
    kind,
    doi: doi && !arxivIdIn(doi) ? doi : null,
    arxivId: arxivIdIn(doi),
    abstract: item.abstract?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 5000) ?? null,
    url: item.URL ?? (doi ? `https://doi.org/${doi}` : null),
    ids: doi ? { crossref: doi } : {},
  });
}
