/** Plain HTTP to the running CMS, as any other site would speak to it. */
import { hasThaiMojibake } from '@homepage/shared';
import { expect, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the CMS booted by setup/cms.global.ts, e.g. "http://127.0.0.1:41234". */
    cmsUrl: string;
    /** A content-manager token of the owner, from the run's single admin login. */
    adminToken: string;
    /** The CMS's SITE_URL (its preview links lead there); nothing serves it unless a test does. */
    cmsSiteUrl: string;
  }
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
}

export interface RequestOptions {
  json?: unknown;
  form?: FormData;
  token?: string;
  headers?: Record<string, string>;
}

export async function request(method: string, url: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | FormData | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/**
 * GET a public route anonymously. Every public response is also checked for text mis-decoded as
 * Thai (the damage the owner's source page had), so no test can read damaged content unnoticed.
 */
export async function getPublic(path: string): Promise<HttpResponse> {
  const response = await request('GET', `${inject('cmsUrl')}${path}`);
  expect(hasThaiMojibake(response.text), `GET ${path} holds Thai characters (mis-decoded UTF-8)`).toBe(false);
  return response;
}

/** The `data` of a public JSON response that must answer 200. */
export async function getPublicData<T = unknown>(path: string): Promise<T> {
  const response = await getPublic(path);
  expect(response.status, `GET ${path}: ${response.text.slice(0, 300)}`).toBe(200);
  return (response.body as { data: T }).data;
}
