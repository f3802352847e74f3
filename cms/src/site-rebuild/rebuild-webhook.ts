/**
 * Tells the site to prerender its pages again after public content changed: a POST to
 * SITE_REBUILD_WEBHOOK_URL with the X-Site-Rebuild-Secret header (SITE_REBUILD_SECRET). In the
 * single-machine setup that is the static server (web/server/serve.ts, POST /_rebuild); on static
 * hosting it can be a CI trigger that runs `pnpm --filter web build` and deploys.
 *
 * Called after the Document Service action returns (its transaction has committed, so the render
 * reads the new content), debounced so a burst of writes (publishing a post with its tags, an
 * import) costs one rebuild. Draft saves send nothing. Unset URL: nothing is sent.
 * https://docs.strapi.io/cms/api/document-service/middlewares
 */
import type { Core } from '@strapi/strapi';
import { changesPublishedContent } from '../public-content/public-writes';

export interface RebuildWebhookOptions {
  url: string | undefined;
  secret: string | undefined;
  debounceMs?: number;
  timeoutMs?: number;
}

export function rebuildSiteOnWrite(strapi: Core.Strapi, options: RebuildWebhookOptions): void {
  const { url, secret = '', debounceMs = 1000, timeoutMs = 10_000 } = options;
  if (!url) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`SITE_REBUILD_WEBHOOK_URL "${url}" is not a URL, e.g. "http://localhost:4173/_rebuild"`);
  }
  let timer: NodeJS.Timeout | undefined;

  async function notify(): Promise<void> {
    try {
      const response = await fetch(parsed, {
        method: 'POST',
        headers: { 'X-Site-Rebuild-Secret': secret, 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: 'content-changed', at: new Date().toISOString() }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      if (!response.ok) strapi.log.warn(`site rebuild: POST ${parsed.origin}${parsed.pathname} answered ${response.status}`);
    } catch (error) {
      // The site being down must never fail the owner's save; the next write tries again.
      strapi.log.warn(`site rebuild: POST ${parsed.origin}${parsed.pathname} failed: ${(error as Error).message}`);
    }
  }

  strapi.documents.use(async (context, next) => {
    const result = await next();
    // A draft save changes no page; publishing it later does.
    if (changesPublishedContent(strapi, context)) {
      clearTimeout(timer);
      timer = setTimeout(() => void notify(), debounceMs);
      timer.unref();
    }
    return result;
  });
}
