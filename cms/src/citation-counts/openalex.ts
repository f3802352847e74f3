/**
 * Citation counts from OpenAlex (https://docs.openalex.org/api-entities/works/filter-works), an
 * open index: up to 50 DOIs per request with `filter=doi:a|b`, a `mailto` that puts us in the
 * "polite pool", and the `api_key` OpenAlex requires since 2026-02-13
 * (https://docs.openalex.org/how-to-use-the-api/rate-limits-and-authentication).
 */

export interface OpenAlexOptions {
  /** e.g. https://api.openalex.org (tests point it at a local fake). */
  baseUrl: string;
  mailto?: string;
  /** OPENALEX_API_KEY; without one OpenAlex may refuse (schedule.ts warns). */
  apiKey?: string;
  timeoutMs?: number;
}

/** OpenAlex answered 429: stop this run, keep every stored count, try again next time. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
}

export const OPENALEX_BATCH = 50;

interface WorksPage {
  results?: { doi?: string | null; cited_by_count?: number }[];
}

/** DOIs compare without case and without the https://doi.org/ OpenAlex puts in front. */
export const doiKey = (doi: string) => doi.trim().toLowerCase().replace(/^https?:\/\/(dx\.)?doi\.org\//, '');

/** `cited_by_count` per DOI key, for those of `dois` (at most OPENALEX_BATCH) that OpenAlex knows. */
export async function fetchCitedByCounts(dois: readonly string[], options: OpenAlexOptions): Promise<Map<string, number>> {
  const url = new URL('/works', options.baseUrl);
  // A comma or pipe inside a DOI would split the filter; such DOIs are asked for on their own elsewhere.
  url.searchParams.set('filter', `doi:${dois.map(doiKey).join('|')}`);
  url.searchParams.set('select', 'doi,cited_by_count');
  url.searchParams.set('per-page', String(OPENALEX_BATCH));
  if (options.mailto) url.searchParams.set('mailto', options.mailto);
  if (options.apiKey) url.searchParams.set('api_key', options.apiKey);

  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
  if (response.status === 429) throw new RateLimitedError(`OpenAlex answered 429 (rate limited) for ${url.pathname}`);
  if (!response.ok) throw new Error(`OpenAlex answered ${response.status} for ${url.pathname}?${url.searchParams.get('filter')}`);
  const page = (await response.json()) as WorksPage;
  const counts = new Map<string, number>();
  for (const work of page.results ?? []) {
    if (work.doi && Number.isInteger(work.cited_by_count) && (work.cited_by_count as number) >= 0) {
      counts.set(doiKey(work.doi), work.cited_by_count as number);
    }
  }
  return counts;
}
