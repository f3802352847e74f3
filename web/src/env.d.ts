/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CMS_URL?: string;
  /** Set by vite.config.ts from SITE_URL (shared/src/site-url.ts), not by the environment. */
  readonly VITE_SITE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
