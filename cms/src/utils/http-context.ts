import type { Core } from '@strapi/strapi';

/** Koa's request context as Strapi hands it to controllers and middlewares. */
export type HttpContext = Parameters<Core.MiddlewareHandler>[0];
