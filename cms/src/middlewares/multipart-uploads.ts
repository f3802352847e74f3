/**
 * Multipart bodies only where files are taken, and never a file left behind. Placed just before
 * `strapi::body`, which parses multipart on every route before any route, policy or permission
 * runs, writes each part to the OS temp folder, and removes only the parts named `files` and only
 * when the request succeeds: a 50 MB multipart POST to a refused route (`POST /api/tags` → 403,
 * `POST /admin/login` → 429) left its 50 MB there for good.
 * - Anywhere but the upload routes, a multipart body is a 415, its bytes discarded unparsed.
 * - On the upload routes, every part written is removed when the request ends, whatever the
 *   outcome (stored, refused, failed). A body cut short or over the size limit is cleaned by
 *   formidable itself, which deletes its open files on any parse error.
 * Strapi's version: @strapi/core/dist/middlewares/body.js.
 */
import { rm } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { sendApiError } from '../utils/api-error';

/**
 * The routes that take files: the upload plugin's (the media library's in the admin, and the REST
 * API's) and the admin's project settings (its menu and login logos).
 */
const UPLOAD_ROUTES: ReadonlyArray<{ method: string; path: RegExp }> = [
  { method: 'POST', path: /^\/upload(\/files)?\/?$/ },
  { method: 'POST', path: /^\/upload\/files\/[^/]+\/replace\/?$/ },
  { method: 'POST', path: /^\/api\/upload\/?$/ },
  { method: 'POST', path: /^\/admin\/project-settings\/?$/ },
];

type Context = Parameters<Core.MiddlewareHandler>[0];
type ParsedFile = { filepath?: string };
type ParsedFiles = Record<string, ParsedFile | ParsedFile[]>;

export function takesUploads(method: string, requestPath: string): boolean {
  // Koa's router matches paths case-insensitively.
  const lower = requestPath.toLowerCase();
  return UPLOAD_ROUTES.some((route) => route.method === method && route.path.test(lower));
}

/**
 * Remembers what koa-body puts in `ctx.request.files`: `strapi::body` deletes the property after
 * a success, and its parts under other names than `files` would be lost with it.
 */
function recordParsedFiles(ctx: Context): () => ParsedFiles | undefined {
  let parsed: ParsedFiles | undefined;
  Object.defineProperty(ctx.request, 'files', {
    configurable: true,
    enumerable: true,
    get: () => parsed,
    set: (files: ParsedFiles | undefined) => {
      if (files) parsed = files;
    },
  });
  return () => parsed;
}

async function removeParsedFiles(files: ParsedFiles | undefined): Promise<void> {
  const paths = Object.values(files ?? {})
    .flat()
    .map((file) => file.filepath)
    .filter((filepath): filepath is string => typeof filepath === 'string');
  await Promise.all(paths.map((filepath) => rm(filepath, { force: true })));
}

export default (_config: unknown, _context: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    if (!ctx.is('multipart')) return next();
    if (!takesUploads(ctx.method, ctx.path)) {
      // Nothing of the body is parsed or stored: Node discards it after the answer.
      const message = `${ctx.method.slice(0, 20)} ${ctx.path.slice(0, 100)} takes no multipart body (files go to POST /api/upload or the Media Library)`;
      return sendApiError(ctx, 415, 'UnsupportedMediaTypeError', message);
    }
    const parsedFiles = recordParsedFiles(ctx);
    try {
      await next();
    } finally {
      await removeParsedFiles(parsedFiles());
    }
  };
};
