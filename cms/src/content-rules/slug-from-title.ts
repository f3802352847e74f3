/**
 * The slug made from a title or name, for every content type, wherever it is made (the admin's
 * slug field while the owner types, the save rule in unique-slugs.ts for API, import and pasted
 * BibTeX): extensions/content-manager/strapi-server.ts puts it under Strapi's own uid service.
 *
 * Strapi slugifies with @sindresorhus/slugify's defaults, which split words at case changes:
 * "Efficient MoE Training" became "efficient-mo-e-training" and "FP8-LM" "fp-8-lm". Titles are
 * full of acronyms, so words are kept whole (`decamelize: false`), an apostrophe joins its word
 * ("Don't" → "dont", not "don-t"), and a long title is cut at a word boundary within the field's
 * `maxLength` (a 120-character paper title used to give a slug the field then refused), leaving
 * room for the "-1" Strapi appends when the slug is taken.
 * https://github.com/sindresorhus/slugify/tree/v1.1.0#options
 */
import slugify from '@sindresorhus/slugify';

const OPTIONS = { decamelize: false, customReplacements: [["'", ''], ['’', '']] as [string, string][] };
/** Room for Strapi's "-1" … "-999" suffix on a taken slug. */
const SUFFIX_ROOM = 4;

export function slugFromTitle(text: string, maxLength = 100): string {
  const slug = slugify(text, OPTIONS);
  const limit = Math.max(maxLength - SUFFIX_ROOM, 1);
  if (slug.length <= limit) return slug;
  const cut = slug.slice(0, limit + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 0 ? cut.slice(0, atWord) : slug.slice(0, limit)).replace(/-+$/, '');
}
