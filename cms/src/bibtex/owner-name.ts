/**
 * Recognises the owner in an author list however a BibTeX source spells them: "Ruizhe Wang",
 * "Wang, Ruizhe" (already "Ruizhe Wang" once read), "R. Wang", "Rui-Zhe Wang", "Wang Ruizhe",
 * "王瑞哲". Initials are accepted although another "R. Wang" would match too: the owner unticks
 * that rare false positive, which is cheaper than ticking themselves on every import.
 */
import { containsCjk, nameWords } from '@homepage/shared';

export interface OwnerNames {
  /** As on papers, "Ruizhe Wang" (given names first). */
  name: string;
  /** In the native script, "王瑞哲". */
  nativeName?: string | null;
}

/** A predicate: is this author display name the owner? */
export function ownerNameMatcher({ name, nativeName }: OwnerNames): (author: string) => boolean {
  const ownTokens = nameWords(name);
  const family = ownTokens.at(-1) ?? '';
  const given = ownTokens.slice(0, -1).join('');
  const native = nativeName?.replace(/\s+/g, '');
  const sameSet = (a: string[]) => a.length === ownTokens.length && [...a].sort().join(' ') === [...ownTokens].sort().join(' ');

  return (author) => {
    if (containsCjk(author)) return native !== undefined && native !== '' && author.replace(/\s+/g, '') === native;
    const parts = nameWords(author);
    if (parts.length < 2 || !family) return false;
    if (sameSet(parts)) return true; // "Ruizhe Wang", "Wang Ruizhe"
    if (parts.at(-1) !== family) return false;
    const firsts = parts.slice(0, -1);
    if (firsts.join('') === given) return true; // "Rui-Zhe Wang"
    return firsts.every((part) => part.length === 1) && firsts[0] === given[0]; // "R. Wang", "R.-Z. Wang"
  };
}
