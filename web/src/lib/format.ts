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
