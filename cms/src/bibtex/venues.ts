/**
 * The short venue shown on a publication's card ("ICML 2026", "arXiv 2025"), from the long one a
 * BibTeX entry gives. Exports write a venue in many ways: PMLR "Proceedings of the 43rd
 * International Conference on Machine Learning", OpenReview "Forty-second International Conference
 * on Machine Learning", DBLP "…, {ICML} 2025, Vancouver, …", NeurIPS "Advances in Neural Information
 * Processing Systems", Google Scholar lower-cased. So the well-known venues are a maintained table:
 * add a row (or a name) when an export is not recognised; a venue outside it keeps the old guess
 * (an acronym next to a year, or in parentheses), and the owner types the rest.
 *
 * Names are matched case-insensitively, acronyms case-sensitively as whole words, first row first:
 * a venue whose name contains another's comes before it (MLSys before ICML, NAACL before ACL).
 */

export interface Venue {
  /** As the seed writes it on cards, before the year: "ICML", "NeurIPS", "USENIX ATC". */
  short: string;
  /** Distinctive parts of the full name (matched without case). */
  names: RegExp[];
  /** Acronyms written in venue strings: "ICML", "{ICML}", "(ICML 2025)", "ICML'25". */
  acronyms?: string[];
}

export const VENUES: readonly Venue[] = [
  // Machine learning
  { short: 'NeurIPS', names: [/neural information processing systems/i], acronyms: ['NeurIPS', 'NIPS'] },
  { short: 'MLSys', names: [/conference on machine learning and systems/i, /proceedings of machine learning and systems/i], acronyms: ['MLSys', 'SysML'] },
  { short: 'ICML', names: [/international conference on machine learning(?! and)/i], acronyms: ['ICML'] },
  { short: 'ICLR', names: [/international conference on learning representations/i], acronyms: ['ICLR'] },
  { short: 'AISTATS', names: [/international conference on artificial intelligence and statistics/i], acronyms: ['AISTATS'] },
  { short: 'COLT', names: [/conference on learning theory/i], acronyms: ['COLT'] },
  { short: 'UAI', names: [/conference on uncertainty in artificial intelligence/i], acronyms: ['UAI'] },
  { short: 'COLM', names: [/conference on language modeling/i], acronyms: ['COLM'] },
  { short: 'AAAI', names: [/aaai conference on artificial intelligence/i], acronyms: ['AAAI'] },
  { short: 'IJCAI', names: [/international joint conference on artificial intelligence/i], acronyms: ['IJCAI'] },
  { short: 'JMLR', names: [/journal of machine learning research/i], acronyms: ['JMLR'] },
  { short: 'TMLR', names: [/transactions on machine learning research/i], acronyms: ['TMLR'] },
  { short: 'TPAMI', names: [/transactions on pattern analysis and machine intelligence/i], acronyms: ['TPAMI', 'PAMI'] },
  { short: 'TNNLS', names: [/transactions on neural networks and learning systems/i], acronyms: ['TNNLS'] },
  // Natural language processing (Findings are handled before these: see shortVenue)
  { short: 'TACL', names: [/transactions of the association for computational linguistics/i], acronyms: ['TACL'] },
  { short: 'NAACL', names: [/north american chapter of the association for computational linguistics/i], acronyms: ['NAACL', 'NAACL-HLT'] },
  { short: 'EACL', names: [/european chapter of the association for computational linguistics/i], acronyms: ['EACL'] },
  { short: 'EMNLP', names: [/empirical methods in natural language processing/i], acronyms: ['EMNLP'] },
  { short: 'COLING', names: [/international conference on computational linguistics/i], acronyms: ['COLING'] },
  { short: 'ACL', names: [/annual meeting of the association for computational linguistics/i, /^association for computational linguistics$/i], acronyms: ['ACL'] },
  // Vision and multimedia
  { short: 'CVPR', names: [/conference on computer vision and pattern recognition/i], acronyms: ['CVPR'] },
  { short: 'ICCV', names: [/international conference on computer vision/i], acronyms: ['ICCV'] },
  { short: 'ECCV', names: [/european conference on computer vision/i], acronyms: ['ECCV'] },
  { short: 'ACM MM', names: [/acm international conference on multimedia/i], acronyms: ['ACM MM'] },
  // Data, web and retrieval
  { short: 'KDD', names: [/sigkdd/i], acronyms: ['KDD'] },
  { short: 'WWW', names: [/the web conference/i, /world wide web conference/i, /acm web conference/i], acronyms: ['WWW'] },
  { short: 'SIGIR', names: [/conference on research and development in information retrieval/i], acronyms: ['SIGIR'] },
  { short: 'VLDB', names: [/proceedings of the vldb endowment/i, /international conference on very large data ?bases/i], acronyms: ['PVLDB', 'VLDB'] },
  { short: 'SIGMOD', names: [/conference on management of data/i, /proceedings of the acm on management of data/i], acronyms: ['SIGMOD'] },
  { short: 'ICDE', names: [/international conference on data engineering/i], acronyms: ['ICDE'] },
  // Systems, architecture and high-performance computing
  { short: 'OSDI', names: [/symposium on operating systems design and implementation/i], acronyms: ['OSDI'] },
  { short: 'SOSP', names: [/symposium on operating systems principles/i], acronyms: ['SOSP'] },
  { short: 'NSDI', names: [/symposium on networked systems design and implementation/i], acronyms: ['NSDI'] },
  { short: 'EuroSys', names: [/european conference on computer systems/i], acronyms: ['EuroSys'] },
  { short: 'USENIX ATC', names: [/usenix annual technical conference/i], acronyms: ['ATC'] },
  { short: 'SIGCOMM', names: [/special interest group on data communication/i, /acm sigcomm conference/i], acronyms: ['SIGCOMM'] },
  { short: 'ASPLOS', names: [/architectural support for programming languages and operating systems/i], acronyms: ['ASPLOS'] },
  { short: 'HPCA', names: [/symposium on high[- ]performance computer architecture/i], acronyms: ['HPCA'] },
  { short: 'ISCA', names: [/symposium on computer architecture/i], acronyms: ['ISCA'] },
  { short: 'MICRO', names: [/symposium on microarchitecture/i], acronyms: ['MICRO'] },
  { short: 'SC', names: [/international conference for high performance computing, networking, storage and analysis/i] },
  { short: 'PPoPP', names: [/principles and practice of parallel programming/i], acronyms: ['PPoPP'] },
  { short: 'ICS', names: [/international conference on supercomputing/i] },
  { short: 'IPDPS', names: [/international parallel and distributed processing symposium/i], acronyms: ['IPDPS'] },
  { short: 'DAC', names: [/design automation conference/i], acronyms: ['DAC'] },
  { short: 'TPDS', names: [/transactions on parallel and distributed systems/i], acronyms: ['TPDS'] },
  { short: 'CACM', names: [/^communications of the acm$/i], acronyms: ['CACM'] },
  // Journals known by their own name: only the exact name, so "Nature Communications" is not "Nature".
  { short: 'Nature', names: [/^nature$/i] },
  { short: 'Science', names: [/^science$/i] },
  { short: 'Nature Machine Intelligence', names: [/^nature machine intelligence$/i] },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An acronym as a whole word; DBLP writes "{ICML}", so braces are read away first. */
const acronymPattern = (acronym: string) => new RegExp(`(?<![A-Za-z-])${escape(acronym)}(?![A-Za-z])`);
const ACRONYMS = VENUES.map((venue) => (venue.acronyms ?? []).map(acronymPattern));

/** The row of `VENUES` a venue string names, if any. */
export function knownVenue(venue: string): Venue | undefined {
  const text = venue.replace(/[{}]/g, '').trim();
  const index = VENUES.findIndex((row, i) => row.names.some((name) => name.test(text)) || ACRONYMS[i].some((acronym) => acronym.test(text)));
  return index === -1 ? undefined : VENUES[index];
}

/**
 * "ICML 2026" for a venue string and the entry's year. The year written in the venue wins
 * ("ICML 2026" in the booktitle of a paper dated 2025; "NeurIPS'24"), since it names the edition.
 * Workshops and Findings say so: a workshop at ICML is not an ICML paper.
 */
export function shortVenue(venue: string | undefined, year: number | undefined): string | undefined {
  if (!venue) return undefined;
  const text = venue.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  const edition = editionYear(text) ?? year;
  const withYear = (label: string) => (edition ? `${label} ${edition}` : label);

  const findings = text.match(/^findings of (?:the )?(.*)$/i);
  if (findings) {
    // ACL Anthology: "Findings of the Association for Computational Linguistics: EMNLP 2024".
    const conference = knownVenue(findings[1].split(':').slice(1).join(':') || findings[1]);
    return withYear(`Findings of ${conference?.short ?? 'ACL'}`);
  }
  const known = knownVenue(text);
  if (known) return /\bworkshops?\b/i.test(text) ? `${withYear(known.short)} Workshop` : withYear(known.short);
  return guessedShortVenue(text, year);
}

/** A year written in the venue: "2025", or "'25" right after an acronym ("ICML'25", "SOSP '23"). */
function editionYear(text: string): number | undefined {
  const full = text.match(/(?<!\d)((?:19|20)\d{2})(?!\d)/);
  if (full) return Number(full[1]);
  const short = text.match(/[A-Z]\s?['’](\d{2})\b/);
  return short ? 2000 + Number(short[1]) : undefined;
}

/** Outside the table: an acronym next to a year ("FOO 2025"), or one in parentheses ("(FOO)"). */
function guessedShortVenue(text: string, year: number | undefined): string | undefined {
  const acronym = text.match(/\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)['’]?\s+((?:19|20)\d{2})\b/);
  if (acronym) return `${acronym[1]} ${acronym[2]}`;
  const inParentheses = text.match(/\(([A-Z][A-Za-z]*[A-Z][A-Za-z-]*)\)/);
  return inParentheses && year ? `${inParentheses[1]} ${year}` : undefined;
}
