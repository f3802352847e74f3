import type { Core } from '@strapi/strapi';

/** The CMS's own public origin, for self links in feeds and the OpenAPI document. */
export function cmsPublicUrl(strapi: Core.Strapi): string {
  const configured = strapi.config.get<string>('server.url', '');
  if (/^https?:\/\//.test(configured)) return configured.replace(/\/+$/, '');
  const port = strapi.config.get<number>('server.port', 1337);
  return `http://localhost:${port}`;
}
