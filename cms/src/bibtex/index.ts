export { splitBibtexEntries, type RawEntry, type SplitBibtex } from './split-entries';
export { readBibtexEntry, BibtexError, type BibtexWork } from './read-entry';
export { ownerNameMatcher, type OwnerNames } from './owner-name';
export { fillEmptyFields, isEmptyValue, type FillableFields, type AuthorInput, type LinkInput } from './fill-publication';
export { findSamePublication, normaliseTitle, type Identified } from './match-publication';
