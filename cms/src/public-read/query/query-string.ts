/**
 * The one reading of a request's query string. Strapi's `strapi::query` middleware parses it with
 * qs and these options (config/middlewares.ts passes them to it), and the response cache keys
 * its entries by the same parse: two URLs share a cached answer exactly when Strapi reads them
 * alike. A key made from the raw text instead would merge `sort[]=a&sort=b` with `sort=b&sort[]=a`
 * (Strapi reads ['a','b'] and ['b','a']) and `?a` with `?a=` (null and '').
 * https://github.com/ljharb/qs#parsing-objects
 */
import qs from 'qs';

/** Strapi 5's own defaults for `strapi::query` (@strapi/core/dist/middlewares/query.js). */
export const QUERY_PARSER_OPTIONS = { strictNullHandling: true, arrayLimit: 100, depth: 20 } as const;

export type ParsedQuery = Record<string, unknown>;

export function parseQuery(querystring: string): ParsedQuery {
  return qs.parse(querystring, QUERY_PARSER_OPTIONS) as ParsedQuery;
}

/**
 * The cache key of a request: its path and its parsed query as JSON, with object keys sorted
 * (`pagination[page]=1&pagination[pageSize]=3` in either order reads the same) except under
 * `sort`, whose key order is the sort order (`sort[year]=desc&sort[title]=asc` sorts by year
 * first). Lists keep their order everywhere.
 */
export function requestKey(path: string, querystring: string): string {
  if (!querystring) return path;
  const parsed = parseQuery(querystring);
  const names = Object.keys(parsed).sort();
  if (names.length === 0) return path;
  const query = Object.fromEntries(names.map((name) => [name, name === 'sort' ? parsed[name] : withSortedKeys(parsed[name])]));
  return `${path}?${JSON.stringify(query)}`;
}

function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, withSortedKeys(object[key])]));
}
