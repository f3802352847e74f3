/**
 * BibTeX, RIS and CSL-JSON through citation-js (https://citation.js.org/). When the owner pasted
 * their own BibTeX on a publication, the .bib output is that text, and the other formats are
 * parsed from it, so all three agree with what the owner vouched for.
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.useIdAsLabel = true; // keep our stable keys
bibtexConfig.format.asciiOnly = false; // UTF-8 out: 王瑞哲, Núñez and × survive as written

export type CitationFormat = 'bib' | 'ris' | 'json';

export interface Citable {
  item: CslItem;
  /** The owner's own BibTeX, when given. */
  rawBibtex?: string | null;
}

function fromRawBibtex(raw: string): CslItem | undefined {
  try {
    return new Cite(raw).data[0];
  } catch {
    return undefined; // unparsable owner BibTeX: fall back to the typed fields
  }
}

export function formatCitations(citables: Citable[], format: CitationFormat): string {
  if (format === 'bib') {
    return citables
      .map(({ item, rawBibtex }) =>
        rawBibtex?.trim() && fromRawBibtex(rawBibtex) ? `${rawBibtex.trim()}\n` : new Cite([item]).format('bibtex'),
      )
      .join('\n');
  }
  const items = citables.map(({ item, rawBibtex }) => (rawBibtex?.trim() && fromRawBibtex(rawBibtex)) || item);
  if (format === 'ris') return new Cite(items).format('ris');
  return `${JSON.stringify(new Cite(items).format('data', { format: 'object' }), null, 2)}\n`;
}

export const CONTENT_TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};
