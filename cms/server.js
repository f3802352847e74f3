// Starts the built CMS: what `strapi start` does, without the CLI around it. The CLI loads every
// command it offers before running one (Strapi Cloud's deploy client, the admin build, the
// TypeScript compiler), which took about a third of a cold start here; this loads only the server.
// https://docs.strapi.io/cms/configurations/typescript#start-strapi-programmatically
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStrapi } = require('@strapi/strapi');

// cms/tsconfig.json's outDir, where `strapi build` puts the compiled config/ and src/.
// Inside a promise, so a refusal while loading the configuration (a missing secret) ends the
// process the way one during start does: the error printed, exit status 1, as with the CLI.
Promise.resolve()
  .then(() => createStrapi({ appDir: __dirname, distDir: `${__dirname}/dist` }).start())
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
