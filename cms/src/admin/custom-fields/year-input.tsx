/**
 * The year of a publication as typed: "2026". Strapi's number input formats its value with the
 * admin's locale ("2,026"), which reads as a quantity, not a year. Stores an integer; anything
 * that is not digits is kept as typed so the form's own check says what is wrong.
 */
import { Field, TextInput } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';

interface YearInputProps {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  labelAction?: ReactNode;
}

/** What the form stores for what was typed: an integer, nothing, or the text itself (invalid). */
export function yearValue(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export default function YearInput({ name, label, hint, required, disabled, placeholder, labelAction }: YearInputProps) {
  const field = useField<number | string | null>(name);
  const ref = useFocusInputField<HTMLInputElement>(name);
  return (
    <Field.Root name={name} error={field.error} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <TextInput
        ref={ref}
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        disabled={disabled}
        value={field.value === null || field.value === undefined ? '' : String(field.value)}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => field.onChange(name, yearValue(event.target.value))}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
