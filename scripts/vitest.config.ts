// https://vitest.dev/config/ — unit tests of the root scripts (`pnpm start`'s supervisor), next to them.
// Children and clock are fakes: no process starts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'scripts', include: ['*.test.ts'] },
});
