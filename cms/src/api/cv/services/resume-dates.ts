/**
 * The owner types CV dates as they want them shown ("2021", "Sep 2021", "2021-09", "2021.9");
 * JSON Resume takes only `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. What cannot be read as one of those
 * is left out of the export rather than guessed.
 */
import { JSON_RESUME_DATE } from '@homepage/shared';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (month: number) => String(month).padStart(2, '0');

/** One date as JSON Resume writes it, or undefined when `value` names none (empty, "present", "soon"). */
export function toResumeDate(value: string | null | undefined): string | undefined {
  const text = value?.trim().toLowerCase() ?? '';
  if (JSON_RESUME_DATE.test(text)) return text;
  const numeric = /^([12]\d{3})[./-](\d{1,2})$/.exec(text);
  if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12) return `${numeric[1]}-${pad(Number(numeric[2]))}`;
  const named = /^([a-z]{3})[a-z]*\.?\s+([12]\d{3})$/.exec(text);
  const month = named ? MONTHS.indexOf(named[1]) : -1;
  if (named && month >= 0) return `${named[2]}-${pad(month + 1)}`;
  const year = /^([12]\d{3})$/.exec(text.replace(/\D+$/, ''));
  return year ? year[1] : undefined;
}

/** A span written as one string ("2024", "2024–2026", "2024-2026", "2024 - present") as start and end. */
export function toResumeSpan(value: string | null | undefined): { startDate?: string; endDate?: string } {
  const years = [...(value ?? '').matchAll(/[12]\d{3}/g)].map((match) => match[0]);
  if (years.length === 0) return {};
  const [first] = years;
  const last = years[years.length - 1];
  return last === first ? { startDate: first } : { startDate: first, endDate: last };
}
