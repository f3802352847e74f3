/**
 * An error answer in the API's one JSON shape (`{ data: null, error: { status, name, message,
 * details } }`, as `strapi::errors` writes them), for middlewares that answer before any route
 * runs. Never stored by a cache.
 */
import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

export function sendApiError(ctx: Context, status: number, name: string, message: string): void {
  ctx.set('Cache-Control', 'no-store');
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
  ctx.status = status; // setting a body resets a 404 to 200
}
