/**
 * Builds the site's Vue app without touching the page, so the browser entry (main.ts) and a
 * prerenderer can each create one and supply their own history, head manager and state.
 */
import { createApp, createSSRApp } from 'vue';
import type { RouterHistory } from 'vue-router';
import type { VueHeadClient } from '@unhead/vue';
import App from './App.vue';
import { createCmsClient, type CmsClient, type CmsTransport } from './api/client';
import { provideCms } from './composables/cms';
import { createSiteI18n } from './modules/i18n';
import { createSiteRouter } from './modules/router';
import { siteConfig } from './site-config';
import { createResourceStore, type SerializedResources } from './stores/resource';

export interface SiteAppOptions {
  history: RouterHistory;
  /** From `@unhead/vue/client` in the browser, `@unhead/vue/server` when prerendering. */
  head: VueHeadClient;
  /** Resource state serialised by a prerenderer, so the browser starts where it stopped. */
  state?: SerializedResources;
  /** Hydrate server-rendered markup instead of rendering from scratch. */
  hydrate?: boolean;
  transport?: CmsTransport;
  /** A CMS client to share between apps (the prerenderer renders every page with one). */
  cms?: CmsClient;
}

export function createSiteApp(options: SiteAppOptions) {
  const config = siteConfig();
  const app = options.hydrate ? createSSRApp(App) : createApp(App);
  const router = createSiteRouter(options.history);
  const store = createResourceStore(options.state);
  const cms = options.cms ?? createCmsClient({ baseURL: config.cmsUrl, transport: options.transport });
  // Before the router: its first navigation sets the language.
  app.use(createSiteI18n(router));
  app.use(router);
  app.use(options.head);
  app.use(store);
  provideCms(app, cms);
  return { app, router, store, cms, head: options.head };
}
