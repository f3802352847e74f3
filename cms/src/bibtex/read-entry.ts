/**
 * Reads one BibTeX entry into the fields of a publication, through citation-js's BibTeX parser
 * (https://citation.js.org/api/0.7/tutorial-input_options.html): LaTeX accents, braces and names
 * ("Wang, Ruizhe" and "Ruizhe Wang") come out as plain text. Pure: no CMS, no I/O.
 */
import type { CslItem, CslName } from '@citation-js/core';
import { citationJs } from './citation-js';
import { containsCjk, type PublicationKind } from '@homepage/shared';
import { arxivIdOfDoi, arxivMonth, firstPublicDate } from './arxiv';
import { shortVenue } from './venues';

/** What a BibTeX entry says about a work, in the publication schema's terms. */
export interface BibtexWork {
  key: string;
  /** The entry type, lower case: `article`, `inproceedings`, … */
  entryType: string;
  title?: string;
  /** Display names in the order of the entry ("Ruizhe Wang", "王瑞哲"); "and others" dropped. */
  authors: string[];
  venue?: string;
  venueShort?: string;
  /** The entry's year, or the year of the first arXiv version when the entry gives none. */
  year?: number;
  /**
   * The first public date, as the admin asks for it: the entry's day, or the first of its month,
   * unless the arXiv id shows an earlier month (the preprint came first); never from a year alone.
   */
  date?: string;
  kind?: PublicationKind;
  doi?: string;
  arxivId?: string;
  url?: string;
  /** A PDF the entry names apart from its URL (PMLR's `pdf` field). */
  pdf?: string;
}

/** Why a BibTeX text could not be read; the message is meant for the owner. */
export class BibtexError extends Error {
  override name = 'BibtexError';
}

interface RawBibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
}

/** The same patterns as the publication schema (cms/src/api/publication), so a filled value always saves. */
const DOI = /^10\.\d{4,9}\/\S+$/;
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;
const EXAMPLE = 'e.g. @article{wang2025, title={…}, author={Wang, Ruizhe and …}, year={2025}}';

/**
 * Parses text holding exactly one BibTeX entry (`macros` are `@string` definitions it may use).
 * Throws a BibtexError naming the problem when it is not one readable entry.
 */
export function readBibtexEntry(text: string, macros = ''): BibtexWork {
  const entries = parseEntries(macros ? `${macros}\n${text}` : text);
  if (entries.length !== 1) {
    throw new BibtexError(`BibTeX holds ${entries.length} entries; paste exactly one (${EXAMPLE})`);
  }
  const [raw] = entries;
  let csl: CslItem;
  try {
    [csl] = citationJs().plugins.input.chain([raw], { target: '@csl/list+object', generateGraph: false }) as CslItem[];
  } catch (error) {
    throw new BibtexError(`BibTeX entry "${raw.label}" could not be read: ${(error as Error).message}`);
  }
  return toWork(raw, csl);
}

/** The entry a publication already stores, when it is one readable entry (what it filled may follow a new one). */
export function readStoredEntry(text: string | null | undefined): BibtexWork | undefined {
  try {
    return text?.trim() ? readBibtexEntry(text) : undefined;
  } catch {
    return undefined;
  }
}

