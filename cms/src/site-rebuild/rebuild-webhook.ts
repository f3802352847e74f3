/**
 * Tells the site to prerender its pages again after public content changed: a POST to
 * SITE_REBUILD_WEBHOOK_URL with the X-Site-Rebuild-Secret header (SITE_REBUILD_SECRET). In the
 * single-machine setup that is the static server (web/server/serve.ts, POST /_rebuild); on static
 * hosting it can be a CI trigger that runs `pnpm --filter web build` and deploys.
 *
 * Called after the Document Service action returns (its transaction has committed, so the render
 * reads the new content), debounced so a burst of writes (publishing a post with its tags, an
 * import) costs one rebuild. Draft saves send nothing. Unset URL: nothing is sent.
 *
 * The body says what changed (`changes`: type, documentId, locale, action; shared/src/site-pages.ts),
 * so the site renders again only the pages that show those documents, plus the lists, and the
 * pages of the co-authors a work or post names (co-authors-shown.ts). A burst of
 * more than MAX_NOTIFIED_CHANGES is sent without `changes`: the site then renders everything.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core } from '@strapi/strapi';
import { MAX_NOTIFIED_CHANGES, type ContentChange, type RebuildRequest } from '@homepage/shared';
import { changesPublishedContent, WRITE_ACTIONS } from '../content-writes/public-writes';
import { coAuthorChanges } from './co-authors-shown';
import { defineWriteHook, type DocumentAction } from '../write-pipeline/hook';
import { PUBLIC_TYPES } from '../write-pipeline/type-families';

export interface RebuildWebhookOptions {
  url: string | undefined;
  secret: string | undefined;
  debounceMs?: number;
  timeoutMs?: number;
}

interface Notifier {
  /** Queues one change for the next notification. */
  queue(change: ContentChange): void;
  /** False once the burst is too large to list: the site renders everything, so details are moot. */
  listing(): boolean;
}

const notifiers = new WeakMap<Core.Strapi, Notifier>();

/**
 * Reads the webhook's settings (at bootstrap, so a bad URL stops the boot); writes notify only
 * once this ran with a URL.
 */
export function configureSiteRebuild(strapi: Core.Strapi, options: RebuildWebhookOptions): void {
  const { url, secret = '', debounceMs = 1000, timeoutMs = 10_000 } = options;
  if (!url) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`SITE_REBUILD_WEBHOOK_URL "${url}" is not a URL, e.g. "http://localhost:4173/_rebuild"`);
  }
  let timer: NodeJS.Timeout | undefined;
  /** What changed since the last notification; undefined once the burst is too large to list. */
  let pending: ContentChange[] | undefined = [];

  async function notify(): Promise<void> {
    const body: RebuildRequest = { reason: 'content-changed', at: new Date().toISOString(), ...(pending ? { changes: pending } : {}) };
    pending = [];
    try {
      const response = await fetch(parsed, {
        method: 'POST',
        headers: { 'X-Site-Rebuild-Secret': secret, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      if (!response.ok) strapi.log.warn(`site rebuild: POST ${parsed.origin}${parsed.pathname} answered ${response.status}`);
    } catch (error) {
      // The site being down must never fail the owner's save; the next write tries again.
      strapi.log.warn(`site rebuild: POST ${parsed.origin}${parsed.pathname} failed: ${(error as Error).message}`);
    }
  }

  const queue = (change: ContentChange) => {
    pending = pending && pending.length < MAX_NOTIFIED_CHANGES ? [...pending, change] : undefined;
    clearTimeout(timer);
    timer = setTimeout(() => void notify(), debounceMs);
    timer.unref();
  };
  notifiers.set(strapi, { queue, listing: () => pending !== undefined });
}

export const rebuildSiteOnWrite = defineWriteHook({
  name: 'notify the site to rebuild',
  types: PUBLIC_TYPES,
  actions: [...WRITE_ACTIONS] as DocumentAction[],
  run: async (strapi, context, next) => {
    const result = await next();
    const notifier = notifiers.get(strapi);
    // A draft save changes no page; publishing it later does.
    if (notifier && changesPublishedContent(strapi, context)) {
      const change = changeOf(context, result);
      notifier.queue(change);
      // Never fails the owner's write: without these, the site renders less than it should, not nothing.
      try {
        if (notifier.listing()) for (const coAuthor of await coAuthorChanges(strapi, change)) notifier.queue(coAuthor);
      } catch (error) {
        strapi.log.warn(`site rebuild: reading the co-authors of ${change.type} ${change.documentId} failed: ${(error as Error).message}`);
      }
    }
    return result;
  },
});

/** The change a Document Service call made, as the site's rebuild reads it. */
export function changeOf(context: { uid: string; action: string; params?: unknown }, result: unknown): ContentChange {
  const params = (context.params ?? {}) as { documentId?: unknown; locale?: unknown };
  const returned = (result ?? {}) as { documentId?: unknown };
  const documentId = typeof params.documentId === 'string' ? params.documentId : typeof returned.documentId === 'string' ? returned.documentId : null;
  return {
    // 'api::blog-post.blog-post' → 'blog-post', 'plugin::upload.file' → 'file'
    type: context.uid.split('.').at(-1)?.slice(0, 60) || context.uid.slice(0, 60),
    documentId: documentId?.slice(0, 64) ?? null,
    locale: typeof params.locale === 'string' ? params.locale.slice(0, 20) : null,
    action: context.action.slice(0, 30),
  };
}
