/**
 * Citation counts are the job's to write: a save from the admin UI (whose form still holds the
 * count it loaded), the API or an import never changes them.
 */
export const CITATION_COUNT_FIELDS = ['citationCount', 'citationCountUpdatedAt'] as const;

/** Drops the counts from a publication's saved data. */
export function dropCitationCounts(data: Record<string, unknown> | undefined): void {
  if (data) for (const field of CITATION_COUNT_FIELDS) delete data[field];
}
