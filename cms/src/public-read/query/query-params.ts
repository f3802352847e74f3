/**
 * Validation of the few query parameters the feed, citation and sitemap routes take. Bad values
 * are a 400 with a message that echoes the value and shows a good one; never a 500.
 */
import { errors } from '@strapi/utils';
import { PUBLICATION_KINDS, SLUG_PATTERN, type PublicationKind } from '@homepage/shared';
import type { PostFilters, PublicationFilters } from '../published-content';

type Query = Record<string, unknown>;

const SLUG = new RegExp(`^${SLUG_PATTERN}$`);

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new errors.ValidationError(`Query parameter "${name}" must be given once as plain text, e.g. ?${name}=…`);
  }
  return value;
}

function slugParam(query: Query, name: string): string | undefined {
  const value = single(query, name);
  if (value !== undefined && (!SLUG.test(value) || value.length > 100)) {
    throw new errors.ValidationError(`Query parameter ${name}="${value.slice(0, 100)}" is not a slug, e.g. ${name}=quantization`);
  }
  return value;
}

export function postFilters(query: Query, allowed: readonly string[] = ['tag']): PostFilters {
  rejectUnknown(query, allowed);
  return { tag: slugParam(query, 'tag') };
}

export function publicationFilters(query: Query): PublicationFilters {
  rejectUnknown(query, ['kind', 'year', 'tag', 'selected']);
  const filters: PublicationFilters = { tag: slugParam(query, 'tag') };
  const kind = single(query, 'kind');
  if (kind !== undefined) {
    if (!(PUBLICATION_KINDS as readonly string[]).includes(kind)) {
      throw new errors.ValidationError(`kind="${kind.slice(0, 100)}" is not one of ${PUBLICATION_KINDS.join(', ')}`);
    }
    filters.kind = kind as PublicationKind;
  }
  const year = single(query, 'year');
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new errors.ValidationError(`year="${year.slice(0, 100)}" must be a four-digit year, e.g. year=2025`);
    filters.year = Number(year);
  }
  const selected = single(query, 'selected');
  if (selected !== undefined) {
    if (selected !== 'true' && selected !== 'false') {
      throw new errors.ValidationError(`selected="${selected.slice(0, 100)}" must be true or false`);
    }
    filters.selected = selected === 'true';
  }
  return filters;
}

/** Unknown parameters are refused, as Strapi's strictParams does for the core routes. */
export function rejectUnknown(query: Query, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    const accepted = allowed.length > 0 ? `accepted: ${allowed.join(', ')}` : 'this route takes no parameters';
    throw new errors.ValidationError(`Unknown query parameter "${unknown[0].slice(0, 100)}" (${accepted})`);
  }
}

export function slugFromPath(value: string | undefined, what: string): string {
  if (!value || !SLUG.test(value) || value.length > 100) {
    throw new errors.NotFoundError(`No ${what} with that slug`);
  }
  return value;
}
