/**
 * What BibTeX changes in a publication, decided once for the admin's paste (fill-from-bibtex.ts)
 * and `pnpm import:bib` (cms/scripts/import-bib.ts), so an import does what a paste would.
 */
import { fillEmptyFields, mergeEntry, readStoredEntry, type BibtexWork, type PublicationPatch, type SavedFields } from '../../bibtex';

/**
 * The fields to save (`saved`: the publication's fields with the save's own on top): into a new
 * publication, the empty ones; into one that `exists` (with the BibTeX it was filled from), what
 * bibtex/merge-entry.ts decides.
 */
export function changesFromBibtex(
  saved: SavedFields,
  work: BibtexWork,
  isOwner: (author: string) => boolean,
  exists?: { documentId: string; bibtex?: string | null },
): PublicationPatch {
  return exists ? mergeEntry(saved, work, { previous: readStoredEntry(exists.bibtex), isOwner }) : fillEmptyFields(saved, work, isOwner);
}
