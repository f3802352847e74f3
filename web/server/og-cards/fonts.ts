/**
 * The site's typefaces (web/src/styles/main.css: Source Serif 4, then Noto Serif CJK for Chinese)
 * for the cards, from their Fontsource npm packages. Fontsource splits each face into files by
 * Unicode range (a CJK face into about a hundred); a card loads only the files that hold the
 * characters it shows, which keeps a Chinese card's fonts at a few hundred kilobytes instead of the
 * face's ten megabytes. Satori reads WOFF (not WOFF2), which every package ships beside WOFF2.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requireFromWeb } from './packages';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

interface Family {
  /** The name cards ask for in `fontFamily`. */
  name: string;
  /** The Fontsource package and the prefix of its files (`source-serif-4`). */
  packageName: string;
  filePrefix: string;
}

/** Latin first, as the site's stacks put it: a CJK face's Latin letters are not the site's. */
export const CARD_FAMILIES: readonly Family[] = [
  { name: 'Source Serif 4', packageName: '@fontsource/source-serif-4', filePrefix: 'source-serif-4' },
  { name: 'Noto Serif SC', packageName: '@fontsource/noto-serif-sc', filePrefix: 'noto-serif-sc' },
];
const WEIGHTS = [400, 700] as const;

type Range = [number, number];
interface Subset {
  file: string;
  ranges: Range[];
}

/** `U+0000-00FF,U+0131` → [[0, 255], [305, 305]] (CSS `unicode-range`). */
export function parseUnicodeRange(text: string): Range[] {
  return text.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) return [];
    const start = parseInt(match[1] as string, 16);
    return [[start, match[2] ? parseInt(match[2], 16) : start] as Range];
  });
}

const subsetsByFamily = new Map<string, Subset[]>();
const packageDirs = new Map<string, string>();

/** A Fontsource package's folder (its exports map only names stylesheets and font files). */
function packageDir(family: Family): string {
  let dir = packageDirs.get(family.name);
  if (!dir) {
    dir = path.dirname(requireFromWeb.resolve(`${family.packageName}/400.css`));
    packageDirs.set(family.name, dir);
  }
  return dir;
}

/** A family's subsets as its package lists them (`unicode.json`: subset name → range). */
function subsetsOf(family: Family): Subset[] {
  let subsets = subsetsByFamily.get(family.name);
  if (!subsets) {
    const list = JSON.parse(readFileSync(path.join(packageDir(family), 'unicode.json'), 'utf8')) as Record<string, string>;
    // Subsets are named `latin` or, for CJK faces, by number in brackets (`[4]`).
    subsets = Object.entries(list).map(([name, range]) => ({ file: name.replace(/^\[(\d+)\]$/, '$1'), ranges: parseUnicodeRange(range) }));
    subsetsByFamily.set(family.name, subsets);
  }
  return subsets;
}

const fileCache = new Map<string, Buffer>();

function readFontFile(family: Family, subset: string, weight: number): Buffer {
  const file = path.join(packageDir(family), 'files', `${family.filePrefix}-${subset}-${weight}-normal.woff`);
  let data = fileCache.get(file);
  if (!data) {
    data = readFileSync(file);
    fileCache.set(file, data);
  }
  return data;
}

/**
 * The font files that draw `text` in every card family and weight, and the `fontFamily` stack that
 * names them. Each file gets a name of its own (`Noto Serif SC 87`): satori takes one font per name
 * and weight, so subsets sharing their family's name would leave all but one unused (tofu).
 */
export function fontsFor(text: string): { fonts: CardFont[]; stack: string } {
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0) as number))];
  const fonts: CardFont[] = [];
  const names: string[] = [];
  for (const family of CARD_FAMILIES) {
    const needed = subsetsOf(family).filter((subset) => codePoints.some((point) => subset.ranges.some(([start, end]) => point >= start && point <= end)));
    for (const subset of needed) {
      const name = `${family.name} ${subset.file}`;
      names.push(`'${name}'`);
      for (const weight of WEIGHTS) fonts.push({ name, data: readFontFile(family, subset.file, weight), weight, style: 'normal' });
    }
  }
  return { fonts, stack: names.join(', ') };
}

/** The font packages' versions, part of a card's hash: a new typeface release redraws every card. */
export function fontVersions(): string {
  return CARD_FAMILIES.map((family) => {
    const manifest = JSON.parse(readFileSync(path.join(packageDir(family), 'package.json'), 'utf8')) as { version: string };
    return `${family.packageName}@${manifest.version}`;
  }).join(',');
}
