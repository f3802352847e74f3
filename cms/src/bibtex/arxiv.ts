/**
 * What an arXiv identifier tells without asking arXiv: the work (any version), the month it was
 * first submitted, and its abstract and PDF pages. Identifier scheme:
 * https://info.arxiv.org/help/arxiv_identifier.html ("2510.08008v2": yymm.number, version;
 * before 2007 "hep-th/9901001": archive/yymmnnn).
 */

/** The work an id names, whatever its version: "2510.08008v2" → "2510.08008". */
export function arxivBase(id: string): string {
  return id.trim().toLowerCase().replace(/v\d+$/, '');
}

/** arXiv's DOIs (DataCite, since 2022) name the same work: "10.48550/arXiv.2510.08008" → "2510.08008". */
export function arxivIdOfDoi(doi: string): string | undefined {
  return doi.trim().match(/^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.(.+)$/i)?.[1];
}

/** The first day of the month of the first version, "2025-10-01": the id carries only the month. */
export function arxivMonth(id: string): string | undefined {
  const modern = id.match(/^(\d{2})(\d{2})\.\d{4,5}/);
  const old = id.match(/\/(\d{2})(\d{2})\d{3}/);
  const [, yy, mm] = modern ?? old ?? [];
  if (!yy || !mm || Number(mm) < 1 || Number(mm) > 12) return undefined;
  // Old-style ids start in 1991; new-style ones in 2007.
  const century = modern || Number(yy) < 91 ? '20' : '19';
  return `${century}${yy}-${mm}-01`;
}

/**
 * A work's first public date (what the admin's date field asks for): the entry's own date, unless
 * the arXiv id shows an earlier month, since a conference paper's preprint usually came out first.
 */
export function firstPublicDate(entryDate: string | undefined, arxivId: string | undefined): string | undefined {
  const arxivDate = arxivId ? arxivMonth(arxivId) : undefined;
  if (!entryDate || !arxivDate) return entryDate ?? arxivDate;
  return arxivDate.slice(0, 7) < entryDate.slice(0, 7) ? arxivDate : entryDate;
}

export const arxivAbsUrl = (id: string) => `https://arxiv.org/abs/${id}`;
export const arxivPdfUrl = (id: string) => `https://arxiv.org/pdf/${id}`;
