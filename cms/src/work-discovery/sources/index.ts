/**
 * The six sources, in the order a run asks them, each with the profile identifier it needs, the
 * environment variable that points it elsewhere (a local fake in tests and `pnpm fake-sources`),
 * and its client. Keys are read here once, from the environment, never from the admin.
 */
import type { FoundWork, Owner } from '../found-work';
import type { SourceClientOptions } from '../source-http';
import type { DiscoverySource } from '../work-record';
import { fetchArxivWorks } from './arxiv';
import { fetchCrossrefWorks } from './crossref';
import { fetchDblpWorks } from './dblp';
import { fetchOpenAlexWorks } from './openalex';
import { fetchOrcidWorks } from './orcid';
import { fetchSemanticScholarWorks } from './semantic-scholar';

export interface Source {
  id: DiscoverySource;
  label: string;
  /** The profile field(s) it needs, in words for the progress line when empty. */
  needs: string;
  has: (owner: Owner) => boolean;
  urlVariable: string;
  defaultUrl: string;
  fetch: (owner: Owner, options: SourceClientOptions, env: NodeJS.ProcessEnv) => Promise<FoundWork[]>;
}

export const SOURCES: readonly Source[] = [
  {
    id: 'openalex',
    label: 'OpenAlex',
    needs: 'an OpenAlex author id or ORCID iD',
    has: (owner) => !!(owner.openalexId || owner.orcid),
    urlVariable: 'OPENALEX_URL',
    defaultUrl: 'https://api.openalex.org',
    fetch: (owner, options, env) => fetchOpenAlexWorks(owner, { ...options, apiKey: env.OPENALEX_API_KEY?.trim() || undefined, fromDate: sinceDate(env) }),
  },
  {
    id: 'arxiv',
    label: 'arXiv',
    needs: 'an arXiv author query',
    has: (owner) => !!owner.arxivQuery,
    urlVariable: 'ARXIV_URL',
    defaultUrl: 'https://export.arxiv.org',
    fetch: (owner, options, env) =>
      fetchArxivWorks(owner, { ...options, minIntervalMs: env.ARXIV_MIN_INTERVAL_MS ? Number(env.ARXIV_MIN_INTERVAL_MS) : undefined }),
  },
  { id: 'dblp', label: 'DBLP', needs: 'a DBLP pid', has: (owner) => !!owner.dblpPid, urlVariable: 'DBLP_URL', defaultUrl: 'https://dblp.org', fetch: fetchDblpWorks },
  {
    id: 'semanticscholar',
    label: 'Semantic Scholar',
    needs: 'a Semantic Scholar author id',
    has: (owner) => !!owner.semanticScholarId,
    urlVariable: 'SEMANTIC_SCHOLAR_URL',
    defaultUrl: 'https://api.semanticscholar.org',
    fetch: (owner, options, env) => fetchSemanticScholarWorks(owner, { ...options, apiKey: env.SEMANTIC_SCHOLAR_API_KEY?.trim() || undefined }),
  },
  {
    id: 'crossref',
    label: 'Crossref',
    needs: 'an ORCID iD',
    has: (owner) => !!owner.orcid,
    urlVariable: 'CROSSREF_URL',
    defaultUrl: 'https://api.crossref.org',
    fetch: (owner, options, env) => fetchCrossrefWorks(owner, { ...options, mailto: env.CROSSREF_MAILTO?.trim() || owner.email }),
  },
  { id: 'orcid', label: 'ORCID', needs: 'an ORCID iD', has: (owner) => !!owner.orcid, urlVariable: 'ORCID_URL', defaultUrl: 'https://pub.orcid.org', fetch: fetchOrcidWorks },
];

/** DISCOVERY_SINCE (YYYY-MM-DD): OpenAlex's `from_publication_date`; unset, every work of the owner. */
function sinceDate(env: NodeJS.ProcessEnv): string | undefined {
  const since = env.DISCOVERY_SINCE?.trim();
  if (!since) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since))) throw new Error(`DISCOVERY_SINCE "${since}" must be a date, e.g. "2024-01-01"`);
  return since;
}

/** A source's base URL from the environment, checked: a value without a scheme is refused by name. */
export function sourceUrl(source: Source, env: NodeJS.ProcessEnv): string {
  const url = env[source.urlVariable]?.trim() || source.defaultUrl;
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`${source.urlVariable} "${url}" must include a scheme, e.g. "${source.defaultUrl}"`);
  return url;
}

export const OPENALEX_KEY_MISSING =
  'OPENALEX_API_KEY is not set: OpenAlex requires an API key since 2026-02-13 (free; https://docs.openalex.org/how-to-use-the-api/rate-limits-and-authentication) and may refuse these requests';
