import './styles/main.css';
import { createHead } from '@unhead/vue/client';
import { createWebHistory } from 'vue-router';
import { createSiteApp } from './app';
import type { SerializedResources } from './stores/resource';

declare global {
  interface Window {
    /** Left by a prerenderer: the resource store's state for the page it rendered. */
    __SITE_STATE__?: SerializedResources;
  }
}

const root = document.getElementById('app');

try {
  const state = window.__SITE_STATE__;
  const { app, router } = createSiteApp({
    history: createWebHistory(import.meta.env.BASE_URL),
    head: createHead(),
    state,
    hydrate: state !== undefined,
  });
  await router.isReady();
  app.mount('#app');
} catch (error) {
  // A broken setting must not leave a blank page: say what is wrong where the site would be.
  console.error(error);
  if (root) {
    const message = document.createElement('p');
    message.className = 'fatal';
    message.setAttribute('role', 'alert');
    message.textContent = `The site could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
  }
}
