import path from 'node:path';

declare const __SITE_OUT_DIR__: string;

/**
 * The client build these commands serve and prerender into: SITE_OUT_DIR at run time, else the
 * folder the client was built into (baked in by vite.config.ts), so a copied build finds its site.
 */
export function siteDir(): string {
  return path.resolve(process.env.SITE_OUT_DIR || __SITE_OUT_DIR__);
}
