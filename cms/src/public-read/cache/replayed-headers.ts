/**
 * Which headers of a finished public answer the cache may replay, and which depend on the request.
 * Security headers and a controller's own headers (Content-Disposition, …) are the same for every
 * request of a URL; CORS headers depend on the asking Origin, so they are kept per origin.
 */
type HeaderValue = string | string[] | number | undefined;

/** Set again for every answer from the entry itself, or by Node. */
const PER_ANSWER = new Set([
  'content-length',
  'content-type',
  'etag',
  'cache-control',
  'x-cache',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

const dependsOnOrigin = (name: string) => name === 'vary' || name.startsWith('access-control-');
const asText = (value: HeaderValue) => (Array.isArray(value) ? value.join(', ') : String(value));

/**
 * The headers to store with a cached answer; undefined when the answer sets a cookie (it belongs
 * to one visitor and must never be replayed to another).
 */
export function headersToReplay(headers: Record<string, HeaderValue>): Record<string, string> | undefined {
  if (headers['set-cookie'] !== undefined) return undefined;
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_ANSWER.has(name) || dependsOnOrigin(name)) continue;
    kept[name] = asText(value);
  }
  return kept;
}

/** The CORS part (Access-Control-*, Vary) of an answer, as Strapi's CORS middleware set it. */
export function originHeaders(headers: Record<string, HeaderValue>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && dependsOnOrigin(name)) kept[name] = asText(value);
  }
  return kept;
}

/**
 * The CORS headers Strapi answered each Origin with ('' = no Origin header), learnt from answers
 * that went through its middlewares. Bounded and least-recently-used: a stranger sending many
 * made-up Origins pushes out only the oldest entries, and an evicted origin is learnt again on
 * its next answer through Strapi.
 */
export class HeadersByOrigin {
  private readonly byOrigin = new Map<string, Record<string, string>>();
  /** The most recently used origin: asking for it again needs no reordering (the usual case). */
  private newest: string | undefined;

  constructor(private readonly maxOrigins = 256) {}

  get(origin: string): Record<string, string> | undefined {
    const headers = this.byOrigin.get(origin);
    if (headers !== undefined && origin !== this.newest) {
      // Map keeps insertion order: re-inserting marks the origin as the most recently used.
      this.byOrigin.delete(origin);
      this.byOrigin.set(origin, headers);
      this.newest = origin;
    }
    return headers;
  }

  record(origin: string, headers: Record<string, string>): void {
    this.byOrigin.delete(origin);
    this.byOrigin.set(origin, headers);
    this.newest = origin;
    if (this.byOrigin.size > this.maxOrigins) {
      const oldest = this.byOrigin.keys().next().value;
      if (oldest !== undefined) this.byOrigin.delete(oldest);
    }
  }

  get size(): number {
    return this.byOrigin.size;
  }
}
