/**
 * BibTeX written by hand rather than by citation-js, whose output standard styles refuse (a preprint
 * as @article without journal) and which repeats an owner's pasted entry verbatim. One writer for
 * every entry, ours and pasted: `@type{key,` then one `  field = {value}` per line.
 * Field requirements per type: https://www.bibtex.org/Format/ and btxdoc ("BibTeXing", Patashnik).
 */
import type { CslItem, CslName } from '@citation-js/core';

/** A value is TeX already (escaped, or as the owner pasted it); a macro is written bare (`sep`). */
export type BibtexValue = { tex: string } | { macro: string };

export interface BibtexEntry {
  type: string;
  key: string;
  fields: [name: string, value: BibtexValue][];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// \^{} and \~{} are accents on nothing; readers (citation-js, biblatex-csl-converter) misread them.
const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Plain text as a BibTeX value: TeX specials escaped, UTF-8 kept (biber and BibTeX 0.99d+ read it). */
export function escapeTex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}%&$#_^~]/g, (c) => TEX_SPECIALS[c] ?? c);
}

/**
 * A title with its acronyms and mixed-case words braced ({FP4}, {MoE}), so that styles which
 * lower-case titles keep them, while ordinary words still follow the style.
 */
export function protectCase(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (/^.+\p{Lu}/u.test(word) ? `{${escapeTex(word)}}` : escapeTex(word)))
    .join(' ');
}

function formatName(name: CslName): string {
  if (name.literal) return `{${escapeTex(name.literal)}}`;
  return [name['non-dropping-particle'], name.family].filter(Boolean).map((p) => escapeTex(String(p))).join(' ') +
    (name.given ? `, ${escapeTex(name.given)}` : '');
}

const tex = (text: string): BibtexValue => ({ tex: escapeTex(text) });

/** The BibTeX entry of one of our CSL items (see csl-items.ts for what each carries). */
export function cslToBibtex(item: CslItem): BibtexEntry {
  const fields: BibtexEntry['fields'] = [];
  const add = (name: string, value: BibtexValue | undefined) => {
    if (value) fields.push([name, value]);
  };
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  const arxiv = item.archive === 'arXiv' ? item.archive_location : undefined;
  const venue = item['container-title'];
  // Without a journal or proceedings, a work is @misc: standard styles refuse @article without journal.
  const type =
    item.type === 'paper-conference' && venue
      ? 'inproceedings'
      : item.type === 'article-journal' && venue
        ? 'article'
        : item.type === 'thesis' && item.publisher && item.publisher !== 'arXiv'
          ? 'phdthesis'
          : 'misc';

  add('title', item.title ? { tex: protectCase(item.title) } : undefined);
  add('author', item.author?.length ? { tex: item.author.map(formatName).join(' and ') } : undefined);
  if (type === 'inproceedings' && venue) add('booktitle', tex(venue));
  if (type === 'article' && venue) add('journal', tex(venue));
  if (type === 'phdthesis' && item.publisher) add('school', tex(item.publisher));
  add('year', year ? { tex: String(year) } : undefined);
  add('month', month ? { macro: MONTHS[month - 1] } : undefined);
  add('pages', item.page ? { tex: item.page.replace(/-+/, '--') } : undefined);
  if (arxiv) {
    add('eprint', { tex: escapeTex(arxiv) });
    add('archivePrefix', { tex: 'arXiv' });
  }
  if (type === 'misc') {
    const how = arxiv ? `arXiv preprint arXiv:${arxiv}` : item.type === 'post-weblog' ? item['container-title'] : undefined;
    add('howpublished', how ? tex(how) : undefined);
  }
  if (item.genre) add('note', tex(item.genre));
  add('doi', item.DOI ? tex(item.DOI) : undefined);
  // url is verbatim in BibTeX styles and hyperref: no escaping.
  add('url', item.URL ? { tex: item.URL } : undefined);
  return { type, key: item.id, fields };
}

function formatValue(value: BibtexValue): string {
  return 'macro' in value ? value.macro : `{${value.tex}}`;
}

export function formatBibtexEntry(entry: BibtexEntry): string {
  const lines = entry.fields.map(([name, value]) => `  ${name} = ${formatValue(value)}`);
  return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}\n`;
}

export function formatBibtex(entries: BibtexEntry[]): string {
  return entries.map(formatBibtexEntry).join('\n');
}
