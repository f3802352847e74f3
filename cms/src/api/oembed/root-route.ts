/**
 * oEmbed (https://oembed.com) at `/oembed`, the name the issue and the pages' discovery links give,
 * served by the CMS because the site itself may be static files on a CDN. Not in routes/: Strapi
 * puts every API route under /api (a route's `config.prefix` only chooses the router, and the
 * content API's router adds /api), so it goes on the server's root router instead.
 */
import type { Core } from '@strapi/strapi';

export function registerOembedRoute(strapi: Core.Strapi): void {
  strapi.server.routes([{ method: 'GET', path: '/oembed', handler: 'api::oembed.oembed.answer', config: { auth: false } }]);
}
