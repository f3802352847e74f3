// https://vitest.dev/config/ — shared's unit tests, next to the code they test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'shared', include: ['src/**/*.test.ts'] },
});