function parseEntries(text: string): RawBibtexEntry[] {
  if (!/^\s*@\s*[A-Za-z]+\s*[{(]/.test(text.replace(/^\s*%.*$/gm, ''))) {
    throw new BibtexError(`BibTeX must start with an entry type and a key (${EXAMPLE}); got "${excerpt(text)}"`);
  }
  try {
    return (citationJs().plugins.input.chain(text, { target: '@biblatex/entries+list', generateGraph: false }) as RawBibtexEntry[]).filter(
      (entry) => !['string', 'comment', 'preamble'].includes(entry.type.toLowerCase()),
    );
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new BibtexError(`BibTeX could not be read: ${reason}. Check the braces and commas (${EXAMPLE})`);
  }
}

function excerpt(text: string): string {
  const line = text.trim().split('\n')[0];
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

function toWork(raw: RawBibtexEntry, csl: CslItem): BibtexWork {
  const field = (name: string) => {
    const value = raw.properties[name];
    return value === undefined ? undefined : String(value).trim();
  };
  const entryType = raw.type.toLowerCase();
  const url = httpUrl(csl.URL);
  const doi = normaliseDoi(csl.DOI ?? field('doi'));
  const rawVenue = cleanText(csl['container-title'] ?? (entryType.includes('thesis') || entryType.endsWith('report') ? csl.publisher : undefined));
  const arxivId = arxivIdOf({ raw: field, venue: rawVenue, url, doi });
  // DBLP files arXiv papers under the journal "CoRR".
  const isArxivVenue = rawVenue !== undefined && /^(arxiv\b|corr$)/i.test(rawVenue);
  const year = yearOf(csl) ?? yearOfDay(arxivId && arxivMonth(arxivId));
  const kind = kindOf(entryType, rawVenue, isArxivVenue, arxivId);
  const venue = isArxivVenue || (!rawVenue && kind === 'preprint') ? 'arXiv preprint' : rawVenue;
  return {
    key: raw.label,
    entryType,
    title: cleanText(csl.title),
    authors: (csl.author ?? []).map(displayName).filter((name): name is string => name !== undefined),
    venue,
    venueShort: venueShortOf(venue, arxivId !== undefined && (isArxivVenue || !rawVenue), year),
    year,
    date: firstPublicDate(dateOf(csl), arxivId),
    kind,
    doi,
    arxivId,
    url,
    pdf: httpUrl(field('pdf')),
  };
}

function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value.trim()) ? value.trim() : undefined;
}

function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** "Ruizhe Wang" from {given, family}; CJK names without a space ("王瑞哲"); "others" dropped. */
function displayName(name: CslName): string | undefined {
  if (name.literal) return cleanText(name.literal);
  const family = cleanText([name['non-dropping-particle'], name.family].filter(Boolean).join(' '));
  const given = cleanText(name.given);
  if (!family || (!given && family.toLowerCase() === 'others')) return given;
  if (!given) return family;
  return containsCjk(family + given) ? `${family}${given}` : `${given} ${family}`;
}

function normaliseDoi(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const doi = value.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  return DOI.test(doi) ? doi : undefined;
}

/** From eprint + archivePrefix/eprinttype, a Google Scholar journal "arXiv preprint arXiv:…", an arxiv.org URL or an arXiv DOI. */
function arxivIdOf({ raw, venue, url, doi }: { raw: (name: string) => string | undefined; venue?: string; url?: string; doi?: string }): string | undefined {
  const archive = (raw('archiveprefix') ?? raw('eprinttype') ?? '').toLowerCase();
  const candidates = [
    archive === 'arxiv' ? raw('eprint') : undefined,
    venue?.match(/arxiv:\s*(\S+)/i)?.[1],
    url?.match(/arxiv\.org\/(?:abs|pdf)\/([^?#\s]+?)(?:\.pdf)?$/i)?.[1],
    doi && arxivIdOfDoi(doi),
    !archive ? raw('eprint') : undefined,
  ];
  return candidates.map((id) => id?.replace(/^arxiv:/i, '')).find((id): id is string => id !== undefined && ARXIV_ID.test(id));
}

function yearOf(csl: CslItem): number | undefined {
  const year = Number(csl.issued?.['date-parts']?.[0]?.[0]);
  return Number.isInteger(year) && year >= 1950 && year <= 2100 ? year : undefined;
}

const yearOfDay = (day: string | undefined) => (day ? Number(day.slice(0, 4)) : undefined);

/** The entry's day ("13--19 Jul" is read as the 13th), or the first of its month; a year alone says no day. */
function dateOf(csl: CslItem): string | undefined {
  const parts = csl.issued?.['date-parts']?.[0];
  if (!parts || parts.length < 2 || yearOf(csl) === undefined) return undefined;
  const [y, m, d = 1] = parts.map(Number);
  // A day the calendar has (not "Feb 30"), so the date always saves.
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d || m < 1 || m > 12) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Only where the entry type says it without doubt; otherwise the owner picks. */
function kindOf(entryType: string, venue: string | undefined, isArxivVenue: boolean, arxivId: string | undefined): PublicationKind | undefined {
  switch (entryType) {
    case 'article':
      return isArxivVenue || (!venue && arxivId) ? 'preprint' : 'journal-article';
    case 'inproceedings':
    case 'conference':
      return venue && /workshop/i.test(venue) ? 'workshop-paper' : 'conference-paper';
    case 'techreport':
    case 'report':
      return 'technical-report';
    case 'phdthesis':
    case 'mastersthesis':
    case 'thesis':
      return 'thesis';
    case 'misc':
    case 'unpublished':
    case 'online':
    case 'preprint':
      return arxivId ? 'preprint' : undefined;
    default:
      return undefined;
  }
}

/** "arXiv 2025" for preprints (as the seed writes them), "ICML 2026" for a known venue (venues.ts). */
function venueShortOf(venue: string | undefined, isArxiv: boolean, year: number | undefined): string | undefined {
  if (isArxiv) return year ? `arXiv ${year}` : undefined;
  const short = shortVenue(venue, year);
  // The schema's limit: a longer guess is no short venue.
  return short && short.length <= 40 ? short : undefined;
}
