// `pnpm discover`: runs scripts/discover.ts (compiled with the CMS into dist/scripts/), which reuses
// the CMS's own discovery modules. Plain JavaScript only to say "build first" when it is not built.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/scripts/discover.js', import.meta.url));
if (!existsSync(compiled)) {
  console.error('discover: the CMS is not built; run "pnpm build" first');
  process.exit(1);
}
createRequire(import.meta.url)(compiled);
