/**
 * The one way discovery's clients ask a source: a timeout on every request, a cap on the body
 * size, one polite retry after a `429` whose `Retry-After` is short (RFC 9110 §10.2.3: seconds or
 * an HTTP date), and every failure turned into a SourceError that names the source and the
 * address, so the run logs it and goes on with the next source.
 */
import type { X2jOptions, XMLParser } from 'fast-xml-parser';
import { onFirstUse } from '../utils/on-first-use';

export type Fetch = typeof fetch;

/** How one client reaches its source: where, through which fetch, within which limits. */
export interface SourceClientOptions {
  /** e.g. https://api.openalex.org; tests and `pnpm fake-sources` point it at a local fake. */
  baseUrl: string;
  fetch?: Fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /** The longest Retry-After waited for before giving up on the source for this run. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class SourceError extends Error {
  override name = 'SourceError';
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Milliseconds a `Retry-After` value asks for, or undefined when it says nothing usable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The body of a GET as text, or a SourceError. `label` names the source in messages ("DBLP"). */
export async function getText(label: string, url: URL, options: SourceClientOptions, headers: Record<string, string> = {}): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const where = `${url.pathname}${url.search ? '?…' : ''}`;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : (error as Error).message;
      throw new SourceError(`${label} did not answer ${where}: ${reason}`);
    }
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('retry-after'));
      await response.body?.cancel();
      if (attempt === 0 && wait !== undefined && wait <= (options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS)) {
        await (options.sleep ?? sleep)(wait);
        continue;
      }
      throw new SourceError(`${label} answered 429 (rate limited) for ${where}${wait !== undefined ? `, Retry-After ${Math.ceil(wait / 1000)} s` : ''}; try again later`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new SourceError(`${label} answered ${response.status} for ${where}`);
    }
    return readCapped(label, where, response, options.maxBytes ?? DEFAULT_MAX_BYTES);
  }
}

/** The body of a GET read as JSON, or a SourceError when it is not JSON. */
export async function getJson(label: string, url: URL, options: SourceClientOptions, headers: Record<string, string> = {}): Promise<unknown> {
  const text = await getText(label, url, { ...options }, { accept: 'application/json', ...headers });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SourceError(`${label} sent a body that is not JSON for ${url.pathname} (starts "${text.slice(0, 40)}")`);
  }
}

async function readCapped(label: string, where: string, response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new SourceError(`${label} sent ${declared} bytes for ${where}, more than the ${maxBytes} allowed`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out while sending' : (error as Error).message;
      throw new SourceError(`${label} broke off ${where}: ${reason}`);
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new SourceError(`${label} sent more than the ${maxBytes} bytes allowed for ${where}`);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A base URL with a path under it (keeps a base's own path, e.g. a fake's /openalex prefix). */
export function urlUnder(baseUrl: string, path: string): URL {
  return new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
}

/**
 * An XML parser (arXiv's Atom, DBLP's records) made on first use: fast-xml-parser then loads with
 * the first discovery run rather than at every boot (the citation-count job imports the sources).
 */
export function lazyXmlParser(options: X2jOptions): () => XMLParser {
  return onFirstUse(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { XMLParser: Parser } = require('fast-xml-parser') as typeof import('fast-xml-parser');
    return new Parser(options);
  });
}
