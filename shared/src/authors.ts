/** Author-list presentation shared by the SPA and the citation outputs. */
import type { Author } from './entities.js';

/** Marker shown after authors who contributed equally (the legend reads "* equal contribution"). */
export const EQUAL_CONTRIBUTION_MARK = '*';
/** Marker shown after corresponding authors. */
export const CORRESPONDING_MARK = '†';

/** One author's display name with their contribution marks: `"Ruizhe Wang*"`. */
export function formatAuthorName(author: Pick<Author, 'name' | 'equalContribution' | 'corresponding'>): string {
  return (
    author.name +
    (author.equalContribution ? EQUAL_CONTRIBUTION_MARK : '') +
    (author.corresponding ? CORRESPONDING_MARK : '')
  );
}

/**
 * A readable author list: all names when there are at most `max`, otherwise the first
 * `max - 1`, an ellipsis, and the owner if they would be hidden, then "et al.".
 */
export function formatAuthorList(authors: readonly Pick<Author, 'name' | 'isOwner' | 'equalContribution' | 'corresponding'>[], max = Infinity): string {
  if (authors.length <= max) return authors.map(formatAuthorName).join(', ');
  const shown = authors.slice(0, Math.max(1, max - 1));
  const owner = authors.find((a) => a.isOwner);
  if (owner && !shown.includes(owner)) shown.push(owner);
  return `${shown.map(formatAuthorName).join(', ')}, et al.`;
}
