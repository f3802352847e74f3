/**
 * One discovery run: ask every source the owner has an identifier for, normalise, group what is
 * one work, then for each work decide: already a candidate (seen again; a dismissed one stays
 * dismissed), already on the page (nothing, or an upgrade when it is the published version of a
 * paper the page shows as a preprint or under its preprint title), a namesake's (dropped), or new.
 * A source that fails is logged and skipped; nothing here ever writes a publication.
 */
import type { Core } from '@strapi/strapi';
import { findSamePublication, normaliseTitle, ownerNameMatcher, sameAuthor, isPreprint } from '../bibtex';
import type { FoundWork, Owner, OwnerIdentifiers } from './found-work';
import { aliasKeys, groupFoundWorks, matchKeyOf, mergeRecords, sameFoundWork } from './same-work';
import { OPENALEX_KEY_MISSING, SOURCES, sourceUrl } from './sources';
import type { SourceClientOptions } from './source-http';
import type { DiscoverySource, WorkRecord } from './work-record';
import type { DiscoverySummary, Proposal, SourceReport } from './run-summary';

export type { DiscoverySummary, Proposal, SourceReport } from './run-summary';

const CANDIDATE = 'api::work-candidate.work-candidate';
const PUBLICATION = 'api::publication.publication';

export interface DiscoverOptions {
  dryRun?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Tests inject their fetch; the CMS uses the global one. */
  fetch?: typeof fetch;
  /** Progress lines as they happen (the command prints them; the CMS logs them). */
  progress?: (line: string) => void;
}

interface Candidate {
  documentId: string;
  state: 'new' | 'accepted' | 'dismissed' | 'merged';
  matchKey: string;
  aliases: string[] | null;
  record: WorkRecord;
  sources: DiscoverySource[] | null;
}

interface KnownPublication {
  documentId: string;
  title: string;
  kind: string | null;
  venue: string | null;
  venueShort: string | null;
  doi: string | null;
  arxivId: string | null;
  year: number | null;
  authors: { name: string; isOwner?: boolean | null }[];
}

export async function discoverNewWorks(strapi: Core.Strapi, options: DiscoverOptions = {}): Promise<DiscoverySummary> {
  const env = options.env ?? process.env;
  const progress = options.progress ?? ((line: string) => strapi.log.info(`Discovery: ${line}`));
  const owner = await ownerOf(strapi);
  const summary: DiscoverySummary = { dryRun: !!options.dryRun, sources: [], proposed: [], seenAgain: 0, keptDismissed: 0, onPage: 0, namesakes: 0 };

  const found: FoundWork[] = [];
  for (const source of SOURCES) {
    const report = (status: SourceReport['status'], works: number, line: string) => {
      summary.sources.push({ source: source.id, status, works, line });
      progress(line);
    };
    if (!source.has(owner)) {
      report('skipped', 0, `${source.label}: skipped (no ${source.needs.replace(/^an? /, '')} in the profile)`);
      continue;
    }
    const started = Date.now();
    try {
      if (source.id === 'openalex' && !env.OPENALEX_API_KEY?.trim()) strapi.log.warn(`Discovery: ${OPENALEX_KEY_MISSING}`);
      const clientOptions: SourceClientOptions = { baseUrl: sourceUrl(source, env), fetch: options.fetch, timeoutMs: numberFrom(env.DISCOVERY_TIMEOUT_MS) };
      const works = await source.fetch(owner, clientOptions, env);
      found.push(...works);
      report('ok', works.length, `${source.label}: ${works.length} work${works.length === 1 ? '' : 's'} in ${Date.now() - started} ms`);
    } catch (error) {
      report('failed', 0, `${source.label}: failed, skipped: ${(error as Error).message}`);
    }
  }

  const [publications, candidates] = await Promise.all([knownPublications(strapi), knownCandidates(strapi)]);
  const coauthors = coauthorsOf(publications, owner);
  const now = new Date().toISOString();

  for (const group of groupFoundWorks(found)) {
    const record = mergeRecords(group);
    const sources = [...new Set(group.map((work) => work.source))];
    const aliases = [...new Set(group.flatMap((work) => aliasKeys(work.record)))];
    const candidate = candidates.find((known) => (known.aliases ?? [known.matchKey]).some((key) => aliases.includes(key)) || sameFoundWork(known.record, record));
    if (candidate) {
      summary.seenAgain++;
      if (candidate.state === 'dismissed') summary.keptDismissed++;
      if (!options.dryRun) {
        await strapi.documents(CANDIDATE).update({
          documentId: candidate.documentId,
          data: { lastSeenAt: now, sources: union(candidate.sources, sources), aliases: union(candidate.aliases, aliases) } as never,
        });
      }
      continue;
    }

    const same = findSamePublication(publications, record);
    const changes = same ? upgradeChanges(same.match, record) : [];
    if (same && !changes.length) {
      summary.onPage++;
      continue;
    }
    if (!same && !isOwners(group, record, owner, coauthors)) {
      summary.namesakes++;
      progress(`not proposed (a namesake's, by name only and no known coauthor): "${record.title}"`);
      continue;
    }

    const proposal: Proposal = {
      title: record.title,
      proposal: same ? 'upgrade' : 'new-publication',
      matchKey: matchKeyOf(record),
      sources,
      ...(same ? { upgradeOf: { documentId: same.match.documentId, title: same.match.title, changes } } : {}),
    };
    if (!options.dryRun) {
      try {
        const created = await strapi.documents(CANDIDATE).create({
          data: {
            title: record.title.slice(0, 1000),
            state: 'new',
            proposal: proposal.proposal,
            matchKey: proposal.matchKey,
            aliases,
            record,
            raw: Object.fromEntries(group.map((work) => [work.source, work.raw])),
            sources,
            firstSeenAt: now,
            lastSeenAt: now,
            ...(same ? { upgradeOf: same.match.documentId } : {}),
          } as never,
        });
        candidates.push({ documentId: created.documentId, state: 'new', matchKey: proposal.matchKey, aliases, record, sources });
      } catch (error) {
        // Another instance created it a moment ago (matchKey is unique): seen, not new.
        if (!/unique/i.test(String((error as Error).message) + String((error as { details?: unknown }).details ? JSON.stringify((error as { details?: unknown }).details) : ''))) throw error;
        summary.seenAgain++;
        continue;
      }
    }
    summary.proposed.push(proposal);
  }
  return summary;
}

