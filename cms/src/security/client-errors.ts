/**
 * Client errors thrown by Koa's own helpers (koa-send, koa-static, koa-router: `ctx.throw(400,
 * 'failed to decode')` for a path like `/%`) come from another copy of http-errors than the one
 * `strapi::errors` recognises, so it logged each as an unexpected error with a 12-line stack: 2 kB
 * of log per one-line request, a log any stranger could fill. They are the client's mistake, to be
 * answered, not logged.
 */
import { errors } from '@strapi/utils';

export interface ClientHttpError {
  status: number;
  name: string;
  message: string;
}

/** A 4xx error meant to be shown to the client (http-errors' `expose`), that Strapi does not know as its own. */
export function foreignClientError(error: unknown): ClientHttpError | undefined {
  if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) return undefined;
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose, name, message } = error as { status?: unknown; expose?: unknown; name?: unknown; message?: unknown };
  if (typeof status !== 'number' || status < 400 || status > 499 || expose !== true) return undefined;
  return { status, name: typeof name === 'string' ? name : 'BadRequestError', message: typeof message === 'string' ? message : 'Bad request' };
}
