/**
 * HTTP caching manners for anonymous public reads under /api: a strong ETag over the exact
 * bytes, `Cache-Control` that lets browsers and CDNs keep a copy but revalidate every time (the
 * owner's edits show at once), and `304 Not Modified` for a matching `If-None-Match`.
 * https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    const cacheable =
      (ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path.startsWith('/api/') && !ctx.get('Authorization');
    await next();
    if (!cacheable) return;
    if (ctx.status !== 200 || ctx.body == null) {
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    if (typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body) && typeof ctx.body.pipe !== 'function') {
      ctx.body = JSON.stringify(ctx.body); // Koa would serialise it anyway; the ETag needs the bytes
      ctx.type = 'application/json; charset=utf-8';
    }
    if (typeof ctx.body !== 'string' && !Buffer.isBuffer(ctx.body)) return; // streams (uploads) keep their own headers
    ctx.set('ETag', `"${createHash('sha1').update(ctx.body).digest('base64url')}"`);
    ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
};