/** What the published version would bring to a publication it matches; nothing means nothing to propose. */
export function upgradeChanges(existing: Pick<KnownPublication, 'title' | 'kind' | 'venue' | 'venueShort' | 'doi'>, record: WorkRecord): string[] {
  if (record.kind === 'preprint' || !record.venue) return [];
  const changes: string[] = [];
  if (record.doi && !existing.doi) changes.push('DOI');
  if (isPreprint(existing) || !existing.venue) changes.push('venue');
  if (normaliseTitle(existing.title) !== normaliseTitle(record.title)) changes.push('title');
  return changes;
}

/**
 * The rule against namesakes: a work any source listed under the owner's identifier is the
 * owner's; one found only by name (arXiv's author query) must name the owner and at least one
 * person the owner has published with (or an advisor or collaborator from the profile).
 */
function isOwners(group: readonly FoundWork[], record: WorkRecord, owner: Owner, coauthors: readonly string[]): boolean {
  if (group.some((work) => work.byIdentifier)) return true;
  const others = record.authors.filter((author) => !owner.isOwnerName(author.name));
  return others.length < record.authors.length && others.some((author) => coauthors.some((known) => sameAuthor(known, author.name)));
}

function coauthorsOf(publications: readonly KnownPublication[], owner: Owner & { people?: string[] }): string[] {
  const names = publications.flatMap((publication) => publication.authors.filter((a) => !a.isOwner && !owner.isOwnerName(a.name)).map((a) => a.name));
  return [...new Set([...names, ...(owner.people ?? [])])];
}

const union = <T>(a: readonly T[] | null, b: readonly T[]) => [...new Set([...(a ?? []), ...b])];
const numberFrom = (value: string | undefined) => (value && Number(value) > 0 ? Number(value) : undefined);
const TITLES = /^(prof|professor|dr|mr|ms|mrs)\.?\s+/i;

/** The owner as discovery needs them: name, identifiers (from the latest profile, published or not), people they know. */
export async function ownerOf(strapi: Core.Strapi): Promise<Owner & { people: string[] }> {
  const profile = ((await strapi.documents('api::profile.profile').findFirst({ status: 'draft', populate: ['advisors', 'collaborators', 'links'] })) ??
    {}) as Partial<Record<keyof OwnerIdentifiers | 'name' | 'nativeName', string | null>> & {
    advisors?: { name?: string }[];
    collaborators?: { name?: string }[];
    links?: { url?: string }[];
  };
  const identifier = (value: string | null | undefined) => value?.trim() || undefined;
  const email = profile.links?.map((link) => link.url?.match(/^mailto:(.+)$/)?.[1]).find(Boolean);
  return {
    name: profile.name ?? '',
    isOwnerName: ownerNameMatcher({ name: profile.name ?? '', nativeName: profile.nativeName }),
    orcid: identifier(profile.orcid),
    openalexId: identifier(profile.openalexId),
    dblpPid: identifier(profile.dblpPid),
    semanticScholarId: identifier(profile.semanticScholarId),
    arxivQuery: identifier(profile.arxivQuery),
    email,
    people: [...(profile.advisors ?? []), ...(profile.collaborators ?? [])].map((person) => (person.name ?? '').replace(TITLES, '').trim()).filter(Boolean),
  };
}

async function knownPublications(strapi: Core.Strapi): Promise<KnownPublication[]> {
  // Drafts too: a paper the owner has started but not published is on its way to the page.
  return (await strapi.documents(PUBLICATION).findMany({
    status: 'draft',
    fields: ['title', 'kind', 'venue', 'venueShort', 'doi', 'arxivId', 'year'],
    populate: ['authors'],
    limit: 100_000,
  } as never)) as unknown as KnownPublication[];
}

async function knownCandidates(strapi: Core.Strapi): Promise<Candidate[]> {
  return (await strapi.documents(CANDIDATE).findMany({
    fields: ['state', 'matchKey', 'aliases', 'record', 'sources'],
    limit: 100_000,
  } as never)) as unknown as Candidate[];
}
