// https://vite.dev/guide/build#library-mode
// The embed script (src/embed/homepage-works.ts) as one classic script that other sites load with
// `<script src=… async>` (no module, so no CORS needed): /embed/v1.js, named by major version and
// cached as immutable, and /embed.js, the same bytes under a name that follows the latest version.
// Runs after the browser build (whose config checks VITE_CMS_URL, read here too), into the same folder.
import { defineConfig } from 'vite';
import { sitePaths } from '@homepage/shared';

const outDir = process.env.SITE_OUT_DIR || 'dist';

export default defineConfig(() => {
  return {
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: 'src/embed/homepage-works.ts', formats: ['iife'], name: 'homepageWorks', fileName: () => sitePaths.embedScript.slice(1) },
      rolldownOptions: {
        // Only the element, its markup and styles: @homepage/shared's zod schemas are dropped unused.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]dist[\\/]/.test(id) },
      },
    },
    plugins: [
      {
        name: 'embed-script-alias',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk' && chunk.isEntry) this.emitFile({ type: 'asset', fileName: sitePaths.embedScriptAlias.slice(1), source: chunk.code });
          }
        },
      },
    ],
  };
});
