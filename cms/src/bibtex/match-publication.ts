/**
 * Whether two records are the same work, so a paper arrives once: a second paste of its BibTeX is
 * refused (api/publication/refuse-duplicates.ts) and `pnpm import:bib` updates instead of adding.
 * Same work means: the same DOI (without case; arXiv's DOI "10.48550/arXiv.<id>" counts as that
 * arXiv id), the same arXiv id in any version, or the same title (without case, accents,
 * punctuation or LaTeX braces) by the same first author ("R. Wang" is "Ruizhe Wang") within a
 * year. Two papers may share a title ("Scaling Laws for …"); with the same first author a year
 * apart they are the preprint and the published version, two years apart rarely. Different DOIs
 * or different arXiv ids on both sides are two works whatever the title (a journal extension of a
 * conference paper often keeps its title).
 */
import { containsCjk, nameWords } from '@homepage/shared';
import { arxivBase, arxivIdOfDoi } from './arxiv';

/** An author as a publication stores it, or a display name as BibTeX gives it. */
type AuthorLike = string | { name?: string | null } | null;

export interface Identified {
  doi?: string | null;
  arxivId?: string | null;
  title?: string | null;
  year?: number | null;
  authors?: readonly AuthorLike[] | null;
}

export type MatchedBy = 'doi' | 'arxivId' | 'title';

export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[{}]/g, '') // LaTeX case protection: {BERT}s is BERTs
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A publisher DOI, lower case; an arXiv DOI is an arXiv id instead. */
function publisherDoi(work: Identified): string | undefined {
  const doi = work.doi?.trim().toLowerCase().replace(/^https?:\/\/(dx\.)?doi\.org\//, '');
  return doi && !arxivIdOfDoi(doi) ? doi : undefined;
}

/** The arXiv work a record names, by its id or its arXiv DOI, without version: "2510.08008". */
export function arxivWorkOf(work: Identified): string | undefined {
  const id = work.arxivId?.trim() || (work.doi ? arxivIdOfDoi(work.doi) : undefined);
  return id ? arxivBase(id) : undefined;
}

function firstAuthor(work: Identified): string | undefined {
  const first = work.authors?.[0];
  const name = typeof first === 'string' ? first : first?.name;
  return name?.trim() || undefined;
}

/**
 * The same person as an author list writes them: same family name and first initial ("Ruizhe
 * Wang", "R. Wang", "Rui-Zhe Wang"), the names swapped ("Wang Ruizhe"), or the same CJK name.
 */
export function sameAuthor(a: string, b: string): boolean {
  if (containsCjk(a) || containsCjk(b)) return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  const [x, y] = [nameWords(a), nameWords(b)];
  if (!x.length || !y.length) return false;
  if ([...x].sort().join(' ') === [...y].sort().join(' ')) return true;
  return x.at(-1) === y.at(-1) && (x.length === 1 || y.length === 1 || x[0][0] === y[0][0]);
}

/** By what `a` and `b` are the same work, or undefined when they are not. */
export function sameWork(a: Identified, b: Identified): MatchedBy | undefined {
  const doi = publisherDoi(a);
  if (doi && doi === publisherDoi(b)) return 'doi';
  const arxiv = arxivWorkOf(a);
  if (arxiv && arxiv === arxivWorkOf(b)) return 'arxivId';
  if ((doi && publisherDoi(b)) || (arxiv && arxivWorkOf(b))) return undefined;
  const title = a.title ? normaliseTitle(a.title) : '';
  const [authorA, authorB] = [firstAuthor(a), firstAuthor(b)];
  if (!title || title !== normaliseTitle(b.title ?? '') || !authorA || !authorB || !sameAuthor(authorA, authorB)) return undefined;
  // A record without a year (a paste without one) is judged on title and author alone.
  return a.year == null || b.year == null || Math.abs(a.year - b.year) <= 1 ? 'title' : undefined;
}

/** The first of `existing` that is the same work as `work` (by DOI, then arXiv id, then title), and by what. */
export function findSamePublication<T extends Identified>(existing: readonly T[], work: Identified): { match: T; by: MatchedBy } | undefined {
  for (const by of ['doi', 'arxivId', 'title'] as const) {
    const match = existing.find((candidate) => sameWork(work, candidate) === by);
    if (match) return { match, by };
  }
  return undefined;
}
