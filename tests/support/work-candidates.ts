/**
 * Works found by discovery, as the owner reviews them: candidates are stored through the content
 * manager (as discovery's own writes would store them), and reviewed through the admin routes the
 * "New works found" page calls (cms/src/work-review/).
 */
import { inject } from 'vitest';
import { createAdminApi } from './admin-api';
import { request, type HttpResponse } from './http';
import { uniqueMarker } from './drafts';

export const CANDIDATE_UID = 'api::work-candidate.work-candidate';

export interface FoundWork {
  title: string;
  authors: { name: string; isOwner: boolean }[];
  year: number | null;
  date: string | null;
  venue: string | null;
  venueShort: string | null;
  kind: string;
  doi: string | null;
  arxivId: string | null;
  abstract: string | null;
  url: string | null;
  ids: Record<string, string>;
}

/** A conference paper by the owner as OpenAlex would describe it; `marker` makes its title, DOI and arXiv id unique. */
export function foundConferencePaper(marker: string, extra: Partial<FoundWork> = {}): FoundWork {
  const number = String(parseInt(marker.replace(/\W/g, '').slice(-6), 36) % 100000).padStart(5, '0');
  return {
    title: `Sparse Mixture Training ${marker}`,
    authors: [
      { name: 'Qingguo Hu', isOwner: false },
      { name: 'Ruizhe Wang', isOwner: true },
      { name: 'Anna Müller', isOwner: false },
    ],
    year: 2026,
    date: '2026-07-13',
    venue: 'International Conference on Machine Learning',
    venueShort: null,
    kind: 'conference-paper',
    doi: `10.5555/icml.${marker}`,
    arxivId: `2603.${number}`,
    abstract: `We train sparse mixtures (${marker}).`,
    url: `https://proceedings.mlr.press/v300/${marker}.html`,
    ids: { openalex: `W${number}` },
    ...extra,
  };
}

export interface CandidateInput {
  record: unknown;
  proposal?: 'new-publication' | 'upgrade';
  upgradeOf?: string;
  sources?: unknown;
}

export function createReviewApi(cmsUrl: string = inject('cmsUrl'), token: string = inject('adminToken')) {
  const admin = createAdminApi(cmsUrl, token);
  const created: string[] = [];
  const review = (method: string, path: string, options: { json?: unknown; token?: string | null } = {}): Promise<HttpResponse> =>
    request(method, `${cmsUrl}/work-candidates${path}`, { json: options.json, token: options.token === null ? undefined : (options.token ?? token) });

  return {
    /** Stores a candidate (state new, the default); removed again by `cleanUp`. */
    async createCandidate({ record, proposal = 'new-publication', upgradeOf, sources }: CandidateInput): Promise<string> {
      const title = (record as { title?: string } | null)?.title ?? 'untitled';
      const response = await admin.raw('POST', CANDIDATE_UID, {
        title,
        // No `status`: the content manager reads it as the draft/published switch; the schema's default is new.
        proposal,
        matchKey: uniqueMarker('key'),
        record,
        sources: sources ?? [{ source: 'openalex', id: 'W1', url: 'https://openalex.org/W1' }],
        firstSeenAt: new Date().toISOString(),
        ...(upgradeOf ? { upgradeOf: { connect: [{ documentId: upgradeOf }] } } : {}),
      });
      if (response.status >= 300) throw new Error(`creating a candidate answered ${response.status}: ${response.text.slice(0, 400)}`);
      const documentId = (response.body as { data: { documentId: string } }).data.documentId;
      created.push(documentId);
      return documentId;
    },
    list: (query = '', options?: { token?: string | null }) => review('GET', query ? `?${query}` : '', options),
    accept: (documentId: string, options?: { json?: unknown; token?: string | null }) => review('POST', `/${documentId}/accept`, options),
    dismiss: (documentId: string, options?: { json?: unknown; token?: string | null }) => review('POST', `/${documentId}/dismiss`, options),
    async cleanUp(): Promise<void> {
      for (const documentId of created.splice(0)) await admin.raw('DELETE', `${CANDIDATE_UID}/${documentId}`);
    },
  };
}

export type ReviewApi = ReturnType<typeof createReviewApi>;
