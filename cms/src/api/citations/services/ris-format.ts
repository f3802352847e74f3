/**
 * RIS written by hand rather than by citation-js, which wraps long values onto continuation lines
 * at 70 characters: RIS has no continuation rule readers agree on, so "Mixture-of-Expe rts" came
 * out. Per the RIS specification (RefMan, 2011): one `XX  - value` per line, never wrapped, `TY`
 * first and `ER` last, lines ending in CR LF; `PY` is the year (YYYY), `DA` is YYYY/MM/DD/ with
 * missing parts left empty.
 */
import type { CslItem, CslName } from '@citation-js/core';

const RIS_TYPES: Record<string, string> = {
  'paper-conference': 'CPAPER',
  'article-journal': 'JOUR',
  // A preprint: RIS's "unpublished work".
  article: 'UNPB',
  report: 'RPRT',
  thesis: 'THES',
  'post-weblog': 'BLOG',
};

const pad = (n: number | undefined, width: number) => (n === undefined ? '' : String(n).padStart(width, '0'));

function formatName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return name.given ? `${family}, ${name.given}` : family;
}

export function formatRisRecord(item: CslItem): string {
  const lines: string[] = [];
  // A value never spans lines: newlines inside it (an abstract's paragraphs) become spaces.
  const tag = (name: string, value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
    if (text) lines.push(`${name}  - ${text}`);
  };
  const type = RIS_TYPES[item.type] ?? 'GEN';
  tag('TY', type);
  for (const author of item.author ?? []) tag('AU', formatName(author));
  tag('TI', item.title);
  const venue = item['container-title'];
  // T2 is the secondary title every reader takes as the journal or proceedings; for CPAPER the
  // specification names the proceedings C3, which Zotero and EndNote read as such.
  tag('T2', venue);
  if (type === 'CPAPER') tag('C3', venue);
  if (type === 'JOUR') tag('JO', venue);
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  tag('PY', pad(year, 4));
  if (year !== undefined) tag('DA', `${pad(year, 4)}/${pad(month, 2)}/${pad(day, 2)}/`);
  const [first, last] = (typeof item.page === 'string' ? item.page : '').split(/-+/);
  tag('SP', first);
  tag('EP', last);
  tag('PB', item.publisher);
  tag('M1', item.archive === 'arXiv' ? `arXiv:${item.archive_location}` : undefined);
  tag('M3', item.genre);
  tag('DO', item.DOI);
  tag('UR', item.URL);
  tag('AB', item.abstract);
  tag('ID', item.id);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

export function formatRis(items: CslItem[]): string {
  return items.map(formatRisRecord).join('\r\n');
}
