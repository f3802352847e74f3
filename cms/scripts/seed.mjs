// `pnpm seed`: loads the built CMS against the configured database without serving HTTP. Loading
// runs the bootstrap, whose seed step imports cms/seed/homepage.json only into an empty database;
// on a database with content it changes nothing. Point DATABASE_FILENAME (or DATABASE_URL) at a
// fresh database to seed it.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const appDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(`${distDir}/src/index.js`)) {
  console.error('seed: the CMS is not built; run "pnpm build" first');
  process.exit(1);
}

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const { createStrapi } = require('@strapi/strapi');
const app = await createStrapi({ appDir, distDir }).load();
const counts = {};
for (const uid of ['api::publication.publication', 'api::blog-post.blog-post', 'api::tag.tag', 'api::series.series']) {
  counts[uid.split('.')[1]] = await app.documents(uid).count({ status: 'published' });
}
console.log(`seed: published content now: ${JSON.stringify(counts)}`);
await app.destroy();
process.exit(0);
