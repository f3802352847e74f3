/**
 * DBLP's record of one person (https://dblp.org/faq/How+to+use+the+dblp+search+API.html,
 * https://dblp.org/faq/Am+I+allowed+to+crawl+the+dblp+website.html): `/pid/<pid>.xml`, every
 * publication with its key, authors (each with their pid), title, venue and electronic editions
 * (`ee`: DOI and arXiv addresses). DBLP answers `429` with `Retry-After` when asked too fast;
 * source-http.ts waits that long once. CoRR entries are arXiv preprints.
 */
import type { PublicationKind } from '@homepage/shared';
import { arxivIdIn, authorsOf, cleanDoi, workRecord, type FoundWork, type Owner } from '../found-work';
import { getText, SourceError, urlUnder, lazyXmlParser, type SourceClientOptions } from '../source-http';

const RECORD_TYPES = ['article', 'inproceedings', 'proceedings', 'incollection', 'book', 'phdthesis', 'mastersthesis'] as const;

const parser = lazyXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => ['r', 'author', 'ee', ...RECORD_TYPES].includes(name),
});

export async function fetchDblpWorks(owner: Owner, options: SourceClientOptions): Promise<FoundWork[]> {
  if (!owner.dblpPid) return [];
  const pid = owner.dblpPid.trim().replace(/^https?:\/\/dblp\.org\/pid\//, '').replace(/\.(xml|html)$/, '');
  if (!/^[\w/-]+$/.test(pid)) throw new SourceError(`DBLP pid "${owner.dblpPid}" is not a pid, e.g. "123/4567"`);
  return parseDblpPerson(await getText('DBLP', urlUnder(options.baseUrl, `/pid/${pid}.xml`), options, { accept: 'application/xml' }), pid, owner);
}

type Text = string | { '#text'?: string | number; '@pid'?: string; '@type'?: string };
const text = (value: Text | number | undefined) => (typeof value === 'object' ? String(value?.['#text'] ?? '') : String(value ?? '')).trim();

export function parseDblpPerson(xml: string, pid: string, owner: Owner): FoundWork[] {
  let doc: { dblpperson?: { r?: Record<string, Record<string, unknown>[]>[] } };
  try {
    doc = parser().parse(xml, true) as typeof doc;
  } catch (error) {
    throw new SourceError(`DBLP sent a person record that is not XML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!doc.dblpperson) throw new SourceError('DBLP sent XML without <dblpperson>');
  const found: FoundWork[] = [];
  for (const r of doc.dblpperson.r ?? []) {
    for (const type of RECORD_TYPES) {
      for (const item of r[type] ?? []) {
        const record = dblpRecord(type, item, pid, owner);
        if (record) found.push({ source: 'dblp', record, raw: item, byIdentifier: true });
      }
    }
  }
  return found;
}

function dblpRecord(type: (typeof RECORD_TYPES)[number], item: Record<string, unknown>, pid: string, owner: Owner): FoundWork['record'] | null {
  const title = text(item.title as Text);
  const key = String(item['@key'] ?? '');
  if (!title || !key) return null;
  const ees = ((item.ee as Text[] | undefined) ?? []).map((ee) => text(ee));
  const corr = key.match(/^journals\/corr\/abs-(\d{4})-(\d{4,5})$/);
  const arxivId = ees.map(arxivIdIn).find(Boolean) ?? (corr ? `${corr[1]}.${corr[2]}` : null);
  const doi = ees.map((ee) => (/doi\.org\//.test(ee) ? cleanDoi(ee) : null)).find(Boolean) ?? null;
  const venue = corr ? null : text((item.booktitle ?? item.journal) as Text) || null;
  const year = Number(text(item.year as Text)) || null;
  const kind: PublicationKind = corr
    ? 'preprint'
    : type === 'inproceedings'
      ? /workshop/i.test(venue ?? '') ? 'workshop-paper' : 'conference-paper'
      : type === 'phdthesis' || type === 'mastersthesis'
        ? 'thesis'
        : 'journal-article';
  return workRecord({
    title,
    authors: authorsOf(
      ((item.author as Text[] | undefined) ?? []).map((a) => ({ name: text(a), isOwner: typeof a === 'object' && a['@pid'] === pid ? true : undefined })),
      owner,
    ),
    year,
    date: null,
    venue,
    kind,
    doi: doi && !arxivIdIn(doi) ? doi : null,
    arxivId,
    abstract: null,
    url: ees[0] ?? `https://dblp.org/rec/${key}`,
    ids: { dblp: key },
  });
}
