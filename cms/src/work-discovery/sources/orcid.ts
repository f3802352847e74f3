/**
 * The works on the owner's ORCID record, from ORCID's public API
 * (https://info.orcid.org/documentation/api-tutorials/api-tutorial-read-data-on-a-record/):
 * `/v3.0/<iD>/works` with `Accept: application/json`, grouped by ORCID into `group[]`, each with
 * its `work-summary` versions. Summaries carry no author list: other sources fill it in.
 */
import type { PublicationKind } from '@homepage/shared';
import { arxivIdIn, cleanDoi, isoDate, workRecord, type FoundWork, type Owner } from '../found-work';
import { getJson, SourceError, urlUnder, type SourceClientOptions } from '../source-http';

interface Value<T = string> {
  value?: T | null;
}
interface WorkSummary {
  'put-code'?: number;
  title?: { title?: Value | null } | null;
  'external-ids'?: { 'external-id'?: { 'external-id-type'?: string; 'external-id-value'?: string }[] } | null;
  'publication-date'?: { year?: Value | null; month?: Value | null; day?: Value | null } | null;
  type?: string | null;
  'journal-title'?: Value | null;
  url?: Value | null;
}

const KINDS: Record<string, PublicationKind> = {
  'conference-paper': 'conference-paper',
  'journal-article': 'journal-article',
  preprint: 'preprint',
  report: 'technical-report',
  'working-paper': 'preprint',
  'dissertation-thesis': 'thesis',
};

export async function fetchOrcidWorks(owner: Owner, options: SourceClientOptions): Promise<FoundWork[]> {
  if (!owner.orcid) return [];
  const orcid = owner.orcid.trim().replace(/^https?:\/\/orcid\.org\//i, '');
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid)) throw new SourceError(`ORCID iD "${owner.orcid}" is not an iD, e.g. "0000-0002-1825-0097"`);
  const body = (await getJson('ORCID', urlUnder(options.baseUrl, `/v3.0/${orcid}/works`), options)) as { group?: unknown };
  if (!body || !Array.isArray(body.group)) throw new SourceError('ORCID sent an answer without "group"');
  const found: FoundWork[] = [];
  for (const group of body.group as { 'work-summary'?: WorkSummary[] }[]) {
    // The first summary of a group is the one the owner chose to show (ORCID's "preferred" source).
    const summary = group?.['work-summary']?.[0];
    const record = summary ? orcidRecord(summary, owner) : null;
    if (record) found.push({ source: 'orcid', record, raw: summary, byIdentifier: true });
  }
  return found;
}

export function orcidRecord(summary: WorkSummary, owner: Owner): FoundWork['record'] | null {
  const title = summary.title?.title?.value;
  if (typeof title !== 'string' || !title.trim()) return null;
  const ids = summary['external-ids']?.['external-id'] ?? [];
  const idOf = (type: string) => ids.find((id) => id['external-id-type'] === type)?.['external-id-value'];
  const doi = cleanDoi(idOf('doi'));
  const arxivId = arxivIdIn(idOf('arxiv') ? `arxiv.org/abs/${idOf('arxiv')!.replace(/^arxiv:/i, '')}` : doi);
  const date = summary['publication-date'];
  const [year, month, day] = [date?.year?.value, date?.month?.value, date?.day?.value].map((part) => (part ? Number(part) : null));
  const kind = KINDS[summary.type ?? ''] ?? 'journal-article';
  return workRecord({
    title,
    // ORCID's summary lists no authors; the owner is one of them, by definition of the record.
    authors: [{ name: owner.name, isOwner: true }],
    year,
    date: isoDate(year, month, day),
    venue: kind === 'preprint' ? null : (summary['journal-title']?.value ?? null),
    kind,
    doi: doi && !arxivIdIn(doi) ? doi : null,
    arxivId,
    abstract: null,
    url: summary.url?.value ?? (doi ? `https://doi.org/${doi}` : null),
    ids: summary['put-code'] ? { orcid: String(summary['put-code']) } : {},
  });
}
