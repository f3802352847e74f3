/**
 * Checks a public list/item query before it reaches the database, so hostile or malformed input
 * is a 400 that names the parameter, never a 500 from the SQL driver: pagination must be sane
 * integers within the API's limits, filter values must fit their field's type and size, and
 * filters may not nest without bound. Strapi's own strictParams validation still runs after this
 * (unknown keys, private fields, operators).
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const MAX_VALUE_LENGTH = 1000;
const MAX_DEPTH = 8;
const MAX_PAGE = 10_000;

type Attribute = { type: string; target?: string; component?: string };
type Query = Record<string, unknown>;

function fail(message: string): never {
  throw new errors.ValidationError(message);
}

function integerParam(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    fail(`${name}=${JSON.stringify(value).slice(0, 60)} must be a whole number from ${min} to ${max}`);
  }
}

export function checkPagination(pagination: unknown, maxLimit: number): void {
  if (pagination === undefined) return;
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) {
    fail('pagination must be an object, e.g. pagination[page]=2&pagination[pageSize]=25');
  }
  for (const [key, value] of Object.entries(pagination)) {
    if (key === 'page') integerParam('pagination[page]', value, 1, MAX_PAGE);
    else if (key === 'pageSize') integerParam('pagination[pageSize]', value, 1, maxLimit);
    else if (key === 'start') integerParam('pagination[start]', value, 0, MAX_PAGE * maxLimit);
    else if (key === 'limit') integerParam('pagination[limit]', value, 1, maxLimit);
    else if (key === 'withCount') {
      if (value !== 'true' && value !== 'false') fail('pagination[withCount] must be true or false');
    } else fail(`Unknown pagination key "${key.slice(0, 40)}" (page, pageSize, start, limit, withCount)`);
  }
}

const NUMERIC = new Set(['integer', 'biginteger', 'float', 'decimal']);

function checkScalar(path: string, type: string | undefined, value: unknown): void {
  if (typeof value !== 'string') fail(`filters${path} must be a single value`);
  if (value.length > MAX_VALUE_LENGTH) fail(`filters${path} is longer than ${MAX_VALUE_LENGTH} characters`);
  if (value.includes('\u0000')) fail(`filters${path} contains a NUL character`);
  if (/[\uD800-\uDFFF]/u.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) fail(`filters${path} contains a lone surrogate`);
  if (type && NUMERIC.has(type) && !/^-?\d+(\.\d+)?$/.test(value)) {
    fail(`filters${path}="${value.slice(0, 60)}" must be a number, e.g. 2025`);
  }
  if (type === 'boolean' && !['true', 'false', '1', '0'].includes(value)) {
    fail(`filters${path}="${value.slice(0, 60)}" must be true or false`);
  }
}

export function createQueryGuard(strapi: Core.Strapi) {
  const attributesOf = (uid: string): Record<string, Attribute> =>
    ((strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>);

  function checkFilters(value: unknown, uid: string, path: string, depth: number, fieldType?: string): void {
    if (depth > MAX_DEPTH) fail(`filters nest deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(value)) {
      if (value.length > 100) fail(`filters${path} lists more than 100 values`);
      value.forEach((item, index) => checkFilters(item, uid, `${path}[${index}]`, depth + 1, fieldType));
      return;
    }
    if (typeof value !== 'object' || value === null) {
      checkScalar(path, fieldType, value);
      return;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 50) fail(`filters${path} has more than 50 keys`);
    for (const [key, child] of entries) {
      const childPath = `${path}[${key.slice(0, 40)}]`;
      if (key === '$null' || key === '$notNull') {
        checkScalar(childPath, 'boolean', child);
      } else if (key.startsWith('$')) {
        // An operator: $and/$or/$not keep the current model; others compare the current field.
        checkFilters(child, uid, childPath, depth + 1, ['$and', '$or', '$not'].includes(key) ? undefined : fieldType);
      } else {
        const attribute = attributesOf(uid)[key];
        // Unknown keys are left to Strapi's strictParams, which refuses them with its own 400.
        if (!attribute) continue;
        const next = attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : undefined;
        checkFilters(child, next ?? uid, childPath, depth + 1, next ? undefined : attribute.type);
      }
    }
  }

  /** Throws a 400 ValidationError for a query that must not reach the database. */
  return function guardQuery(query: Query, uid: string): void {
    for (const [key, value] of Object.entries(query)) {
      if (key.length > 100) fail('A query parameter name is longer than 100 characters');
      if (typeof value === 'string' && value.length > MAX_VALUE_LENGTH) fail(`Query parameter "${key.slice(0, 40)}" is too long`);
    }
    // Strapi's `_q` full-text search matches every text column, private ones (internalNote)
    // included: a count oracle for private data. Public search uses filters ($containsi).
    if (query._q !== undefined) fail('_q is not supported: search with filters, e.g. filters[$or][0][title][$containsi]=fp4');
    checkPagination(query.pagination, strapi.config.get<number>('api.rest.maxLimit', 100));
    if (query.filters !== undefined) checkFilters(query.filters, uid, '', 0);
  };
}
