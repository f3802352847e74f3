/** Pure text helpers shared by the seed importer, the CMS and the SPA. */

/** What a slug looks like (what slugify makes), unanchored: the query guard, the OpenAPI document and oEmbed's page matching all test against it. */
export const SLUG_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * Lower-case ASCII slug for URLs: `"FP8-LM: Training FP8 LLMs"` → `"fp8-lm-training-fp8-llms"`.
 * Characters outside ASCII letters and digits become separators; CJK-only titles yield `""`,
 * so callers must provide a fallback (Strapi's uid field does the same).
 */
export function slugify(text: string, maxLength = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/**
 * True when text shows the damage of UTF-8 read as Thai (TIS-620): the owner's source page
 * arrived as `(็็ๅฒ)` for 王瑞哲 and `Iโm` for I’m. Thai script never belongs in this site's
 * content, so any character of the Thai block is taken as damage.
 */
export function hasThaiMojibake(text: string): boolean {
  return /[\u0E00-\u0E7F]/.test(text);
}

/** True when text contains CJK ideographs (used to set `lang="zh"` on mixed content). */
export function containsCjk(text: string): boolean {
  return /[\u3400-\u9FFF\uF900-\uFAFF]/.test(text);
}

/** Text made safe inside HTML, in element content and in double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
