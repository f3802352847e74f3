/**
 * The BibTeX an owner pasted into a publication: what they vouch for, so every format is made from
 * it. Its fields and their TeX are kept as written; only the layout is ours, so a one-line paste
 * reads like every other entry of the combined file.
 */
import type { CslItem } from '@citation-js/core';
import { citationJs } from '../../../bibtex/citation-js';
import type { BibtexEntry } from './bibtex-format';

interface RawBibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
}

export interface OwnerBibtex {
  entry: BibtexEntry;
  item: CslItem;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// The parser lower-cases field names; these are read case-insensitively, but people know them so.
const FIELD_NAMES: Record<string, string> = { archiveprefix: 'archivePrefix', primaryclass: 'primaryClass' };

/** The pasted entry, or undefined when it is not one readable entry (the typed fields are used then). */
export function readOwnerBibtex(raw: string | null | undefined): OwnerBibtex | undefined {
  if (!raw?.trim()) return undefined;
  try {
    const entries = (citationJs().plugins.input.chain(raw, { target: '@biblatex/entries+list', generateGraph: false }) as RawBibtexEntry[]).filter(
      (e) => !['string', 'comment', 'preamble'].includes(e.type.toLowerCase()),
    );
    const [item] = new (citationJs().Cite)(raw).data;
    if (entries.length !== 1 || !item) return undefined;
    const [{ type, label, properties }] = entries;
    const fields = Object.entries(properties).map(([name, value]): BibtexEntry['fields'][number] => {
      const text = String(value).replace(/\s+/g, ' ').trim();
      // The parser turns `month = sep` into "09": write the macro back, as styles expect.
      const month = name === 'month' && /^\d{1,2}$/.test(text) ? MONTHS[Number(text) - 1] : undefined;
      return [FIELD_NAMES[name] ?? name, month ? { macro: month } : { tex: text }];
    });
    delete item._graph;
    return { entry: { type: type.toLowerCase(), key: label, fields }, item: { ...item, id: label } };
  } catch {
    return undefined;
  }
}
