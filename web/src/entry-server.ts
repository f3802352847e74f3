/**
 * Renders one route of the site to HTML, for the prerenderer (https://vuejs.org/guide/scaling-up/ssr).
 * The resource store's loads run through `onServerPrefetch`, so the markup carries the content and
 * `state` is exactly what the browser needs to hydrate it without asking the CMS again.
 */
import { renderToString, type SSRContext } from 'vue/server-renderer';
import { createMemoryHistory } from 'vue-router';
import { createHead } from '@unhead/vue/server';
import type { VueHeadClient } from '@unhead/vue';
import { createCmsClient, type CmsClient } from './api/client';
import { createSiteApp } from './app';
import { isNotFoundRoute } from './modules/router';
import { siteConfig } from './site-config';
import type { SerializedResources } from './stores/resource';

export interface RenderedRoute {
  /** The app's markup, to go inside `<div id="app">`. */
  appHtml: string;
  /** The head manager holding the page's title, meta, links and JSON-LD. */
  head: VueHeadClient;
  state: SerializedResources;
  /** What the page amounts to: content, a 404 (unknown route or slug), or a failed load. */
  outcome: 'ok' | 'not-found' | 'error';
  /** Source modules rendered (component files), to link their chunks and stylesheets. */
  modules: Set<string>;
}

/**
 * One render per route, for one prerendering run: the routes share a CMS client, so what every
 * page shows (the profile, tags, series) is fetched once per run rather than once per page.
 */
export function createRouteRenderer(): (url: string) => Promise<RenderedRoute> {
  const cms = createCmsClient({ baseURL: siteConfig().cmsUrl });
  return (url) => renderRoute(url, cms);
}

async function renderRoute(url: string, cms: CmsClient): Promise<RenderedRoute> {
  const head = createHead();
  const { app, router, store } = createSiteApp({ history: createMemoryHistory(), head, cms });
  await router.push(url);
  await router.isReady();
  const context: SSRContext = {};
  const appHtml = await renderToString(app, context);
  await store.settled();
  const state = store.serialize();
  const entries = Object.values(state);
  const notFound = isNotFoundRoute(router.currentRoute.value) || entries.some((entry) => entry.status === 'not-found');
  // serialize() leaves failures out, so compare with what the page asked for.
  const failed = store.failures().length > 0;
  return {
    appHtml,
    head,
    state,
    outcome: failed ? 'error' : notFound ? 'not-found' : 'ok',
    modules: (context.modules as Set<string> | undefined) ?? new Set(),
  };
}
