/**
 * zod drops keys its object schemas do not name, so `parse` alone would pass a response that
 * serves an undocumented (possibly private) field. This finds such keys, at any depth.
 */
import type { z } from 'zod';

interface Walkable {
  def: { type: string; catchall?: unknown };
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  unwrap?: () => z.ZodType;
}

/** Paths like `data[2].authors[0].email` of keys in `value` that `schema` does not describe. */
export function undescribedKeys(schema: z.ZodType, value: unknown, at = ''): string[] {
  const node = schema as unknown as Walkable;
  switch (node.def.type) {
    case 'optional':
    case 'nullable':
      return value === null || value === undefined ? [] : undescribedKeys(node.unwrap!(), value, at);
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, i) => undescribedKeys(node.element!, item, `${at}[${i}]`)) : [];
    case 'object': {
      if (value === null || typeof value !== 'object') return [];
      const shape = node.shape ?? {};
      // A loose object (e.g. media) accepts any further key by design.
      const extra = node.def.catchall ? [] : Object.keys(value).filter((key) => !(key in shape));
      const nested = Object.entries(shape).flatMap(([key, inner]) =>
        undescribedKeys(inner, (value as Record<string, unknown>)[key], at ? `${at}.${key}` : key),
      );
      return [...extra.map((key) => (at ? `${at}.${key}` : key)), ...nested];
    }
    default:
      return [];
  }
}
