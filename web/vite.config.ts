// https://vite.dev/config/
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { EMBED_ELEMENT, publicSiteUrl } from '@homepage/shared';
import { readSiteConfig } from './src/config.ts';
import { chromiumPath } from './server/chromium.ts';

/**
 * petite-vue-i18n reads Vue's `getCurrentInstance` through `import * as Vue` and a computed key
 * (`Vue['currentInstance']`, which Vue 3.5 does not export), so the bundler keeps every export of
 * Vue's runtime: about 14 kB gzip on every page. Importing the one function by name lets the
 * unused rest go. Fails the build if a new version reads differently, rather than silently
 * bundling it whole again.
 */
function petiteI18nWithNamedVueImport(): Plugin {
  const file = /[\\/]petite-vue-i18n[\\/]dist[\\/]petite-vue-i18n\.mjs$/;
  const namespace = "import * as Vue from 'vue';";
  const lookup = /function getCurrentInstance\(\) \{[^}]*\{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}\s*\}/;
  return {
    name: 'petite-i18n-with-named-vue-import',
    apply: (_config, env) => !env.isSsrBuild,
    transform(code, id) {
      if (!file.test(id)) return null;
      if (!code.includes(namespace) || !lookup.test(code) || code.split('Vue.').length !== 2) {
        throw new Error(`${id}: petite-vue-i18n no longer reads Vue as this plugin expects; update or remove petiteI18nWithNamedVueImport`);
      }
      return code
        .replace(namespace, "import { getCurrentInstance as vueCurrentInstance } from 'vue';")
        .replace(lookup, 'function getCurrentInstance() { return vueCurrentInstance(); }');
    },
  };
}

/**
 * petite-vue-i18n's compile-time flags (https://vue-i18n.intlify.dev/guide/advanced/optimization#feature-build-flags):
 * no legacy API, global components or devtools, so the bundler drops their code; the message
 * compiler stays (messages are compiled in the browser, without eval).
 */
const i18nFlags = {
  __VUE_I18N_FULL_INSTALL__: 'false',
  __VUE_I18N_LEGACY_API__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
  __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
};

/**
 * Two builds share this file (https://vite.dev/guide/ssr): the browser's (`vite build`, into
 * SITE_OUT_DIR or dist/) and the prerenderer's (`vite build --ssr`, into SITE_SERVER_DIR or
 * build/server/): the app rendered to strings plus the prerender and static-server commands, with
 * every dependency bundled so the output runs from any folder (tests build into a temp folder).
 */
const outDir = process.env.SITE_OUT_DIR || 'dist';
/** The site's own modules that pages share (pages themselves get a chunk each). */
const SITE_MODULES = /[\\/]web[\\/]src[\\/](api|components|composables|lib|modules|stores)[\\/]/;
const serverDir = process.env.SITE_SERVER_DIR || 'build/server';
/** The embed page previews `<homepage-works>`, the embed's own custom element, not a Vue component. */
const vueWithEmbedElement = () => vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === EMBED_ELEMENT } } });

export default defineConfig(({ command, mode, isSsrBuild }) => {
  const env = loadEnv(mode, process.cwd(), ['VITE_', 'SITE_']);
  // The site's one address (shared/src/site-url.ts), from SITE_URL like the CMS's: `vite` serves
  // on :5173, a build is served by web/server/serve.ts on :4173 (SITE_PORT) unless SITE_URL says
  // where it really lives. Both builds (browser and prerenderer) get the same value.
  const siteUrl = publicSiteUrl(env, command === 'serve' ? 'dev' : 'start');
  // Fails the build or dev server early with the same message the app would show.
  readSiteConfig({ VITE_CMS_URL: env.VITE_CMS_URL, VITE_SITE_URL: siteUrl });
  const siteUrlDefine = {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrl),
    // Whether the build can print /cv.pdf (server/cv-pdf.ts); without Chromium the CV links no PDF.
    'import.meta.env.VITE_CV_PDF': JSON.stringify(chromiumPath() ? 'true' : 'false'),
  };
  if (isSsrBuild) {
    return {
      plugins: [vueWithEmbedElement()],
      define: {
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        ...i18nFlags,
        ...siteUrlDefine,
        __SITE_OUT_DIR__: JSON.stringify(path.resolve(outDir)),
        // Where the link-preview cards' packages resolve from (server/og-cards/packages.ts).
        __WEB_DIR__: JSON.stringify(path.dirname(fileURLToPath(import.meta.url))),
      },
      ssr: { noExternal: true, target: 'node' },
      build: {
        target: 'node20',
        outDir: serverDir,
        emptyOutDir: true,
        ssr: true,
        minify: false,
        rolldownOptions: {
          input: { prerender: 'server/prerender-cli.ts', serve: 'server/serve.ts' },
          output: { format: 'esm', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    plugins: [vueWithEmbedElement(), petiteI18nWithNamedVueImport()],
    // https://vuejs.org/api/compile-time-flags: every component uses <script setup>.
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      ...i18nFlags,
      ...siteUrlDefine,
    },
    build: {
      target: 'es2022',
      outDir,
      // Which chunks and stylesheets each component needs: the prerenderer links them in the
      // page's head so a prerendered page is styled before its JavaScript runs.
      ssrManifest: true,
      manifest: true,
      rolldownOptions: {
        // Vue's runtime in a chunk of its own name: it changes less often than the app, and a
        // bundle report then says what is what.
        // The site's shared components, composables and helpers in two chunks too: otherwise the
        // bundler splits them into many small chunks, and a prerendered page waits on a dozen
        // stylesheets and scripts before it can paint and hydrate (Lighthouse, slow 4G). `app` holds
        // what the entry imports statically (`$initial`: what every page, the home page first,
        // runs before it renders); `pages` what only the lazily loaded pages share, so the home
        // route does not download the list and detail pages' parts.
        // https://rolldown.rs/in-depth/manual-code-splitting
        output: {
          codeSplitting: {
            groups: [
              { name: 'vue', test: /[\\/]node_modules[\\/]@vue[\\/]/ },
              { name: 'app', test: SITE_MODULES, tags: ['$initial'] },
              { name: 'pages', test: SITE_MODULES },
            ],
          },
        },
        treeshake: {
          // @homepage/shared also exports zod schemas built at module load; the site uses only its
          // types and pure helpers, so its modules may be dropped when unused (keeps zod out).
          moduleSideEffects: (id: string) => !/[\\/]shared[\\/]dist[\\/]/.test(id),
        },
      },
    },
  };
});
