/**
 * Checks a public list/item query before it reaches the database, so hostile or malformed input
 * is a 400 that names the parameter, never a 500 from the SQL driver or a query that holds the
 * database for minutes:
 * - pagination must be sane integers within the API's limits;
 * - `fields` and `sort` name the content type's real public fields (an `Object.prototype` name or
 *   an empty segment used to reach SQL as a column);
 * - filter values fit their field's type and size, and filters may not nest without bound;
 * - a query budget: each relation, component or media a filter or sort goes through is a join
 *   (two tables), and joins multiply rows, so `filters[$or][0..13][tags][slug]=…` took 6.9 s on
 *   SQLite (which blocks the event loop meanwhile) and 33 branches exceed its 64-table limit.
 * Strapi's own strictParams validation still runs after this (unknown keys, operators).
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { QUERY_LIMITS } from '@homepage/shared';
import { isLocalizedType } from '../../i18n/published-versions';

const { maxValueLength: MAX_VALUE_LENGTH, maxPage: MAX_PAGE, maxInt: MAX_INT, maxJoins: MAX_JOINS, maxConditions: MAX_CONDITIONS } = QUERY_LIMITS;
const MAX_DEPTH = 8;
/** Segments of a sort path (`tags.name` is two). */
const MAX_SORT_PATH = 3;

type Attribute = { type: string; target?: string; component?: string; private?: boolean };
type Query = Record<string, unknown>;

/** What one query may still spend; every check of one query shares it. */
interface Budget {
  joins: number;
  conditions: number;
}

const NESTED = new Set(['relation', 'component', 'dynamiczone', 'media']);

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

function spendJoin(budget: Budget, where: string): void {
  budget.joins -= 1;
  if (budget.joins < 0) {
    fail(`${where}: the query goes through more than ${MAX_JOINS} relations, components or media (filters and sort together); split it into several requests`);
  }
}

function tooManyConditions(path: string): never {
  return fail(`filters${path}: more than ${MAX_CONDITIONS} conditions in one query`);
}

function spendCondition(budget: Budget, path: string): void {
  budget.conditions -= 1;
  if (budget.conditions < 0) tooManyConditions(path);
}

function checkCondition(path: string, type: string | undefined, value: unknown, budget: Budget): void {
  spendCondition(budget, path);
  checkScalar(path, type, value);
}

const SORT_ORDER = /^(asc|desc)$/i;

