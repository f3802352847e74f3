/**
 * The write pipeline (cms/src/write-pipeline): the dispatcher runs the hooks that match a write, in
 * the listed order and around the action, and the list leaves out no declared hook.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDispatcher } from './dispatcher';
import { defineWriteHook, type WriteContext, type WriteHook } from './hook';

const CMS_SRC = path.resolve(__dirname, '..');
const strapi = {} as Parameters<typeof writeDispatcher>[0];
type Next = Parameters<WriteHook['run']>[2];

/** A hook that logs when it starts and ends around the action. */
function loggingHook(name: string, log: string[], types: WriteHook['types'], actions: WriteHook['actions']): WriteHook {
  return defineWriteHook({
    name,
    types,
    actions,
    run: async (_strapi, _context, next) => {
      log.push(`${name} before`);
      const result = await next();
      log.push(`${name} after`);
      return result;
    },
  });
}

async function write(pipeline: WriteHook[], uid: string, action: string, log: string[]): Promise<unknown> {
  const context = { uid, action, params: {} } as unknown as WriteContext;
  const action_ = (async () => {
    log.push('action');
    return 'saved';
  }) as unknown as Next;
  return writeDispatcher(strapi, pipeline)(context, action_);
}

describe('write-pipeline', () => {
  describe('writeDispatcher', () => {
    it('runs the hooks that match the type and action around the action, outermost first, and skips the others', async () => {
      const log: string[] = [];
      const pipeline = [
        loggingHook('first', log, ['api::post.post'], ['update']),
        loggingHook('other type', log, ['api::tag.tag'], ['update']),
        loggingHook('other action', log, ['api::post.post'], ['delete']),
        loggingHook('family', log, { description: 'every api:: type', includes: (_strapi: unknown, uid: string) => uid.startsWith('api::') }, ['create', 'update']),
        loggingHook('last', log, ['api::tag.tag', 'api::post.post'], ['update', 'publish']),
      ];
      expect(await write(pipeline, 'api::post.post', 'update', log)).toBe('saved');
      expect(log).toEqual(['first before', 'family before', 'last before', 'action', 'last after', 'family after', 'first after']);
    });

    it('passes reads and unmatched writes straight to the action', async () => {
      const log: string[] = [];
      const pipeline = [loggingHook('save only', log, ['api::post.post'], ['create', 'update'])];
      await write(pipeline, 'api::post.post', 'findMany', log);
      await write(pipeline, 'plugin::upload.file', 'update', log);
      expect(log).toEqual(['action', 'action']);
    });

    it('runs nothing below a hook that refuses the write, and passes its error on', async () => {
      const log: string[] = [];
      const refusing = defineWriteHook({
        name: 'refuse',
        types: ['api::post.post'],
        actions: ['create'],
        run: async () => {
          throw new Error('slug is taken');
        },
      });
      const pipeline = [loggingHook('outer', log, ['api::post.post'], ['create']), refusing, loggingHook('inner', log, ['api::post.post'], ['create'])];
      await expect(write(pipeline, 'api::post.post', 'create', log)).rejects.toThrow('slug is taken');
      expect(log).toEqual(['outer before']);
    });
  });

  describe('WRITE_PIPELINE', () => {
    it('lists every hook declared in cms/src once, under a name of its own', async () => {
      const { WRITE_PIPELINE } = (await import(path.join(CMS_SRC, 'write-pipeline', 'index.ts'))) as { WRITE_PIPELINE: readonly WriteHook[] };
      const declared: WriteHook[] = [];
      for (const file of filesDeclaringHooks(CMS_SRC)) {
        const module = (await import(file)) as Record<string, unknown>;
        declared.push(...Object.values(module).filter(isWriteHook));
      }
      expect(declared.length).toBeGreaterThan(10);
      const missing = declared.filter((hook) => !WRITE_PIPELINE.includes(hook)).map((hook) => hook.name);
      expect(missing, 'hooks declared but not in write-pipeline/index.ts').toEqual([]);
      expect(new Set(WRITE_PIPELINE).size).toBe(WRITE_PIPELINE.length);
      expect(new Set(WRITE_PIPELINE.map((hook) => hook.name)).size).toBe(WRITE_PIPELINE.length);
      // Loads most of the CMS's modules (Markdown rendering, BibTeX): seconds on a busy machine.
    }, 60_000);
  });
});

/**
 * The CMS's source files that call defineWriteHook (the contract itself aside). Loaded by path, as
 * the pipeline is: the CMS's own tsconfig type-checks them, with the CMS's dependencies.
 */
function filesDeclaringHooks(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.startsWith('admin') && !name.endsWith(path.join('write-pipeline', 'hook.ts')))
    .map((name) => path.join(folder, name))
    .filter((file) => readFileSync(file, 'utf8').includes('defineWriteHook('));
}

function isWriteHook(value: unknown): value is WriteHook {
  const hook = value as Partial<WriteHook> | null;
  return typeof hook === 'object' && hook !== null && typeof hook.name === 'string' && Array.isArray(hook.actions) && typeof hook.run === 'function';
}
