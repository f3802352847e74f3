/**
 * The three citation formats, one writer each, shared by the single and the combined exports.
 * When the owner pasted their own BibTeX on a publication, every format is made from it, so all
 * three agree with what the owner vouched for.
 */
import type { CslItem } from '@citation-js/core';
import { cslToBibtex, formatBibtex } from './bibtex-format';
import { readOwnerBibtex } from './owner-bibtex';
import { formatRis } from './ris-format';

export type CitationFormat = 'bib' | 'ris' | 'json';

export interface Citable {
  item: CslItem;
  /** The owner's own BibTeX, when given. */
  rawBibtex?: string | null;
}

export function formatCitations(citables: Citable[], format: CitationFormat): string {
  const works = citables.map(({ item, rawBibtex }) => {
    const owner = readOwnerBibtex(rawBibtex);
    return owner ?? { item, entry: undefined };
  });
  if (format === 'bib') return formatBibtex(works.map(({ item, entry }) => entry ?? cslToBibtex(item)));
  const items = works.map((w) => w.item);
  if (format === 'ris') return formatRis(items);
  // CSL-JSON: https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
  return `${JSON.stringify(items, null, 2)}\n`;
}

export const CONTENT_TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};
