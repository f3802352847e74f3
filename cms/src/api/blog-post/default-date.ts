/**
 * A new post without a date is dated today (the server's calendar day), whether it comes from the
 * admin UI, the Document Service or an import. The admin's date input already starts at today on a
 * new post (src/admin/custom-fields/); this covers everything else. A date that was given is kept.
 * A schema `default` cannot be "today": it is one fixed value.
 */
/** Today as YYYY-MM-DD in the server's time zone (a date-only field has no time zone of its own). */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Dates a new post's data today when it has no date. */
export function dateUndatedPost(data: Record<string, unknown> | undefined): void {
  if (data && (data.date === undefined || data.date === null || data.date === '')) data.date = today();
}
