import type { Core } from '@strapi/strapi';

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
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
