/**
 * Fetches citation counts for every publication with a DOI or an arXiv id (arXiv's DataCite DOI,
 * 10.48550/arXiv.<id>) and stores each with the time it was fetched. A failed or rate-limited
 * request leaves the stored counts as they were (the site keeps showing the last good value) and
 * is logged; nothing else changes on the publication. Counts go to the draft and published rows
 * directly: the owner's unpublished edits stay unpublished, and the public API shows the count at once.
 */
import type { Core } from '@strapi/strapi';
import { doiKey, fetchCitedByCounts, OPENALEX_BATCH, RateLimitedError, type OpenAlexOptions } from './openalex';

const UID = 'api::publication.publication';

export interface RefreshSummary {
  /** Publications asked about. */
  asked: number;
  /** Of those, whose count was stored. */
  updated: number;
  /** Whose request failed, so their previous count stays. */
  failed: number;
}

interface Row {
  documentId: string;
  doi: string | null;
  arxivId: string | null;
}

/** The DOI OpenAlex knows a publication by. */
export function lookupDoi({ doi, arxivId }: Pick<Row, 'doi' | 'arxivId'>): string | undefined {
  if (doi?.trim()) return doiKey(doi);
  if (arxivId?.trim()) return `10.48550/arxiv.${arxivId.trim().toLowerCase().replace(/v\d+$/, '')}`;
  return undefined;
}

export async function refreshCitationCounts(strapi: Core.Strapi, options: OpenAlexOptions): Promise<RefreshSummary> {
  const rows = (await strapi.db.query(UID).findMany({
    where: { $or: [{ doi: { $notNull: true } }, { arxivId: { $notNull: true } }] },
    select: ['documentId', 'doi', 'arxivId', 'publishedAt'],
    orderBy: { publishedAt: 'asc' }, // the published version's identifiers win over a draft's
  })) as Row[];
  const byDoi = new Map<string, Set<string>>();
  for (const row of rows) {
    const doi = lookupDoi(row);
    if (!doi) continue;
    byDoi.set(doi, (byDoi.get(doi) ?? new Set()).add(row.documentId));
  }

  const dois = [...byDoi.keys()];
  const summary: RefreshSummary = { asked: new Set(rows.map((r) => r.documentId)).size, updated: 0, failed: 0 };
  for (let start = 0; start < dois.length; start += OPENALEX_BATCH) {
    const batch = dois.slice(start, start + OPENALEX_BATCH);
    let counts: Map<string, number>;
    try {
      counts = await fetchCitedByCounts(batch, options);
    } catch (error) {
      const left = dois.slice(start).reduce((n, doi) => n + (byDoi.get(doi)?.size ?? 0), 0);
      summary.failed += left;
      strapi.log.warn(`Citation counts: ${(error as Error).message}; kept the last counts of ${left} publication(s)`);
      if (error instanceof RateLimitedError) break;
      continue;
    }
    // One write per distinct count, not per paper: each write empties the response cache.
    const byCount = new Map<number, string[]>();
    for (const doi of batch) {
      const count = counts.get(doi);
      if (count !== undefined) byCount.set(count, [...(byCount.get(count) ?? []), ...(byDoi.get(doi) ?? [])]);
    }
    const now = new Date();
    for (const [count, documentIds] of byCount) {
      await strapi.db.query(UID).updateMany({ where: { documentId: { $in: documentIds } }, data: { citationCount: count, citationCountUpdatedAt: now } });
      summary.updated += documentIds.length;
    }
  }
  return summary;
}
