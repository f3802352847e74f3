// Minimal typings for the parts of citation-js this project uses (the packages ship none).
declare module '@citation-js/core' {
  export interface CslName {
    given?: string;
    family?: string;
    literal?: string;
    'non-dropping-particle'?: string;
  }
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    author?: CslName[];
    issued?: { 'date-parts': number[][] };
    'container-title'?: string;
    page?: string;
    archive?: string;
    archive_location?: string;
    genre?: string;
    publisher?: string;
    number?: string;
    DOI?: string;
    URL?: string;
    note?: string;
    abstract?: string;
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibtex' | 'ris' | 'biblatex', options?: Record<string, unknown>): string;
    format(format: 'data', options: { format: 'object' }): CslItem[];
  }
  export const plugins: {
    config: { get(name: string): { format: { useIdAsLabel: boolean; asciiOnly: boolean } } };
    /** Runs the input parsers up to `target`, e.g. '@biblatex/entries+list' or '@csl/list+object'. */
    input: { chain(data: unknown, options: { target: string; generateGraph?: boolean }): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
