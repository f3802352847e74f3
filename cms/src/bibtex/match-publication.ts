/**
 * Finds the publication an imported entry is about, so re-importing a file (or a second export of
 * the same papers) updates instead of duplicating: by DOI, then arXiv id (any version), then title
 * compared without case, accents, punctuation or LaTeX braces.
 */

export interface Identified {
  doi?: string | null;
  arxivId?: string | null;
  title?: string | null;
}

export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[{}]/g, '') // LaTeX case protection: {BERT}s is BERTs
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const arxivBase = (id: string) => id.trim().toLowerCase().replace(/v\d+$/, '');

/** The first of `existing` that is the same work as `work`, and by what it matched. */
export function findSamePublication<T extends Identified>(
  existing: readonly T[],
  work: Identified,
): { match: T; by: 'doi' | 'arxivId' | 'title' } | undefined {
  const doi = work.doi?.trim().toLowerCase();
  const byDoi = doi ? existing.find((p) => p.doi?.trim().toLowerCase() === doi) : undefined;
  if (byDoi) return { match: byDoi, by: 'doi' };
  const arxiv = work.arxivId ? arxivBase(work.arxivId) : undefined;
  const byArxiv = arxiv ? existing.find((p) => p.arxivId && arxivBase(p.arxivId) === arxiv) : undefined;
  if (byArxiv) return { match: byArxiv, by: 'arxivId' };
  const title = work.title ? normaliseTitle(work.title) : '';
  const byTitle = title ? existing.find((p) => p.title && normaliseTitle(p.title) === title) : undefined;
  return byTitle ? { match: byTitle, by: 'title' } : undefined;
}
