import { inject, provide, type App, type InjectionKey } from 'vue';
import type { CmsClient } from '../api/client';

const cmsClientKey: InjectionKey<CmsClient> = Symbol('cms-client');

export function provideCms(app: App, client: CmsClient): void {
  app.provide(cmsClientKey, client);
}

/** Gives the calling component's descendants another client (the preview page's, which knows its draft). */
export function provideCmsToChildren(client: CmsClient): void {
  provide(cmsClientKey, client);
}

export function useCms(): CmsClient {
  const client = inject(cmsClientKey, null);
  if (!client) throw new Error('useCms() needs a CMS client: provideCms(app, createCmsClient(...))');
  return client;
}
