/**
 * Serialises Strapi REST parameters the way its `qs` parser reads them:
 * `{ filters: { kind: { $eq: 'preprint' } } }` → `filters[kind][$eq]=preprint`, arrays by index.
 * Hand-written (not URLSearchParams, which knows no nesting) so the output is stable and doubles as a cache key.
 * https://docs.strapi.io/cms/api/rest/parameters
 */
export type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

export function encodeStrapiQuery(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  const walk = (prefix: string, value: QueryValue): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(prefix ? `${prefix}[${key}]` : key, child);
    } else {
      parts.push(`${encodeKey(prefix)}=${encodeURIComponent(String(value))}`);
    }
  };
  walk('', params);
  return parts.join('&');
}

// Brackets and `$` stay readable in logs; Strapi decodes either form.
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%24/g, '$');
}
