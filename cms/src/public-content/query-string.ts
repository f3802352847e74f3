/**
 * The one reading of a request's query string. Strapi's `strapi::query` middleware parses it with
 * qs and these options (config/middlewares.ts passes them explicitly), and the response cache keys
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
 * The cache key of a request: its path and its parsed query as JSON. Top-level parameters are
 * sorted (their order never matters to Strapi); nested keys keep their order, which can matter
 * (`sort[year]=desc&sort[title]=asc` sorts by year first).
 */
export function requestKey(path: string, querystring: string): string {
  if (!querystring) return path;
  const parsed = parseQuery(querystring);
  const names = Object.keys(parsed).sort();
  if (names.length === 0) return path;
  return `${path}?${JSON.stringify(names.map((name) => [name, parsed[name]]))}`;
}
