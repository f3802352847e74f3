// https://vitest.dev/config/
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    env: { VITE_CMS_URL: 'http://cms.test', VITE_SITE_URL: 'https://site.test' },
  },
});
