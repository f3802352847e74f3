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
/** Strapi's comparison operators (https://docs.strapi.io/cms/api/rest/filters); others are refused. */
const SCALAR_OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$null', '$notNull', '$between', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi',
]);
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);
/** PostgreSQL's `integer` column range: larger values are a 400 here, not a driver error. */
const MAX_INT = 2_147_483_647;

function checkScalar(path: string, type: string | undefined, value: unknown): void {
  if (typeof value !== 'string') fail(`filters${path} must be a single value`);
  if (value.length > MAX_VALUE_LENGTH) fail(`filters${path} is longer than ${MAX_VALUE_LENGTH} characters`);
  if (value.includes('\u0000')) fail(`filters${path} contains a NUL character`);
  if (/[\uD800-\uDFFF]/u.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) fail(`filters${path} contains a lone surrogate`);
  if (type && NUMERIC.has(type) && !/^-?\d{1,15}(\.\d{1,15})?$/.test(value)) {
    fail(`filters${path}="${value.slice(0, 60)}" must be a number, e.g. 2025`);
  }
  if (type === 'integer' && (!/^-?\d+$/.test(value) || Math.abs(Number(value)) > MAX_INT)) {
    fail(`filters${path}="${value.slice(0, 60)}" must be a whole number up to ${MAX_INT}`);
  }
  if (type === 'boolean' && !['true', 'false', '1', '0'].includes(value)) {
    fail(`filters${path}="${value.slice(0, 60)}" must be true or false`);
  }
}

export function createQueryGuard(strapi: Core.Strapi) {
  const attributesOf = (uid: string): Record<string, Attribute> =>
    ((strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>);

  /**
   * Filters on a model (`uid`): an object whose keys are fields of the model or the logical
   * operators $and/$or (an array of such objects) and $not (one such object).
   */
  function checkModelFilters(value: unknown, uid: string, path: string, depth: number): void {
    if (depth > MAX_DEPTH) fail(`filters nest deeper than ${MAX_DEPTH} levels`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(`filters${path} must be an object of fields, e.g. filters${path}[slug][$eq]=fp4-training`);
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 50) fail(`filters${path} has more than 50 keys`);
    for (const [key, child] of entries) {
      const childPath = `${path}[${key.slice(0, 40)}]`;
      if (key === '$and' || key === '$or') {
        if (!Array.isArray(child) || child.length > 50) fail(`filters${childPath} must be a list of conditions, e.g. ${childPath}[0][title][$containsi]=x`);
        child.forEach((item, index) => checkModelFilters(item, uid, `${childPath}[${index}]`, depth + 1));
      } else if (key === '$not') {
        checkModelFilters(child, uid, childPath, depth + 1);
      } else if (key.startsWith('$')) {
        fail(`filters${childPath}: the operator ${key.slice(0, 20)} must follow a field, e.g. filters[year][${key.slice(0, 20)}]=2025`);
      } else {
        checkField(key, child, uid, childPath, depth + 1);
      }
    }
  }

  function checkField(key: string, value: unknown, uid: string, path: string, depth: number): void {
    // i18n's link to a document's other language versions reaches their drafts too: a filter on it
    // would tell whether an unpublished translation contains a word.
    if (key === 'localizations') fail(`filters${path}: localizations cannot be filtered on; ask for a language with locale=`);
    const attribute = key === 'id' ? { type: 'integer' } : key === 'documentId' ? { type: 'string' } : attributesOf(uid)[key];
    // Unknown keys are left to Strapi's strictParams, which refuses them with its own 400.
    if (!attribute) return;
    const target =
      attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : attribute.type === 'media' ? 'plugin::upload.file' : undefined;
    if (target) {
      // A relation, component or media takes conditions on its own fields (or $null/$notNull).
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const keys = Object.keys(value);
        const nullCheck = keys.length === 1 && (keys[0] === '$null' || keys[0] === '$notNull');
        if (nullCheck) return checkOperator(keys[0], (value as Record<string, unknown>)[keys[0]], 'boolean', `${path}[${keys[0]}]`);
      }
      return checkModelFilters(value, target, path, depth);
    }
    if (attribute.type === 'json' || attribute.type === 'blocks' || attribute.type === 'dynamiczone') {
      fail(`filters${path}: ${key.slice(0, 40)} cannot be filtered on`);
    }
    // A scalar field: a value (shorthand for $eq) or an object of operators.
    if (typeof value !== 'object' || value === null) return checkScalar(path, attribute.type, value);
    if (Array.isArray(value)) fail(`filters${path} must be a value or operators, e.g. filters${path}[$eq]=x`);
    const operators = Object.entries(value as Record<string, unknown>);
    if (operators.length > 10) fail(`filters${path} has more than 10 operators`);
    for (const [operator, operand] of operators) checkOperator(operator, operand, attribute.type, `${path}[${operator.slice(0, 20)}]`);
  }

  function checkOperator(operator: string, operand: unknown, type: string, path: string): void {
    if (operator === '$not') {
      if (typeof operand !== 'object' || operand === null || Array.isArray(operand)) fail(`filters${path} must hold operators`);
      for (const [inner, innerOperand] of Object.entries(operand)) checkOperator(inner, innerOperand, type, `${path}[${inner.slice(0, 20)}]`);
      return;
    }
    if (!SCALAR_OPERATORS.has(operator)) {
      fail(`filters${path}: unknown operator, use one of ${[...SCALAR_OPERATORS].join(', ')}`);
    }
    if (operator === '$null' || operator === '$notNull') return checkScalar(path, 'boolean', operand);
    if (LIST_OPERATORS.has(operator)) {
      const list = Array.isArray(operand) ? operand : [operand];
      if (list.length > 100) fail(`filters${path} lists more than 100 values`);
      if (operator === '$between' && (!Array.isArray(operand) || operand.length !== 2)) {
        fail(`filters${path} takes exactly two values, e.g. ${path}[0]=2023&${path}[1]=2025`);
      }
      list.forEach((item, index) => checkScalar(`${path}[${index}]`, type, item));
      return;
    }
    checkScalar(path, type, operand);
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
    if (JSON.stringify(query.sort ?? '').includes('localizations')) fail('sort: localizations cannot be sorted on');
    if (query.filters !== undefined) checkModelFilters(query.filters, uid, '', 0);
  };
}
