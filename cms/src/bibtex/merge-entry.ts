/**
 * What a new BibTeX entry changes in a publication that is already there: the owner pastes the
 * published version's BibTeX into their preprint (the duplicate refusal tells them to), corrects a
 * pasted entry, or `pnpm import:bib` meets a paper the site has. Pure, so both decide alike.
 *
 * - An empty field is filled, as for a new publication.
 * - A field still holding what the previous BibTeX filled follows the new entry: the owner never
 *   changed it. Whatever else is there, the owner typed, and it stays.
 * - A published version (conference, journal or workshop paper) upgrades a preprint: its venue,
 *   short venue, kind, year (the admin's "year of the version cited") and DOI replace the
 *   preprint's, typed or not, since they describe where the work now appears; its links are added.
 *   The title stays (the admin asks to keep the first title and note a later one), and so does the
 *   arXiv id, so the preprint is still found and linked; the first public date counts it.
 * - A preprint's entry never downgrades a published version: it only fills empty fields.
 */
import type { PublicationKind } from '@homepage/shared';
import { arxivIdOfDoi, firstPublicDate } from './arxiv';
import { fieldsOfEntry, isEmptyValue, type FillableFields, type LinkInput } from './fill-publication';
import type { BibtexWork } from './read-entry';

/** A publication as saved: its fields in the Document Service's shape (components with ids). */
export type SavedFields = Partial<Record<keyof FillableFields, unknown>>;

/** The changes to save; `venueShort: null` clears a preprint's "arXiv 2025" the new entry has no match for. */
export type PublicationPatch = Omit<Partial<FillableFields>, 'venueShort' | 'links'> & {
  venueShort?: string | null;
  links?: SavedLink[];
};

/** A link as saved: kept with its id and label when links are added to it. */
type SavedLink = LinkInput & { id?: number; label?: string | null };

const PUBLISHED: ReadonlySet<PublicationKind> = new Set(['conference-paper', 'journal-article', 'workshop-paper']);
/** Where and when the work appears: what a published version replaces in a preprint. */
const VERSION_FIELDS: ReadonlySet<keyof FillableFields> = new Set(['venue', 'venueShort', 'kind', 'year', 'doi']);

const isArxivText = (value: unknown) => typeof value === 'string' && /^arxiv\b/i.test(value.trim());

/** A preprint, or an arXiv technical report (the seed's "arXiv preprint (technical report)"). */
export function isPreprint(fields: { kind?: unknown; venue?: unknown; venueShort?: unknown }): boolean {
  return fields.kind === 'preprint' || isArxivText(fields.venue) || isArxivText(fields.venueShort);
}

export function mergeEntry(
  current: SavedFields,
  work: BibtexWork,
  { previous, isOwner }: { previous?: BibtexWork; isOwner: (author: string) => boolean },
): PublicationPatch {
  const keptArxivId = typeof current.arxivId === 'string' && current.arxivId.trim() ? current.arxivId.trim() : undefined;
  const entry = fieldsOfEntry(keptArxivId ? { ...work, arxivId: keptArxivId, date: firstPublicDate(work.date, keptArxivId) } : work, isOwner);
  const filledBefore = previous ? fieldsOfEntry(previous, isOwner) : {};
  const upgrade = isPreprint(current) && work.kind !== undefined && PUBLISHED.has(work.kind);
  const downgrade = !isPreprint(current) && isPreprint(work);

  const replaces = (key: keyof FillableFields): boolean => {
    if (isEmptyValue(current[key])) return true;
    if (key === 'arxivId' || key === 'links' || downgrade) return false;
    if (upgrade && key === 'doi') return typeof current.doi === 'string' && arxivIdOfDoi(current.doi) !== undefined;
    if (upgrade && VERSION_FIELDS.has(key)) return true;
    if (upgrade && key === 'title') return false;
    return sameValue(current[key], filledBefore[key]);
  };

  const patch: PublicationPatch = {};
  for (const key of Object.keys(entry) as (keyof FillableFields)[]) {
    if (key !== 'links' && replaces(key) && !sameValue(current[key], entry[key])) Object.assign(patch, { [key]: entry[key] });
  }
  if (upgrade && entry.venue && !entry.venueShort && !isEmptyValue(current.venueShort)) patch.venueShort = null;
  const links = mergedLinks(current.links, entry.links, upgrade);
  if (links) patch.links = links;
  return patch;
}

/** The entry's links when there were none; on an upgrade, the current ones plus those of a new kind or address. */
function mergedLinks(current: unknown, fromEntry: LinkInput[] | undefined, upgrade: boolean): PublicationPatch['links'] {
  if (!fromEntry) return undefined;
  if (isEmptyValue(current)) return fromEntry;
  if (!upgrade || !Array.isArray(current)) return undefined;
  const kept = current.filter((link): link is SavedLink => typeof link?.url === 'string' && typeof link?.kind === 'string');
  const added = fromEntry.filter(
    (link) => !kept.some((old) => old.url === link.url) && (link.kind === 'other' || !kept.some((old) => old.kind === link.kind)),
  );
  return added.length ? [...kept, ...added] : undefined;
}

/**
 * Whether a saved value is the one an entry gave: text without surrounding space, and a
 * component list compared on the fields the entry sets (not the ids the database added).
 */
function sameValue(saved: unknown, given: unknown): boolean {
  if (given === undefined) return false;
  if (Array.isArray(given)) {
    return (
      Array.isArray(saved) &&
      saved.length === given.length &&
      given.every((entry: Record<string, unknown>, i) => Object.keys(entry).every((key) => (saved[i] as Record<string, unknown> | null)?.[key] === entry[key]))
    );
  }
  return typeof saved === 'string' && typeof given === 'string' ? saved.trim() === given.trim() : saved === given;
}
