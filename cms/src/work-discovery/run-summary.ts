/**
 * What one discovery run answers (POST /work-discovery/run, `pnpm discover`): pure types, so the
 * admin's "Look for new works now" button can read them without the server's code.
 */
import type { DiscoverySource } from './work-record';

export interface SourceReport {
  source: DiscoverySource;
  status: 'ok' | 'skipped' | 'failed';
  works: number;
  /** The progress line: "OpenAlex: 4 works", "arXiv: skipped (no arXiv author query in the profile)". */
  line: string;
}

export interface Proposal {
  title: string;
  proposal: 'new-publication' | 'upgrade';
  matchKey: string;
  sources: DiscoverySource[];
  /** For an upgrade: the publication it upgrades, and what it would add or change. */
  upgradeOf?: { documentId: string; title: string; changes: string[] };
}

export interface DiscoverySummary {
  dryRun: boolean;
  sources: SourceReport[];
  /** Candidates created by this run (or that a dry run would create). */
  proposed: Proposal[];
  /** Works that are already candidates: seen again, their lastSeenAt moved on. */
  seenAgain: number;
  /** Of those, dismissed by the owner: left dismissed. */
  keptDismissed: number;
  /** Works the page already has, with nothing to add. */
  onPage: number;
  /** Works found by name only, with none of the owner's coauthors: someone else of the same name. */
  namesakes: number;
}
