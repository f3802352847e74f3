/** Case- and accent-insensitive text for matching what a visitor types. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** True when every word of `query` occurs somewhere in `haystack` (already folded). */
export function matchesAllWords(haystack: string, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}
