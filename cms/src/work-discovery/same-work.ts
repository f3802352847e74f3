/**
 * When two found works are one work, and what they are called: DOI (lower case; arXiv's DOI is the
 * arXiv id), arXiv id without version, the sources' own ids (DBLP key, OpenAlex W…, Semantic
 * Scholar paperId) as aliases, then the rule a BibTeX paste is refused by (bibtex/match-publication:
 * same title by the same first author within a year). Records of one work from several sources
 * become one record: the published version's fields first, the rest filled in from the others.
 */
import { nameWords } from '@homepage/shared';
import { arxivWorkOf, normaliseTitle, sameWork } from '../bibtex';
import type { FoundWork } from './found-work';
import type { DiscoverySource, WorkRecord } from './work-record';

/** Every key a record is known by: "doi:10.1/x", "arxiv:2510.08008", "openalex:W1", "dblp:conf/x/Y25", "semanticscholar:abc". */
export function aliasKeys(record: Pick<WorkRecord, 'doi' | 'arxivId' | 'ids'>): string[] {
  const keys: string[] = [];
  const arxiv = arxivWorkOf(record);
  if (arxiv) keys.push(`arxiv:${arxiv}`);
  const doi = record.doi?.trim().toLowerCase();
  if (doi && !doi.startsWith('10.48550/')) keys.push(`doi:${doi}`);
  for (const [source, id] of Object.entries(record.ids ?? {})) {
    if (id && source !== 'crossref') keys.push(`${source}:${source === 'openalex' ? id.toUpperCase() : id}`);
  }
  return keys;
}

/** The one key a candidate is stored under (unique): its arXiv id, else DOI, else an alias, else title, first author and year. */
export function matchKeyOf(record: WorkRecord): string {
  const [first] = aliasKeys(record);
  if (first) return first.slice(0, 300);
  const surname = nameWords(record.authors[0]?.name ?? '').at(-1) ?? '';
  return `title:${normaliseTitle(record.title)}|${surname}|${record.year ?? ''}`.slice(0, 300);
}

export function sameFoundWork(a: WorkRecord, b: WorkRecord): boolean {
  const keys = new Set(aliasKeys(a));
  return aliasKeys(b).some((key) => keys.has(key)) || sameWork(a, b) !== undefined;
}

/** Found works grouped so each group is one work (a group joins every work that matches any of its members). */
export function groupFoundWorks(found: readonly FoundWork[]): FoundWork[][] {
  const groups: FoundWork[][] = [];
  for (const work of found) {
    const matching = groups.filter((group) => group.some((member) => sameFoundWork(member.record, work.record)));
    const merged = [...matching.flat(), work];
    for (const group of matching) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}

/** Whose fields lead when sources disagree: a publisher's record before a preprint server's. */
const SOURCE_ORDER: DiscoverySource[] = ['dblp', 'crossref', 'openalex', 'semanticscholar', 'orcid', 'arxiv'];
const isPublished = (record: WorkRecord) => record.kind !== 'preprint' && record.venue !== null;

/** One record for a group: the published version's fields, gaps filled from the others. */
export function mergeRecords(works: readonly FoundWork[]): WorkRecord {
  const ordered = [...works].sort(
    (a, b) => Number(isPublished(b.record)) - Number(isPublished(a.record)) || SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source),
  );
  const base = { ...ordered[0].record, ids: { ...ordered[0].record.ids } };
  const authors = [...works].map((w) => w.record.authors).sort((a, b) => b.length - a.length)[0];
  const result: WorkRecord = { ...base, authors };
  for (const { record } of ordered.slice(1)) {
    result.doi ??= record.doi;
    result.arxivId ??= record.arxivId;
    result.abstract ??= record.abstract;
    result.url ??= record.url;
    result.year ??= record.year;
    if (!result.date && record.date && record.year === result.year) result.date = record.date;
    result.ids = { ...record.ids, ...result.ids };
  }
  if (!result.venueShort && result.arxivId && result.year && !result.venue) result.venueShort = `arXiv ${result.year}`;
  return result;
}
