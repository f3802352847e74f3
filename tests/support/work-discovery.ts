/**
 * The owner's side of discovery, over HTTP as the admin UI calls it: set the profile's source
 * identifiers, run discovery (`POST /work-discovery/run`), read and decide the work candidates.
 */
import { request } from './http';

export const CANDIDATE_UID = 'api::work-candidate.work-candidate';

export interface Candidate {
  documentId: string;
  title: string;
  state: 'new' | 'accepted' | 'dismissed' | 'merged';
  proposal: 'new-publication' | 'upgrade';
  matchKey: string;
  record: { title: string; authors: { name: string; isOwner: boolean }[]; venueShort: string | null; year: number | null; arxivId: string | null; kind: string };
  sources: string[];
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface RunSummary {
  sources: { source: string; status: 'ok' | 'skipped' | 'failed'; works: number; line: string }[];
  proposed: { title: string; proposal: string; matchKey: string; upgradeOf?: { documentId: string; title: string; changes: string[] } }[];
  seenAgain: number;
  keptDismissed: number;
  onPage: number;
  namesakes: number;
}

export function discoveryAdmin(cmsUrl: string, token: string) {
  const cm = `${cmsUrl}/content-manager/collection-types/${CANDIDATE_UID}`;
  return {
    async run(query = ''): Promise<RunSummary> {
      const response = await request('POST', `${cmsUrl}/work-discovery/run${query}`, { token });
      if (response.status !== 200) throw new Error(`POST /work-discovery/run answered ${response.status}: ${response.text.slice(0, 500)}`);
      return (response.body as { data: RunSummary }).data;
    },
    async candidates(): Promise<Candidate[]> {
      const response = await request('GET', `${cm}?page=1&pageSize=100&sort=firstSeenAt:ASC`, { token });
      if (response.status !== 200) throw new Error(`GET candidates answered ${response.status}: ${response.text.slice(0, 500)}`);
      return (response.body as { results: Candidate[] }).results;
    },
    async upgradeOf(documentId: string): Promise<{ documentId: string; title: string }[]> {
      const response = await request('GET', `${cmsUrl}/content-manager/relations/${CANDIDATE_UID}/${documentId}/upgradeOf`, { token });
      if (response.status !== 200) throw new Error(`GET upgradeOf answered ${response.status}: ${response.text.slice(0, 500)}`);
      return (response.body as { results: { documentId: string; title: string }[] }).results;
    },
    async decide(documentId: string, state: Candidate['state']): Promise<void> {
      const response = await request('PUT', `${cm}/${documentId}`, { token, json: { state, decidedAt: new Date().toISOString() } });
      if (response.status !== 200) throw new Error(`PUT candidate answered ${response.status}: ${response.text.slice(0, 500)}`);
    },
    async remove(documentId: string): Promise<void> {
      await request('DELETE', `${cm}/${documentId}`, { token });
    },
  };
}
