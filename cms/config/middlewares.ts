import type { Core } from '@strapi/strapi';

type BodyError = Error & { status?: number };

// koa-body's `onError`: bad JSON (400) and too-large (413) errors keep their status, as does the
// upload size limit that Strapi's body middleware turns into a 413; anything else is a malformed body.
function rethrowAsClientError(error: BodyError, ctx: { throw(status: number, message: string): never }): never {
  if ((error.status !== undefined && error.status < 500) || error.message.includes('maxFileSize')) throw error;
  ctx.throw(400, `The request body could not be parsed: ${error.message.slice(0, 120)}`);
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    // Public reads come from any site (the SPA, a lab page, an aggregator) but never with
    // cookies; the admin UI is same-origin and needs no CORS.
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['*']),
      credentials: false,
      methods: ['GET', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'If-None-Match', 'Accept', 'Accept-Language'],
      keepHeadersOnError: true,
    },
  },
  'global::api-not-found',
  // RESPONSE_CACHE=false turns the response cache off (ETags and 304s stay).
  { name: 'global::http-caching', config: { enabled: env.bool('RESPONSE_CACHE', true) } },
  'strapi::query',
  // A body koa-body cannot parse (multipart without a boundary or cut short, gzip that is not)
  // is the client's error: 400, not the 500 Strapi answers for an error without a status.
  { name: 'strapi::body', config: { onError: rethrowAsClientError } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
