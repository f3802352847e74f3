/**
 * The documentId a to-one relation will hold after a save, from the shapes the Document Service
 * accepts: a documentId or id, `{ documentId }` / `{ id }`, a list, `{ connect, disconnect, set }`,
 * or null. https://docs.strapi.io/cms/api/document-service/relations
 */
import type { Core, UID } from '@strapi/strapi';

type Ref = string | number | { documentId?: string; id?: number };

export async function relationAfterSave(
  strapi: Core.Strapi,
  target: UID.ContentType,
  input: unknown,
  current: string | null,
): Promise<string | null> {
  if (input === undefined) return current;
  if (input === null) return null;
  const ref = pick(input, current);
  if (ref === 'unchanged') return current;
  if (ref === null) return null;
  if (typeof ref === 'string') return ref;
  if (typeof ref === 'object' && ref.documentId) return ref.documentId;
  const id = typeof ref === 'number' ? ref : ref.id;
  if (id === undefined) return current;
  const row = (await strapi.db.query(target).findOne({ where: { id }, select: ['documentId'] })) as { documentId?: string } | null;
  return row?.documentId ?? null;
}

function pick(input: unknown, current: string | null): Ref | null | 'unchanged' {
  if (Array.isArray(input)) return (input.at(-1) as Ref | undefined) ?? null;
  if (typeof input === 'string' || typeof input === 'number') return input;
  if (typeof input !== 'object' || input === null) return 'unchanged';
  const { connect, disconnect, set } = input as { connect?: unknown; disconnect?: unknown; set?: unknown };
  if (set !== undefined) return pick(set, current);
  const connected = Array.isArray(connect) ? connect : connect !== undefined ? [connect] : [];
  if (connected.length) return connected.at(-1) as Ref;
  if (connect === undefined && disconnect === undefined) return input as Ref;
  const dropped = Array.isArray(disconnect) ? disconnect : disconnect !== undefined ? [disconnect] : [];
  return dropped.length && current ? null : 'unchanged';
}
