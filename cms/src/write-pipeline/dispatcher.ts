/**
 * One Document Service middleware that runs the pipeline: for each call, the hooks whose types and
 * actions match, in the pipeline's order, as an onion (hook i's `next` runs hook i+1, the last
 * one's runs the action). Reads and unmatched writes go straight to the action.
 */
import type { Core, Modules } from '@strapi/strapi';
import { hookApplies, type WriteContext, type WriteHook } from './hook';

type DocumentMiddleware = Modules.Documents.Middleware.Middleware;

export function writeDispatcher(strapi: Core.Strapi, pipeline: readonly WriteHook[]): DocumentMiddleware {
  return ((context: WriteContext, next: Parameters<DocumentMiddleware>[1]) => {
    const matching = pipeline.filter((hook) => hookApplies(strapi, hook, context.uid, context.action));
    const runFrom = (index: number): ReturnType<typeof next> | Promise<unknown> => {
      const hook = matching[index];
      return hook ? hook.run(strapi, context, () => runFrom(index + 1) as ReturnType<typeof next>) : next();
    };
    return runFrom(0);
  }) as DocumentMiddleware;
}
