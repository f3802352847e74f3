/**
 * Requests made from the OpenAPI document alone: valid values generated from each parameter's
 * schema, invalid ones by breaking one parameter at a time, serialised the way the document says
 * (Strapi's bracket notation for deep objects, comma lists for `form` without explode). Seeded, so
 * a failure is the same failure on the next run.
 */

/** The part of JSON Schema 2020-12 the document's parameter schemas use. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  examples?: unknown[];
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: Schema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

/** mulberry32: a small seeded PRNG (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['fp4', 'Megatron', 'training', 'quantization', '量化', 'a b', 'O\'Reilly', '%', '_'];

export class ValueGenerator {
  constructor(
    private readonly document: OpenApiDocument,
    private readonly random: () => number,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private integer(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = this.document.components.schemas[name];
    if (!target) throw new Error(`Unresolved $ref ${schema.$ref}`);
    return target;
  }

  /**
   * A value the schema accepts. `depth` counts `$ref`s followed: recursive filters ($or, $and,
   * $not) go one level deep, and nested objects take one property, so a query stays within the
   * CMS's budget of relations (3) and conditions (40) that no JSON Schema can express.
   */
  valid(schema: Schema, depth = 0, nested = false): unknown {
    if (schema.$ref) return this.valid(this.resolve(schema), depth + 1, nested);
    if (schema.examples?.length) return this.pick(schema.examples);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return this.pick(schema.enum);
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches) return this.valid(this.pick(branches), depth, nested);
    const type = Array.isArray(schema.type) ? this.pick(schema.type.filter((t) => t !== 'null')) : schema.type;
    switch (type) {
      case 'boolean':
        return this.random() < 0.5;
      case 'integer':
      case 'number':
        return this.integer(schema.minimum ?? 0, Math.min(schema.maximum ?? 3000, (schema.minimum ?? 0) + 3000));
      case 'string':
        if (schema.format === 'date') return `20${this.integer(10, 29)}-0${this.integer(1, 9)}-1${this.integer(0, 9)}`;
        if (schema.format === 'date-time') return `20${this.integer(10, 29)}-0${this.integer(1, 9)}-10T12:00:00.000Z`;
        return this.pick(WORDS);
      case 'array': {
        const count = this.integer(schema.minItems ?? 1, Math.min(schema.maxItems ?? 3, (schema.minItems ?? 1) + 2));
        return Array.from({ length: count }, () => this.valid(schema.items ?? {}, depth, true));
      }
      case 'object': {
        const names = Object.entries(schema.properties ?? {})
          .filter(([, property]) => !(property.$ref && depth >= 1) && !(this.refersToRecursion(property) && depth >= 1))
          .map(([name]) => name);
        const count = nested ? 1 : this.integer(1, Math.min(2, names.length));
        const chosen = new Set<string>();
        while (chosen.size < count && names.length > 0) chosen.add(this.pick(names));
        return Object.fromEntries([...chosen].map((name) => [name, this.valid(schema.properties![name], depth, true)]));
      }
      default:
        return this.pick(WORDS);
    }
  }

  private refersToRecursion(schema: Schema): boolean {
    return Boolean(schema.items?.$ref);
  }
}

/** Query string text of one parameter's value (Strapi reads it with qs). */
export function serialise(parameter: Parameter, value: unknown): string {
  const key = encodeURIComponent(parameter.name);
  if (parameter.style === 'deepObject') return brackets(key, value).join('&');
  if (Array.isArray(value)) {
    if (parameter.explode === false) return `${key}=${value.map((item) => encodeURIComponent(String(item))).join(',')}`;
    return value.map((item) => `${key}=${encodeURIComponent(String(item))}`).join('&');
  }
  return `${key}=${encodeURIComponent(String(value))}`;
}

function brackets(prefix: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => brackets(`${prefix}[${index}]`, item));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => brackets(`${prefix}[${encodeURIComponent(key)}]`, item));
  }
  return [`${prefix}=${encodeURIComponent(String(value))}`];
}

/** One parameter broken on purpose: what it holds, in the document's terms, is not accepted. */
export function invalidValue(generator: ValueGenerator, parameter: Parameter): string {
  const schema = generator.resolve(parameter.schema);
  const key = encodeURIComponent(parameter.name);
  if (parameter.style === 'deepObject') {
    return generator.pick([`${key}[noSuchField][$eq]=1`, `${key}[$noSuchOperator]=1`, `${key}=flat`]);
  }
  const variants = [`${key}=`, `${key}=%00`];
  if (schema.enum || schema.anyOf) variants.push(`${key}=not-a-value`);
  if (schema.type === 'integer') variants.push(`${key}=abc`, `${key}=-5`);
  if (schema.type === 'boolean') variants.push(`${key}=maybe`);
  return generator.pick(variants);
}

/** The media type of a Content-Type header, without parameters. */
export const mediaTypeOf = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase();
