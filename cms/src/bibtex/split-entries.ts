/**
 * Cuts a .bib file into its entries, each with its own source text, so that one broken entry in a
 * Google Scholar or DBLP export is reported on its own and each imported work keeps the BibTeX it
 * came from. `@string` macros are kept aside and handed to every entry's parse.
 * Syntax: https://www.bibtex.org/Format/
 */

export interface RawEntry {
  /** The entry's text, from `@type{` to its closing brace. */
  text: string;
  /** 1-based line of the `@` in the file, for messages. */
  line: number;
}

export interface SplitBibtex {
  entries: RawEntry[];
  /** `@string{…}` definitions, to prepend when parsing an entry that uses them. */
  macros: string;
}

const SKIPPED = new Set(['comment', 'preamble']);

export function splitBibtexEntries(source: string): SplitBibtex {
  const entries: RawEntry[] = [];
  const macros: string[] = [];
  const header = /@\s*([A-Za-z]+)\s*([{(])/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source))) {
    const start = match.index;
    const end = closingIndex(source, header.lastIndex - 1, match[2] === '{' ? '{' : '(');
    const text = source.slice(start, end + 1);
    const type = match[1].toLowerCase();
    if (type === 'string') macros.push(text);
    else if (!SKIPPED.has(type)) entries.push({ text, line: source.slice(0, start).split('\n').length });
    header.lastIndex = end + 1;
  }
  return { entries, macros: macros.join('\n') };
}

/** Index of the delimiter closing the one at `open`, or the end of the text when it never closes. */
function closingIndex(source: string, open: number, opener: '{' | '('): number {
  const closer = opener === '{' ? '}' : ')';
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1; // an escaped brace (\{) does not count
    } else if (char === '{' || (opener === '(' && char === '(')) {
      depth += 1;
    } else if (char === '}' || (opener === '(' && char === ')')) {
      depth -= 1;
      if (depth === 0 && char === closer) return i;
    }
  }
  return source.length - 1;
}
