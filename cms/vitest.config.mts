// https://vitest.dev/config/ — the CMS's unit tests, next to the code they test (src/**/*.test.ts).
// They import plain modules (rendering, BibTeX, content rules); nothing here boots Strapi.
// `.mts`: the cms package is CommonJS, and this file is an ES module.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'cms-unit', include: ['src/**/*.test.ts'] },
});
