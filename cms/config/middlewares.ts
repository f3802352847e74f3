import type { Core } from '@strapi/strapi';
import { CSP_DEFAULTS } from '@strapi/utils';
import { uploadMediaOrigins, uploadProviderConfig } from '../src/uploads/upload-provider';
import { QUERY_PARSER_OPTIONS } from '../src/public-read/query/query-string';

type BodyError = Error & { status?: number };

// koa-body's `onError`: bad JSON (400) and too-large (413) errors keep their status, as does the
// upload size limit that Strapi's body middleware turns into a 413; anything else is a malformed body.
function rethrowAsClientError(error: BodyError, ctx: { throw(status: number, message: string): never }): never {
  if ((error.status !== undefined && error.status < 500) || error.message.includes('maxFileSize')) throw error;
  ctx.throw(400, `The request body could not be parsed: ${error.message.slice(0, 120)}`);
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const mediaOrigins = uploadMediaOrigins(uploadProviderConfig(process.env));
  return [
    'strapi::logger',
    // Error answers leave with their messages and details cut to size (src/security/short-errors.ts).
    'global::short-errors',
    'strapi::errors',
    // Koa's own 4xx errors (a path like /% that cannot be decoded) answered without a logged stack.
    'global::client-errors',
    {
      // Strapi's default policy, plus the bucket media is served from when uploads live on S3
      // (the admin UI shows previews from there). Full lists: Strapi fills arrays by index.
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'img-src': [...CSP_DEFAULTS['img-src'], ...mediaOrigins],
            'media-src': [...CSP_DEFAULTS['media-src'], ...mediaOrigins],
            upgradeInsecureRequests: null,
          },
        },
      },
    },
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
    // GET, HEAD and OPTIONS on the public read routes, a JSON 405 for anything else
    // (src/public-read/read-routes.ts); after CORS, so preflights and refusals carry its headers.
    'global::read-only-methods',
    // RESPONSE_CACHE=false turns the response cache off (ETags and 304s stay);
    // RESPONSE_CACHE_STATUS_HEADER=true adds X-Cache: HIT|MISS (tests and benchmarks only).
    {
      name: 'global::http-caching',
      config: { enabled: env.bool('RESPONSE_CACHE', true), statusHeader: env.bool('RESPONSE_CACHE_STATUS_HEADER', false) },
    },
    // The same qs options the response cache keys its entries by (src/public-read/query/query-string.ts).
    { name: 'strapi::query', config: QUERY_PARSER_OPTIONS },
    // Empty parameters and overlong names or values: one answer on every /api route.
    'global::query-rules',
    // Multipart bodies only on the upload routes, their temp files removed on every outcome.
    'global::multipart-uploads',
    // A body koa-body cannot parse (multipart without a boundary or cut short, gzip that is not)
    // is the client's error: 400, not the 500 Strapi answers for an error without a status.
    // Uploads above UPLOAD_MAX_FILE_SIZE_MB (all files of one request together) end in a 413
    // while streaming, instead of formidable's 200 MB default; plugins.ts sets the same limit.
    {
      name: 'strapi::body',
      config: {
        onError: rethrowAsClientError,
        formidable: { maxFileSize: env.int('UPLOAD_MAX_FILE_SIZE_MB', 50) * 1024 * 1024 },
      },
    },
    // A JSON body nested deeper than any form sends is a 400 before a validator walks it.
    'global::body-shape',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
