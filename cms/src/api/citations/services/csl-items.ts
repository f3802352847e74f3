/**
 * CSL-JSON items (the interchange format of reference managers) from the typed fields of
 * publications and posts. https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 */
import type { CslItem, CslName } from '@citation-js/core';
import { containsCjk, sitePaths, type BlogPost, type Profile, type Publication, type PublicationKind } from '@homepage/shared';

export const CSL_TYPES: Record<PublicationKind, string> = {
  'conference-paper': 'paper-conference',
  'journal-article': 'article-journal',
  preprint: 'article',
  'technical-report': 'report',
  'workshop-paper': 'paper-conference',
  thesis: 'thesis',
};

/** "Ruizhe Wang" → given/family; CJK names and single names stay whole. */
export function toCslName(name: string): CslName {
  const trimmed = name.trim();
  const parts = trimmed.split(/\s+/);
  if (containsCjk(trimmed) || parts.length < 2) return { literal: trimmed };
  return { given: parts.slice(0, -1).join(' '), family: parts[parts.length - 1] };
}

/**
 * Stable, Google-Scholar-style key: first author's family name, year, first significant title
 * word (`wang2025optimizing`). It changes only if those three change.
 */
export function citationKey(authorName: string | undefined, year: number, title: string): string {
  const name = authorName ? toCslName(authorName) : { literal: 'anon' };
  const family = (name.family ?? name.literal ?? 'anon')
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  const stopWords = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'to', 'in', 'and', 'towards', 'toward']);
  const word =
    title
      .normalize('NFKD')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .find((w) => /^[a-z]/.test(w) && !stopWords.has(w)) ?? 'work';
  return `${family || 'anon'}${year}${word}`;
}

function dateParts(date: string | null, year: number): number[][] {
  if (!date) return [[year]];
  const [y, m] = date.split('-').map(Number);
  // Year and month only: BibTeX has no day field. The citable year is the publication's year
  // even when the first public date (e.g. arXiv v1) is earlier.
  return y === year ? [[y, m]] : [[year]];
}

/**
 * Owners often write the page range into the venue ("…, PMLR 267, pp. 62937–62957"); reference
 * managers want it in its own field, and a venue without it.
 */
export function splitPageRange(venue: string): { venue: string; page?: string } {
  const match = /,?\s*pp?\.\s*(\d+)\s*[–—-]+\s*(\d+)\s*$/.exec(venue);
  return match ? { venue: venue.slice(0, match.index).trim(), page: `${match[1]}-${match[2]}` } : { venue };
}

export function publicationToCsl(publication: Publication, siteUrl: string): CslItem {
  const isReport = publication.kind === 'technical-report';
  const arxiv = publication.arxivId;
  const item: CslItem = {
    id: citationKey(publication.authors[0]?.name, publication.year, publication.title),
    type: CSL_TYPES[publication.kind],
    title: publication.title,
    author: publication.authors.map((author) => toCslName(author.name)),
    issued: { 'date-parts': dateParts(publication.date, publication.year) },
    URL: publication.links.find((l) => l.kind === 'pdf' || l.kind === 'arxiv')?.url ?? `${siteUrl}${sitePaths.publication(publication.slug)}`,
  };
  const venue =
    publication.venue && !/^arXiv preprint/i.test(publication.venue) ? splitPageRange(publication.venue) : undefined;
  // CSL names a thesis's school its publisher; other works appear in a container.
  if (venue && publication.kind === 'thesis') item.publisher = venue.venue;
  else if (venue && !isReport) {
    item['container-title'] = venue.venue;
    if (venue.page) item.page = venue.page;
  }
  if (arxiv) {
    // CSL's way to say "an arXiv e-print": the archive and the identifier in it.
    item.archive = 'arXiv';
    item.archive_location = arxiv;
    if (!venue || isReport || publication.kind === 'preprint') {
      item.publisher = 'arXiv';
      item.number = `arXiv:${arxiv}`;
    }
  }
  if (isReport) item.genre = 'Technical report';
  if (publication.doi) item.DOI = publication.doi;
  if (publication.abstract) item.abstract = publication.abstract;
  return item;
}

export function postToCsl(post: BlogPost, profile: Profile | null, siteUrl: string): CslItem {
  const author = profile?.name ?? 'Site owner';
  const year = Number(post.date.slice(0, 4));
  return {
    id: citationKey(author, year, post.title),
    type: 'post-weblog',
    title: post.title,
    author: [toCslName(author)],
    issued: { 'date-parts': dateParts(post.date, year) },
    'container-title': `${author}’s blog`,
    URL: `${siteUrl}${sitePaths.post(post.slug)}`,
  };
}