export function createQueryGuard(strapi: Core.Strapi) {
  const attributesOf = (uid: string): Record<string, Attribute> =>
    ((strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>);

  /** The attribute `name` of `uid` when the public may read it, else undefined. */
  function publicAttribute(uid: string, name: string): Attribute | undefined {
    if (name === 'id') return { type: 'integer' };
    if (name === 'documentId') return { type: 'string' };
    // Own properties only: `constructor`, `__proto__` and the like are no field of any model.
    const attributes = attributesOf(uid);
    const attribute = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
    if (!attribute || attribute.private) return undefined;
    // Every model has `locale`; it is a field only where i18n localises the type.
    if (name === 'locale' && !isLocalizedType(strapi, uid)) return undefined;
    return attribute;
  }

  const scalarNames = (uid: string) => ['id', 'documentId', ...publicScalarFields(strapi, uid)];

  /** `fields`: `*`, or field names (a comma-separated text or a list), each a public scalar field. */
  function checkFields(fields: unknown, uid: string): void {
    if (fields === undefined || fields === '*') return;
    const texts = typeof fields === 'string' ? [fields] : fields;
    const example = () => `e.g. fields=${scalarNames(uid).slice(2, 4).join(',')}`;
    if (!Array.isArray(texts) || texts.length > 50 || !texts.every((item) => typeof item === 'string')) {
      fail(`fields must be * or a list of field names, ${example()}`);
    }
    for (const name of texts.flatMap((text: string) => text.split(',')).map((text) => text.trim())) {
      const attribute = name === '' ? undefined : publicAttribute(uid, name);
      if (!attribute || NESTED.has(attribute.type)) {
        fail(`fields: "${name.slice(0, 40)}" is not a field of this content (${scalarNames(uid).join(', ')}), ${example()}`);
      }
    }
  }

  /** A sort path (`title`, `tags.name`): relations on the way, a public scalar field at the end. */
  function checkSortPath(path: string[], uid: string, budget: Budget): void {
    if (path.length > MAX_SORT_PATH) fail(`sort: "${path.join('.').slice(0, 60)}" goes deeper than ${MAX_SORT_PATH} levels`);
    let model = uid;
    path.forEach((segment, index) => {
      const attribute = segment === '' ? undefined : publicAttribute(model, segment);
      const last = index === path.length - 1;
      const target = attribute?.type === 'relation' ? attribute.target : attribute?.type === 'component' ? attribute.component : undefined;
      if (attribute && !last && target) {
        spendJoin(budget, 'sort');
        model = target;
        return;
      }
      if (!attribute || !last || NESTED.has(attribute.type)) {
        fail(`sort: "${path.join('.').slice(0, 60)}" is not a field to sort by, e.g. sort=${scalarNames(uid)[2] ?? 'id'}:desc`);
      }
    });
  }

  function checkSortText(text: string, uid: string, budget: Budget): void {
    for (const segment of text.split(',')) {
      const [field, order, extra] = segment.trim().split(':');
      if (extra !== undefined || (order !== undefined && !SORT_ORDER.test(order.trim()))) {
        fail(`sort: "${segment.slice(0, 60)}" must be a field with an optional :asc or :desc, e.g. sort=date:desc`);
      }
      checkSortPath(field.trim().split('.'), uid, budget);
    }
  }

  /** Object form: `sort[date]=desc`, `sort[tags][name]=asc`. */
  function checkSortObject(sort: Record<string, unknown>, uid: string, path: string[], budget: Budget): void {
    const entries = Object.entries(sort);
    if (entries.length === 0 || entries.length > 10) fail('sort: give one to ten fields, e.g. sort[date]=desc');
    for (const [field, order] of entries) {
      if (typeof order === 'string' && SORT_ORDER.test(order)) checkSortPath([...path, field], uid, budget);
      else if (typeof order === 'object' && order !== null && !Array.isArray(order) && path.length < MAX_SORT_PATH) {
        checkSortObject(order as Record<string, unknown>, uid, [...path, field], budget);
      } else fail(`sort[${[...path, field].join('][').slice(0, 60)}] must be asc or desc`);
    }
  }

  /** `sort` in each form Strapi reads: a text, a list of texts, an object, a list of objects. */
  function checkSort(sort: unknown, uid: string, budget: Budget): void {
    if (sort === undefined) return;
    const items = Array.isArray(sort) ? sort : [sort];
    if (items.length === 0 || items.length > 10) fail('sort: give one to ten fields, e.g. sort=date:desc');
    // Strapi reads a list as all texts or all objects; a mix reaches its parser half-understood.
    if (new Set(items.map((item) => typeof item)).size > 1) fail('sort: give every item as text (sort[0]=year:desc) or every item as an object (sort[0][year]=desc)');
    for (const item of items) {
      if (typeof item === 'string') checkSortText(item, uid, budget);
      else if (typeof item === 'object' && item !== null && !Array.isArray(item)) checkSortObject(item as Record<string, unknown>, uid, [], budget);
      else fail('sort must be a field with an optional :asc or :desc, e.g. sort=date:desc');
    }
  }

  /**
   * Filters on a model (`uid`): an object whose keys are fields of the model or the logical
   * operators $and/$or (an array of such objects) and $not (one such object).
   */
  function checkModelFilters(value: unknown, uid: string, path: string, depth: number, budget: Budget): void {
    if (depth > MAX_DEPTH) fail(`filters nest deeper than ${MAX_DEPTH} levels`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(`filters${path} must be an object of fields, e.g. filters${path}[slug][$eq]=fp4-training`);
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 50) fail(`filters${path} has more than 50 keys`);
    for (const [key, child] of entries) {
      const childPath = `${path}[${key.slice(0, 40)}]`;
      if (key === '$and' || key === '$or') {
        // A list longer than the whole condition budget is refused before it is walked; the query
        // parser turns one longer than its arrayLimit (100) into an object keyed by index.
        const items = Array.isArray(child) ? child : Object.keys(child ?? {}).filter((index) => /^\d+$/.test(index));
        if (items.length > MAX_CONDITIONS) tooManyConditions(childPath);
        if (!Array.isArray(child)) fail(`filters${childPath} must be a list of conditions, e.g. ${childPath}[0][title][$containsi]=x`);
        child.forEach((item, index) => checkModelFilters(item, uid, `${childPath}[${index}]`, depth + 1, budget));
      } else if (key === '$not') {
        checkModelFilters(child, uid, childPath, depth + 1, budget);
      } else if (key.startsWith('$')) {
        fail(`filters${childPath}: the operator ${key.slice(0, 20)} must follow a field, e.g. filters[year][${key.slice(0, 20)}]=2025`);
      } else {
        checkField(key, child, uid, childPath, depth + 1, budget);
      }
    }
  }

  function checkField(key: string, value: unknown, uid: string, path: string, depth: number, budget: Budget): void {
    // i18n's link to a document's other language versions reaches their drafts too: a filter on it
    // would tell whether an unpublished translation contains a word.
    if (key === 'localizations') fail(`filters${path}: localizations cannot be filtered on; ask for a language with locale=`);
    const attribute = publicAttribute(uid, key);
    if (!attribute) fail(`filters${path}: "${key.slice(0, 40)}" is not a field of this content, e.g. filters[${scalarNames(uid)[2] ?? 'id'}][$eq]=…`);
    const target =
      attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : attribute.type === 'media' ? 'plugin::upload.file' : undefined;
    if (target) {
      spendJoin(budget, `filters${path}`);
      // A relation, component or media takes conditions on its own fields (or $null/$notNull).
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const keys = Object.keys(value);
        const nullCheck = keys.length === 1 && (keys[0] === '$null' || keys[0] === '$notNull');
        if (nullCheck) return checkOperator(keys[0], (value as Record<string, unknown>)[keys[0]], 'boolean', `${path}[${keys[0]}]`, budget);
      }
      return checkModelFilters(value, target, path, depth, budget);
    }
    if (attribute.type === 'json' || attribute.type === 'blocks' || attribute.type === 'dynamiczone') {
      fail(`filters${path}: ${key.slice(0, 40)} cannot be filtered on`);
    }
    // A scalar field: a value (shorthand for $eq) or an object of operators.
    if (typeof value !== 'object' || value === null) return checkCondition(path, attribute.type, value, budget);
    if (Array.isArray(value)) fail(`filters${path} must be a value or operators, e.g. filters${path}[$eq]=x`);
    const operators = Object.entries(value as Record<string, unknown>);
    if (operators.length > 10) fail(`filters${path} has more than 10 operators`);
    for (const [operator, operand] of operators) checkOperator(operator, operand, attribute.type, `${path}[${operator.slice(0, 20)}]`, budget);
  }

  function checkOperator(operator: string, operand: unknown, type: string, path: string, budget: Budget): void {
    if (operator === '$not') {
      if (typeof operand !== 'object' || operand === null || Array.isArray(operand)) fail(`filters${path} must hold operators`);
      for (const [inner, innerOperand] of Object.entries(operand)) checkOperator(inner, innerOperand, type, `${path}[${inner.slice(0, 20)}]`, budget);
      return;
    }
    spendCondition(budget, path);
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
    // Strapi's `_q` full-text search matches every text column, private ones (internalNote)
    // included: a count oracle for private data. Public search uses filters ($containsi).
    if (query._q !== undefined) fail('_q is not supported: search with filters, e.g. filters[$or][0][title][$containsi]=fp4');
    checkPagination(query.pagination, strapi.config.get<number>('api.rest.maxLimit', 100));
    const budget: Budget = { joins: MAX_JOINS, conditions: MAX_CONDITIONS };
    checkFields(query.fields, uid);
    if (JSON.stringify(query.sort ?? '').includes('localizations')) fail('sort: localizations cannot be sorted on');
    checkSort(query.sort, uid, budget);
    if (query.filters !== undefined) checkModelFilters(query.filters, uid, '', 0, budget);
  };
}

/** A content type's own public fields (no relations, components, media or private fields). */
export function publicScalarFields(strapi: Core.Strapi, uid: string): string[] {
  const attributes = (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>;
  const localized = isLocalizedType(strapi, uid);
  return Object.entries(attributes)
    .filter(([name, attribute]) => !NESTED.has(attribute.type) && !attribute.private && (name !== 'locale' || localized))
    .map(([name]) => name);
}
