export { splitBibtexEntries, type RawEntry, type SplitBibtex } from './split-entries';
export { readBibtexEntry, readStoredEntry, BibtexError, type BibtexWork } from './read-entry';
export { ownerNameMatcher, type OwnerNames } from './owner-name';
export { fillEmptyFields, fieldsOfEntry, isEmptyValue, type FillableFields, type AuthorInput, type LinkInput } from './fill-publication';
export { mergeEntry, isPreprint, type PublicationPatch, type SavedFields } from './merge-entry';
export { findSamePublication, sameWork, arxivWorkOf, sameAuthor, normaliseTitle, type Identified, type MatchedBy } from './match-publication';
export { shortVenue, knownVenue, VENUES, type Venue } from './venues';
export { arxivBase, arxivIdOfDoi, arxivMonth, firstPublicDate } from './arxiv';
