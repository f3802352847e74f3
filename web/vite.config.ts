// https://vite.dev/config/
import { defineConfig, loadEnv, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { readSiteConfig } from './src/config.ts';

/**
 * axios tries its adapters in the order xhr, http, fetch; every browser has XMLHttpRequest, so
 * the fetch adapter is dead weight there (about 4 kB gzip of the home route's budget).
 * Server builds keep it.
 */
function axiosWithoutFetchAdapter(): Plugin {
  const stub = '\0axios-fetch-adapter-stub';
  return {
    name: 'axios-without-fetch-adapter',
    enforce: 'pre',
    apply: (_config, env) => !env.isSsrBuild,
    resolveId(id, importer) {
      if (id === './fetch.js' && importer && /axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(importer)) return stub;
      return null;
    },
    load(id) {
      return id === stub ? 'export const getFetch = () => undefined;' : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  // Fails the build or dev server early with the same message the app would show.
  readSiteConfig(loadEnv(mode, process.cwd(), 'VITE_'));
  return {
    plugins: [vue(), axiosWithoutFetchAdapter()],
    // https://vuejs.org/api/compile-time-flags: every component uses <script setup>.
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: {
      target: 'es2022',
      rolldownOptions: {
        // Vue's runtime in a chunk of its own name: it changes less often than the app, and a
        // bundle report then says what is what.
        output: { codeSplitting: { groups: [{ name: 'vue', test: /[\\/]node_modules[\\/]@vue[\\/]/ }] } },
        treeshake: {
          // @homepage/shared also exports zod schemas built at module load; the site uses only its
          // types and pure helpers, so its modules may be dropped when unused (keeps zod out).
          moduleSideEffects: (id: string) => !/[\\/]shared[\\/]dist[\\/]/.test(id),
        },
      },
    },
  };
});
