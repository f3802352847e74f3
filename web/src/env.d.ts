/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CMS_URL?: string;
  /** Set by vite.config.ts from SITE_URL (shared/src/site-url.ts), not by the environment. */
  readonly VITE_SITE_URL?: string;
  /** 'true' when the build had Chromium to print /cv.pdf (vite.config.ts). */
  readonly VITE_CV_PDF?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
