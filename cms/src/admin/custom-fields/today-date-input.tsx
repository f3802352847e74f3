/**
 * A post's date, which a new post starts at today (the owner's calendar day): the date is required
 * and is almost always the day of writing, and a schema default cannot be "today". Any date the
 * form already holds (an existing post, a translation taking the post's date) is left alone; the
 * owner can pick another day as usual. The server dates a post created without one as well
 * (cms/src/api/blog-post/default-date.ts).
 */
import { InputRenderer, useField } from '@strapi/strapi/admin';
import { useEffect, type ReactNode } from 'react';

interface TodayDateInputProps {
  name: string;
  label?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  labelAction?: ReactNode;
}

/** Today as the date input stores it, YYYY-MM-DD, in the browser's time zone. */
export function todayInBrowser(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export default function TodayDateInput({ name, label, hint, required, disabled, placeholder, labelAction }: TodayDateInputProps) {
  const field = useField<string | null>(name);
  useEffect(() => {
    // Once, when the form opens: a date the owner clears afterwards stays cleared.
    if (!field.value && !field.initialValue) field.onChange(name, todayInBrowser());
  }, []);
  // Strapi's own date input, which reads and writes the form's value itself.
  return <InputRenderer type="date" name={name} label={label} hint={hint} required={required} disabled={disabled} placeholder={placeholder} labelAction={labelAction} />;
}
