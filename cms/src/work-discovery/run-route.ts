/**
 * `POST /work-discovery/run` (admin JWT; `?dryRun=true` for a run that saves nothing): one
 * discovery run now, answering its summary. For the admin's "look for new works" button and for
 * tests; not under /api, so no public role can ever be given it. Runs once at a time across
 * instances: a second click while one runs answers 409.
 */
import type { Core } from '@strapi/strapi';
import { runExclusively } from '../cluster/run-exclusively';
import { discoverNewWorks } from './discover';

let running = false;

export function registerWorkDiscoveryRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/work-discovery/run',
        handler: async (ctx: { query: Record<string, unknown>; status: number; body: unknown }) => {
          const dryRun = ctx.query.dryRun === 'true';
          if (running) return conflict(ctx);
          running = true;
          try {
            const result = await runExclusively(strapi, 'work-discovery', () => discoverNewWorks(strapi, { dryRun }));
            if (!result.ran) return conflict(ctx);
            ctx.body = { data: result.value };
          } finally {
            running = false;
          }
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}

function conflict(ctx: { status: number; body: unknown }): void {
  ctx.status = 409;
  ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: 'Discovery is already running; try again when it has finished' } };
}
