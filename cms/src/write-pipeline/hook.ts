/**
 * What a write hook is: the content types and Document Service actions it cares about, and what
 * runs around such an action. Hooks say which writes they want as data, so the pipeline
 * (./index.ts) can list them in order and one dispatcher (./dispatcher.ts) calls only the ones
 * that apply; a hook's `run` never checks the type or action again.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core, Modules } from '@strapi/strapi';

type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type WriteContext = Parameters<DocumentMiddleware>[0];
/** Runs the rest of the pipeline and then the action itself; resolves to the action's result. */
export type Next = Parameters<DocumentMiddleware>[1];
export type DocumentAction = WriteContext['action'];

/** A family of content types decided per uid (every localised type, every type of the site…). */
export interface TypeFamily {
  /** Says which types, for whoever reads the pipeline. */
  description: string;
  includes(strapi: Core.Strapi, uid: string): boolean;
}

export interface WriteHook {
  /** Unique within the pipeline; says what the hook keeps true. */
  name: string;
  types: readonly string[] | TypeFamily;
  actions: readonly DocumentAction[];
  /** Runs around a matching action: call `next()` once to let it happen, or throw to refuse it. */
  run(strapi: Core.Strapi, context: WriteContext, next: Next): Promise<unknown>;
}

/**
 * Declares a hook. The identity, for type inference and so that the pipeline's test can find
 * every declaration and check that the pipeline lists it.
 */
export function defineWriteHook(hook: WriteHook): WriteHook {
  return hook;
}

export function hookApplies(strapi: Core.Strapi, hook: WriteHook, uid: string, action: string): boolean {
  if (!(hook.actions as readonly string[]).includes(action)) return false;
  return isTypeFamily(hook.types) ? hook.types.includes(strapi, uid) : hook.types.includes(uid);
}

function isTypeFamily(types: WriteHook['types']): types is TypeFamily {
  return !Array.isArray(types);
}

/** The fields a create or update sends (undefined for other actions, or a save without data). */
export function savedData(context: WriteContext): Record<string, unknown> | undefined {
  return (context.params as { data?: Record<string, unknown> }).data;
}
