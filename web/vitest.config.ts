// https://vitest.dev/config/
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'happy-dom',
    // server/ tests run in Node: each says so with a `@vitest-environment node` docblock.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'server/**/*.test.ts'],
    env: { VITE_CMS_URL: 'http://cms.test', VITE_SITE_URL: 'https://site.test' },
  },
});
