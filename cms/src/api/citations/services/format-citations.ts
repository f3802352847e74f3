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
  const works = withUniqueKeys(
    citables.map(({ item, rawBibtex }) => {
      const owner = readOwnerBibtex(rawBibtex);
      return owner ?? { item, entry: undefined };
    }),
  );
  if (format === 'bib') return formatBibtex(works.map(({ item, entry }) => entry ?? cslToBibtex(item)));
  const items = works.map((w) => w.item);
  if (format === 'ris') return formatRis(items);
  // CSL-JSON: https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
  return `${JSON.stringify(items, null, 2)}\n`;
}

type Work = { item: CslItem; entry: ReturnType<typeof cslToBibtex> | undefined };

/**
 * Keys are author + year + first title word (`wang2025scaling`), so two works can share one; a
 * reference manager keeps only one entry per key. Later ones get `a`, `b`, … as Google Scholar
 * does, in the list's order.
 */
function withUniqueKeys(works: Work[]): Work[] {
  const taken = new Set<string>();
  return works.map((work) => {
    const base = String(work.entry?.key ?? work.item.id);
    let key = base;
    for (let suffix = 0; taken.has(key); suffix++) key = `${base}${String.fromCharCode(97 + (suffix % 26))}${suffix >= 26 ? Math.floor(suffix / 26) : ''}`;
    taken.add(key);
    if (key === base) return work;
    return { item: { ...work.item, id: key }, entry: work.entry ? { ...work.entry, key } : undefined };
  });
}

export const CONTENT_TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};
