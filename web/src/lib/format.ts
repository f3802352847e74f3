import type { SiteLocale } from '@homepage/shared';

const dateFormats = new Map<SiteLocale, Intl.DateTimeFormat>();

/**
 * `"2025-01-28"` → `"Jan 28, 2025"` (en) or `"2025年1月28日"` (zh); dates are calendar days, so
 * UTC avoids off-by-one shifts.
 */
export function formatDate(isoDate: string, locale: SiteLocale = 'en'): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** First sentence-ish of a text, at most `max` characters, for meta descriptions. */
export function excerpt(text: string | null | undefined, max = 180): string {
  const plain = (text ?? '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/**
 * The first sentence of a summary, at most `max` characters: one line in a list that links to the
 * full text (the home page's selected works). Chinese full stops end a sentence too.
 */
export function summaryLine(text: string | null | undefined, max = 120): string {
  const plain = (text ?? '').replace(/\s+/g, ' ').trim();
  const sentence = /^.+?(?:[.!?](?=\s)|[。！？])/.exec(plain)?.[0] ?? plain;
  return excerpt(sentence, max);
}

/**
 * Up to two letters standing for a name, for a portrait placeholder: the first letters of its
 * first and last words (`Ruizhe Wang` → `RW`), or the first character of a name written without
 * spaces (`王瑞哲` → `王`).
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = (word: string) => [...word][0]?.toLocaleUpperCase() ?? '';
  return /^\p{Script=Han}/u.test(first) || !last ? initial(first) : `${initial(first)}${initial(last)}`;
}

/** `start–end`, `start–present` while ongoing, or the one date given (education, positions). */
export function yearSpan(start: string | null, end: string | null, present: string): string {
  if (start && end) return start === end ? start : `${start}–${end}`;
  if (start) return `${start}–${present}`;
  return end ?? '';
}

/**
 * A venue with the year once: `ICML 2025` as given (an accepted paper's venue may name the year
 * it appears, not the preprint's), `NeurIPS` → `NeurIPS 2025`, no venue → `2025`.
 */
export function venueWithYear(venue: string | null | undefined, year: number): string {
  if (!venue) return String(year);
  return /\b\d{4}\b/.test(venue) ? venue : `${venue} ${year}`;
}
