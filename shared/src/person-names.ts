/**
 * When two spellings on author lists name one person (co-author pages, issue 21). BibTeX pastes
 * and imports write the same co-author as "Yeyun Gong", "yeyun gong", "Yéyun Gong" or "Y. Gong";
 * the CMS links each to one `person` by these keys when a publication is saved.
 */

/**
 * The key two spellings of one name share: accents stripped (Unicode NFKD, marks removed), case
 * folded, dots, hyphens and commas turned into spaces, "Last, First" turned round. CJK names keep
 * their characters.
 * @example nameKey('Yéyun  GONG') === 'yeyun gong'; nameKey('Gong, Y.') === 'y gong'
 */
export function nameKey(name: string): string {
  const commaParts = name.split(',');
  const ordered = commaParts.length === 2 && commaParts[1].trim() !== '' ? `${commaParts[1]} ${commaParts[0]}` : name;
  return ordered
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[.,\-‐‑–'’`_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name's words in the key's order, given names first: the owner's name on an imported paper,
 * two author lists' names compared, a work's first-author surname all read names this way.
 * @example nameWords('Wang, Rui-Zhe') → ['rui', 'zhe', 'wang']
 */
export function nameWords(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/** The given names of a key, each as written, and the family name (the last word). */
function split(key: string): { given: string[]; family: string } {
  const words = key.split(' ');
  return { given: words.slice(0, -1), family: words[words.length - 1] ?? '' };
}

/** True when the name abbreviates a given name to its initial ("Y. Gong", "Y Gong", "Yeyun G.-H. Gong"). */
export function hasInitials(name: string): boolean {
  return split(nameKey(name)).given.some((word) => word.length === 1);
}

/**
 * True when an abbreviated name could stand for a full one: same family name, as many given names,
 * and each given name either equal or an initial of the other ("Y. Gong" and "Yeyun Gong"). It says
 * "could": two different people may fit, so the CMS links on it only when exactly one person does.
 */
export function initialsFit(short: string, full: string): boolean {
  const a = split(nameKey(short));
  const b = split(nameKey(full));
  if (a.family === '' || a.family !== b.family || a.given.length !== b.given.length) return false;
  return a.given.every((word, index) => {
    const other = b.given[index];
    if (word === other) return true;
    return (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other));
  });
}
