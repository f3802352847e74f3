import './styles/main.css';
import { createHead } from '@unhead/vue/client';
import { createWebHistory } from 'vue-router';
import { createSiteApp } from './app';
import { tellFramingAdmin } from './modules/framed-by-admin';
import { readPrerenderedState } from './modules/prerendered-state';
import { replayEarlyEvents } from './modules/start-on-intent';

const root = document.getElementById('app');

try {
  // A prerendered page hydrates from the state it carries; the 404 page (served for any unknown
  // path) and the bare shell render from scratch.
  const state = readPrerenderedState(document, window.location.pathname);
  const { app, router } = createSiteApp({
    history: createWebHistory(import.meta.env.BASE_URL),
    head: createHead(),
    state,
    hydrate: state !== undefined,
  });
  await router.isReady();
  app.mount('#app');
  tellFramingAdmin();
  // A prerendered page starts on the visitor's first move (modules/start-on-intent.ts): what they
  // clicked or typed while it loaded is done now.
  replayEarlyEvents();
} catch (error) {
  window.__earlyEvents?.stop();
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
