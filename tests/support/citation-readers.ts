/**
 * Citation exports read back by third-party parsers, each brought to the same shape, so a test can
 * compare what a reference manager would import with what the JSON API says. Two or more readers
 * per format, so no single parser's leniency or bug decides a test.
 */
import { parse as parseRetorquere } from '@retorquere/bibtex-parser';
import { BibLatexParser } from 'biblatex-csl-converter';
import { AST as RisAst, parse as parseAstrociteRis } from 'astrocite-ris';
import { Cite, type CslItem, type CslName } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

/** What a reader took from one record; `fields` keeps the reader's own extra fields for checks. */
export interface ReadWork {
  title: string;
  authors: string[];
  year: number | undefined;
  /** Journal, proceedings or other container, as the reader reports it. */
  venue: string | undefined;
  type: string;
  fields: Record<string, string>;
}

export interface CitationReader {
  name: string;
  read: (text: string) => ReadWork[];
  /** Characters the reader is known to lose whatever the input; tests compare titles without them. */
  loses?: string;
}

const displayName = (name: CslName) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
const yearOf = (item: CslItem) => {
  const year = Number(item.issued?.['date-parts']?.[0]?.[0]);
  return Number.isFinite(year) && year > 0 ? year : undefined;
};

/** Reads through CSL-JSON, the shape citation-js parses every format into. */
function fromCsl(item: CslItem): ReadWork {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) if (typeof value === 'string' || typeof value === 'number') fields[key] = String(value);
  return {
    title: String(item.title ?? ''),
    authors: (item.author ?? []).map(displayName),
    year: yearOf(item),
    venue: (item['container-title'] ?? item['event-title']) as string | undefined,
    type: String(item.type),
    fields,
  };
}

export const citationJs = (text: string): ReadWork[] => (new Cite(text).data as CslItem[]).map(fromCsl);

interface RetorquereCreator {
  firstName?: string;
  lastName?: string;
  name?: string;
}

// Sentence casing is a bibliography style's choice: read the titles as written.
const retorquere: CitationReader = {
  name: '@retorquere/bibtex-parser',
  read(text) {
    const parsed = parseRetorquere(text, { sentenceCase: false, english: false });
    if (parsed.errors.length > 0) throw new Error(`@retorquere/bibtex-parser: ${JSON.stringify(parsed.errors)}`);
    return parsed.entries.map((entry) => {
      const fields: Record<string, string> = {};
      for (const [key, value] of Object.entries(entry.fields)) if (typeof value === 'string') fields[key] = value;
      const creators = (entry.fields.author ?? []) as RetorquereCreator[];
      return {
        title: fields.title ?? '',
        authors: creators.map((c) => c.name ?? [c.firstName, c.lastName].filter(Boolean).join(' ')),
        year: fields.year ? Number(fields.year) : undefined,
        venue: fields.journal ?? fields.booktitle,
        type: entry.type,
        fields: { ...fields, key: entry.key },
      };
    });
  },
};

interface RichText {
  text?: string;
}
interface BiblatexName {
  literal?: RichText[];
  given?: RichText[];
  family?: RichText[];
}
const plain = (value: unknown): string =>
  Array.isArray(value) ? value.map((node: RichText | RichText[]) => (Array.isArray(node) ? plain(node) : (node.text ?? ''))).join('') : String(value ?? '');

const biblatexCslConverter: CitationReader = {
  name: 'biblatex-csl-converter',
  // Its own exporter writes ^ as \textasciicircum (LaTeX's command for it), but its parser does not
  // know the command and drops it.
  loses: '^',
  read(text) {
    const parsed = new BibLatexParser(text, { processUnexpected: true, processUnknown: true }).parse();
    // It refuses URLs on hosts without a dot, such as the test run's http://localhost site.
    const errors = parsed.errors.filter((e) => !(e.type === 'unknown_uri' && /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(String(e.value))));
    if (errors.length > 0) throw new Error(`biblatex-csl-converter: ${JSON.stringify(errors)}`);
    return Object.values(parsed.entries).map((entry) => {
      const raw = { ...entry.fields, ...(entry.unexpected_fields ?? {}), ...(entry.unknown_fields ?? {}) } as Record<string, unknown>;
      const fields: Record<string, string> = { key: entry.entry_key };
      for (const [key, value] of Object.entries(raw)) if (key !== 'author') fields[key] = plain(value);
      // biblatex reads `pages` as a list of ranges: [[first, last]].
      if (Array.isArray(raw.pages)) fields.pages = (raw.pages as unknown[][]).map((range) => range.map(plain).join('--')).join(',');
      const names = (raw.author ?? []) as BiblatexName[];
      return {
        title: fields.title ?? '',
        authors: names.map((n) => plain(n.literal) || [plain(n.given), plain(n.family)].filter(Boolean).join(' ')),
        year: fields.date ? Number(fields.date.slice(0, 4)) : undefined,
        venue: fields.journaltitle ?? fields.booktitle,
        type: entry.bib_type,
        fields,
      };
    });
  },
};

export const BIBTEX_READERS: CitationReader[] = [retorquere, biblatexCslConverter, { name: 'citation-js (plugin-bibtex)', read: citationJs }];

/**
 * astrocite-ris turns single-word names (王瑞哲) into an empty family name, so its authors come from
 * its syntax tree (the AU lines as it tokenised them), everything else from its CSL output.
 */
const astrocite: CitationReader = {
  name: 'astrocite-ris',
  read(text) {
    const entries = RisAst.parse(text).children;
    return parseAstrociteRis(text).map((item, index) => {
      const properties = entries[index]?.properties ?? [];
      const authors = properties
        .filter((p) => p.key === 'AU')
        .map((p) => {
          const [family, given] = p.value.split(/,\s*/);
          return given ? `${given} ${family}` : family;
        });
      const fields: Record<string, string> = {};
      for (const p of properties) fields[p.key] = fields[p.key] ? `${fields[p.key]}\n${p.value}` : p.value;
      return { ...fromCsl(item), authors, fields };
    });
  },
};

export const RIS_READERS: CitationReader[] = [{ name: 'citation-js (plugin-ris)', read: citationJs }, astrocite];

/** The APA bibliography citeproc-js (through citation-js's CSL plugin) renders, by item id. */
export function renderApa(items: unknown[]): Map<string, string> {
  const cite = new Cite(items);
  return new Map(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US', asEntryArray: true }) as unknown as [string, string][]);
}
