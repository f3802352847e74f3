/**
 * Two fields whose stock admin input does not suit this site; their inputs are in
 * src/admin/custom-fields/ (registered under the same names in src/admin/app.tsx):
 * - `global::year`: an integer the admin shows as typed, "2026", where the stock number input and
 *   list cell group digits by the admin's locale ("2,026");
 * - `global::today-date`: a date that a new entry starts at today (a post's date).
 * A custom field is stored as its base type (integer, date): the database columns, the public API
 * and its OpenAPI document are the same as before. https://docs.strapi.io/cms/features/custom-fields
 */
import type { Core } from '@strapi/strapi';

export function registerCustomFields(strapi: Core.Strapi): void {
  strapi.customFields.register([
    { name: 'year', type: 'integer' },
    { name: 'today-date', type: 'date' },
  ]);
}
