/**
 * The admin half of the site's custom fields (the server half, with the why, is
 * cms/src/custom-fields/register-custom-fields.ts; the names must match): their inputs, and the
 * year's list column, which Strapi's list view would otherwise format as a number ("2,026").
 * https://docs.strapi.io/cms/features/custom-fields
 */
import { Typography } from '@strapi/design-system';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ComponentType } from 'react';

const YEAR = 'global::year';

/** Strapi types a custom field's input as taking no props; the content manager gives it the field's. */
const input = (load: () => Promise<{ default: ComponentType<never> }>) => load as unknown as () => Promise<{ default?: ComponentType }>;

export function registerCustomFields(app: StrapiApp): void {
  app.customFields.register([
    {
      name: 'year',
      type: 'integer',
      intlLabel: { id: 'homepage.custom-field.year.label', defaultMessage: 'Year' },
      intlDescription: { id: 'homepage.custom-field.year.description', defaultMessage: 'A year, shown as typed (2026)' },
      components: { Input: input(() => import('./year-input')) },
    },
    {
      name: 'today-date',
      type: 'date',
      intlLabel: { id: 'homepage.custom-field.today-date.label', defaultMessage: 'Date, today by default' },
      intlDescription: { id: 'homepage.custom-field.today-date.description', defaultMessage: 'A date that a new entry starts at today' },
      components: { Input: input(() => import('./today-date-input')) },
    },
  ]);
}

interface ListHeader {
  name: string;
  attribute?: { customField?: string };
  cellFormatter?: (row: Record<string, unknown>) => React.ReactNode;
}

/** For the content manager's list-view hook (Admin/CM/pages/ListView/inject-column-in-table). */
export function showYearsAsTyped({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute?.customField === YEAR
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <Typography textColor="neutral800">{String(row[header.name] ?? '-')}</Typography> }
        : header,
    ),
  };
}
